// SPDX-License-Identifier: GPL-3.0-or-later
// The findings report through the weft-cli process: 50 themes, 40 quotes each (2,000 quotes),
// written as DOCX and as PDF (the PDF needs a weft-cli built with Qt). Goals from issue #6:
// DOCX <= 5 s, PDF <= 10 s.

#include "bench/benchmarks.h"
#include "bench/options.h"
#include "bench/process.h"
#include "bench/report.h"
#include "bench/scratch.h"
#include "bench/timing.h"
#include "core/analysis/evidence.h"
#include "storage/project.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>

namespace weft::bench {

namespace fs = std::filesystem;

namespace {

constexpr std::size_t kThemes = 50;
constexpr std::size_t kQuotes = 40;
/// Excerpts (merged passages) a theme's codes must give, so that it has kQuotes to quote.
constexpr std::size_t kExcerptsPerTheme = kQuotes + 5;

/// The coded project with kThemes themes, each linked to leaf codes taken in turn (theme i gets
/// leaf codes i, i + 50, i + 100 ... by path, wrapping around) until their codings, merged into
/// excerpts as a theme's evidence is, give kExcerptsPerTheme. Returns the number of links.
int addThemes(const fs::path &path)
{
    auto project = openProject(path);
    const auto tree = need(project->codes().tree(), "code tree");
    std::map<core::Id, std::vector<core::EvidenceCoding>> byCode;
    for (const core::EvidenceCoding &c : need(project->codings().evidence(), "codings"))
        byCode[c.codeId].push_back(c);
    std::vector<std::pair<std::string, core::Id>> leaves;
    for (const core::Code &code : tree.codes()) {
        if (tree.children(code.id).empty() && byCode.count(code.id))
            leaves.emplace_back(tree.path(code.id), code.id);
    }
    std::sort(leaves.begin(), leaves.end());
    if (leaves.empty())
        throw BenchError("the coded project has no coded codes to build themes on");
    int links = 0;
    need(project->transaction([&] {
        for (std::size_t t = 0; t < kThemes; ++t) {
            const auto theme = need(project->themes().ensurePath({"Theme " + std::to_string(t + 1)}),
                    "add theme");
            need(project->themes().setDefinition(theme.uuid,
                         "A synthetic theme built from codes taken in turn, for the report benchmark."),
                    "define theme");
            std::vector<core::EvidenceCoding> evidence;
            std::vector<bool> taken(leaves.size(), false);
            std::size_t k = t % leaves.size();
            for (std::size_t step = 0; step < leaves.size(); ++step) {
                while (taken[k]) // the stride came back round: the next free leaf
                    k = (k + 1) % leaves.size();
                taken[k] = true;
                const core::Id code = leaves[k].second;
                need(project->themes().link(theme.uuid, code), "link code");
                ++links;
                evidence.insert(evidence.end(), byCode[code].begin(), byCode[code].end());
                if (core::mergeExcerpts(evidence).size() >= kExcerptsPerTheme)
                    break;
                k = (k + kThemes) % leaves.size();
            }
        }
        return 0;
    }), "build themes");
    closeProject(std::move(project));
    return links;
}

std::string readFile(const fs::path &path)
{
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

/// Times `weft-cli report --format FORMAT --quotes 40`; returns false (and says why in the
/// detail) when this weft-cli cannot write the format.
bool timeReport(const BenchSetup &s, const fs::path &project, const std::string &format, Measurement &time,
        Measurement &memory)
{
    const fs::path out = s.scratch.file("report." + format);
    const fs::path log = s.scratch.file("report-" + format + ".log");
    int quotes = 0, themes = 0;
    std::uintmax_t bytes = 0;
    for (int run = 0; run < s.options.repeat; ++run) {
        ProcessRun r;
        try {
            r = runMeasured({s.options.cli.string(), "report", project.string(), "--format", format, "-o",
                                    out.string(), "--quotes", std::to_string(kQuotes), "--json"},
                    log);
        } catch (const BenchError &) {
            time.detail += "; not run: " + readFile(log);
            return false;
        }
        const auto json = nlohmann::json::parse(readFile(log), nullptr, false);
        if (json.is_discarded() || !json.contains("quotes"))
            throw BenchError("weft-cli report printed no JSON: " + readFile(log));
        quotes = json["quotes"].get<int>();
        themes = json["themes"].get<int>();
        bytes = fs::file_size(out);
        time.add(Sample{r.ms, r.cpuMs});
        memory.runs.push_back(r.peakRssMb);
        fs::remove(out);
    }
    time.detail += " (" + std::to_string(themes) + " themes, " + std::to_string(quotes) + " quotes, "
            + fixed(static_cast<double>(bytes) / 1e6, 1) + " MB)";
    if (static_cast<std::size_t>(themes) != kThemes || static_cast<std::size_t>(quotes) != kThemes * kQuotes)
        time.detail += "; fewer quotes than asked for: the workload's themes have too little evidence";
    return true;
}

} // namespace

void runReportBenchmarks(const BenchSetup &s)
{
    const fs::path project = s.scratch.file("report.weft");
    copyProject(s.scratch.file(kCodedProject), project);
    const int links = addThemes(project);
    const std::string setup = std::to_string(kThemes) + " themes on " + std::to_string(links)
            + " linked codes of the coded project, --quotes " + std::to_string(kQuotes);
    for (const auto &[format, goal] : {std::pair<std::string, double>{"docx", 5000.0}, {"pdf", 10000.0}}) {
        Measurement time{"report", "report_" + format, "findings report as " + format + " (weft-cli)"};
        time.goal = goal;
        time.detail = "wall clock of `weft-cli report S --format " + format + "`: " + setup;
        Measurement memory{"report", "peak_rss_report_" + format, "peak RSS of that weft-cli process"};
        memory.unit = "MB";
        memory.goal = 300.0;
        memory.detail = "ru_maxrss of the weft-cli process alone";
        if (timeReport(s, project, format, time, memory)) {
            s.report.add(std::move(time));
            s.report.add(std::move(memory));
        } else {
            std::cerr << "  skipped report_" << format << ": " << time.detail << '\n';
        }
    }
    if (!s.options.keep)
        fs::remove(project);
}

} // namespace weft::bench
