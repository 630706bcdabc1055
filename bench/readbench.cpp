// SPDX-License-Identifier: GPL-3.0-or-later
// What a researcher waits for when reading: the main window's data, one document, a search,
// a code's excerpts. Each run opens the project afresh (untimed unless opening is the
// operation), so SQLite's page cache starts cold while the OS cache stays warm.

#include "app/services/excerpts.h"
#include "bench/benchmarks.h"
#include "bench/options.h"
#include "bench/report.h"
#include "bench/scratch.h"
#include "bench/timing.h"
#include "bench/workload.h"
#include "core/text/textoffsets.h"
#include "storage/project.h"

namespace weft::bench {

namespace {

/// Keeps results observable so the optimiser cannot drop the work that made them.
volatile std::size_t g_sink = 0;

void timeOpenProject(const BenchSetup &s)
{
    Measurement m{"read", "open_project", "open project: documents, code tree, counts"};
    m.goal = 150.0;
    std::size_t documents = 0, codes = 0;
    for (int run = 0; run < s.options.repeat; ++run) {
        std::unique_ptr<storage::Project> project;
        m.add(timed([&] {
            project = openProject(s.scratch.file(kCodedProject));
            documents = need(project->documents().all(), "list documents").size();
            codes = need(project->codes().tree(), "read the code tree").codes().size();
            g_sink = g_sink + need(project->codes().codingCounts(), "count codings").size();
        }));
        closeProject(std::move(project));
    }
    m.detail = "Project::open + documents().all() (" + std::to_string(documents)
            + ") + codes().tree() (" + std::to_string(codes) + ") + codes().codingCounts()";
    s.report.add(std::move(m));
}

/// The data side of showing a document, as DocumentViewer loads it.
void timeOpenDocument(const BenchSetup &s, const WorkloadFile &file, const std::string &key,
        const std::string &label, double goal)
{
    Measurement m{"read", key, label};
    m.goal = goal;
    std::size_t codings = 0;
    for (int run = 0; run < s.options.repeat; ++run) {
        auto project = openProject(s.scratch.file(kCodedProject));
        const core::Id id = need(project->documents().resolve(file.document), "find a document").id;
        m.add(timed([&] {
            const auto document = need(project->documents().get(id), "get the document");
            const std::string text = need(project->documents().text(id), "read the text");
            const auto segments = need(project->documents().segments(id), "read segments");
            codings = need(project->codings().forDocument(id), "read codings").size();
            const core::text::CodePointIndex codePoints(text);
            const std::u16string utf16 = core::text::toUtf16(text);
            const core::text::Utf16Index utf16Index(utf16);
            g_sink = g_sink + document.characters + segments.size() + codePoints.size()
                    + utf16Index.size();
        }));
        closeProject(std::move(project));
    }
    m.detail = file.document + ": " + std::to_string(file.characters) + " characters, "
            + std::to_string(codings)
            + " codings; get + text + segments + forDocument + "
              "CodePointIndex + toUtf16 + Utf16Index (no Qt layout)";
    s.report.add(std::move(m));
}

std::string ftsPhrase(const std::string &term)
{
    std::string quoted = "\"";
    for (const char c : term)
        quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    return quoted + "\"";
}

void timeSearch(const BenchSetup &s)
{
    constexpr int kFirstPage = 20;
    std::vector<Measurement> perTerm;
    for (const auto &[label, term] : s.workload.searchTerms) {
        perTerm.push_back(
                {"read", "search_" + label, "search first page: " + label + " '" + term + "'"});
        perTerm.back().goal = 10.0;
    }
    for (int run = 0; run < s.options.repeat; ++run) {
        auto project = openProject(s.scratch.file(kCodedProject));
        for (std::size_t i = 0; i < perTerm.size(); ++i) {
            const std::string query = ftsPhrase(s.workload.searchTerms[i].second);
            std::size_t hits = 0;
            perTerm[i].add(timed([&] {
                hits = need(project->documents().search(query, kFirstPage), "search").size();
            }));
            perTerm[i].detail = "DocumentStore::search(" + query + ", " + std::to_string(kFirstPage)
                    + "): " + std::to_string(hits) + " documents";
        }
        closeProject(std::move(project));
    }
    for (Measurement &m : perTerm)
        s.report.add(std::move(m));
}

void timeExcerpts(const BenchSetup &s)
{
    const std::string code = s.workload.busiestCode();
    Measurement m{"read", "excerpts_busiest_code", "excerpts of the busiest code"};
    m.goal = 100.0;
    std::size_t count = 0;
    for (int run = 0; run < s.options.repeat; ++run) {
        auto project = openProject(s.scratch.file(kCodedProject));
        services::ExcerptQuery query;
        query.code = code;
        m.add(timed([&] {
            count = need(services::findExcerpts(*project, query), "find excerpts").size();
        }));
        closeProject(std::move(project));
    }
    m.detail = "services::findExcerpts('" + code + "'): " + std::to_string(count) + " excerpts";
    s.report.add(std::move(m));
}

} // namespace

void runReadBenchmarks(const BenchSetup &s)
{
    timeOpenProject(s);
    if (const WorkloadFile *transcript = s.workload.busiestTranscript()) {
        timeOpenDocument(
                s, *transcript, "open_transcript", "open the busiest transcript (data)", 30.0);
    }
    if (const WorkloadFile *big = s.workload.bigDocument())
        timeOpenDocument(s, *big, "open_big_document", "open the big document (data)", 300.0);
    timeSearch(s);
    timeExcerpts(s);
}

} // namespace weft::bench
