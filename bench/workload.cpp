// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/workload.h"

#include "bench/timing.h"

#include <algorithm>
#include <fstream>
#include <map>

namespace weft::bench {

namespace fs = std::filesystem;

namespace {

std::string stem(const std::string &fileName)
{
    return fs::path(fileName).stem().string();
}

/// Calls `line` with each parsed non-empty line of a JSONL file.
template<typename F>
void forEachJsonLine(const fs::path &path, F &&line)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw BenchError("cannot read " + path.string());
    std::string text;
    std::size_t number = 0;
    while (std::getline(in, text)) {
        ++number;
        if (text.empty())
            continue;
        try {
            line(nlohmann::json::parse(text));
        } catch (const nlohmann::json::exception &error) {
            throw BenchError(
                    path.string() + " line " + std::to_string(number) + ": " + error.what());
        }
    }
}

std::vector<CodebookLine> readCodebook(const fs::path &path)
{
    // Paths are rebuilt from the parent chain rather than split, so a name could hold a '/'.
    std::map<std::string, std::vector<std::string>> namesByPath;
    std::vector<CodebookLine> lines;
    forEachJsonLine(path, [&](const nlohmann::json &j) {
        CodebookLine line;
        if (!j["parent"].is_null()) {
            const auto parent = namesByPath.find(j["parent"].get<std::string>());
            if (parent == namesByPath.end())
                throw BenchError(path.string() + ": a parent follows its child");
            line.names = parent->second;
        }
        line.names.push_back(j["name"].get<std::string>());
        line.color = j.value("color", "");
        namesByPath[j["path"].get<std::string>()] = line.names;
        lines.push_back(std::move(line));
    });
    return lines;
}

} // namespace

Workload loadWorkload(const fs::path &directory)
{
    Workload w;
    w.directory = directory;
    w.codingsFile = directory / "codings.jsonl";
    std::ifstream manifestFile(directory / "manifest.json", std::ios::binary);
    if (!manifestFile)
        throw BenchError("no manifest.json in " + directory.string()
                + "; make the workload with gen_workload.py (see bench/run.sh)");
    const nlohmann::json manifest = nlohmann::json::parse(manifestFile);
    w.params = manifest.at("params");
    w.counts = manifest.at("counts");
    for (const auto &[label, term] : manifest.at("search_terms").items())
        w.searchTerms.emplace_back(label, term.get<std::string>());
    for (const auto &f : manifest.at("files")) {
        w.files.push_back({stem(f.at("name").get<std::string>()), f.at("kind").get<std::string>(),
                f.at("chars").get<std::int64_t>(), f.at("codings").get<std::int64_t>()});
        w.documentPaths.push_back((directory / "docs" / f.at("name").get<std::string>()).string());
    }
    std::sort(w.documentPaths.begin(), w.documentPaths.end());

    w.codebook = readCodebook(directory / "codebook.jsonl");
    forEachJsonLine(w.codingsFile, [&](const nlohmann::json &j) {
        w.codings.push_back(
                {stem(j.at("doc").get<std::string>()), j.at("code_path").get<std::string>(),
                        j.at("start").get<std::int64_t>(), j.at("end").get<std::int64_t>()});
    });
    if (w.codings.size() != w.counts.at("codings").get<std::size_t>())
        throw BenchError("codings.jsonl does not match manifest.json; regenerate the workload");
    return w;
}

std::string Workload::busiestCode() const
{
    std::map<std::string, std::size_t> perCode;
    for (const WorkloadCoding &c : codings)
        ++perCode[c.codePath];
    const auto busiest = std::max_element(perCode.begin(), perCode.end(),
            [](const auto &a, const auto &b) { return a.second < b.second; });
    return busiest == perCode.end() ? std::string() : busiest->first;
}

const WorkloadFile *Workload::busiestTranscript() const
{
    const WorkloadFile *best = nullptr;
    for (const WorkloadFile &f : files) {
        if (f.kind == "transcript" && (!best || f.codings > best->codings))
            best = &f;
    }
    return best;
}

const WorkloadFile *Workload::bigDocument() const
{
    const auto big = std::find_if(
            files.begin(), files.end(), [](const WorkloadFile &f) { return f.kind == "big"; });
    return big == files.end() ? nullptr : &*big;
}

} // namespace weft::bench
