// SPDX-License-Identifier: GPL-3.0-or-later
// Import, codebook and codings: every run works on its own copy of the project before it.

#include "app/services/importservice.h"
#include "bench/benchmarks.h"
#include "bench/options.h"
#include "bench/report.h"
#include "bench/scratch.h"
#include "bench/timing.h"
#include "bench/workload.h"
#include "storage/project.h"

#include <algorithm>
#include <filesystem>

namespace weft::bench {

namespace fs = std::filesystem;

namespace {

/// Inside a project transaction a failure must be a StorageFailure, so that it rolls back.
template<typename T>
T orFail(Result<T> result)
{
    if (!result)
        throw storage::StorageFailure(result.error());
    return std::move(result).value();
}

/// Keeps the first run's project as `keepAs` for the next operation, drops the others.
void keepFirst(const BenchSetup &s, int run, const fs::path &runFile, const std::string &keepAs)
{
    if (run == 0)
        fs::rename(runFile, s.scratch.file(keepAs));
    else
        fs::remove(runFile);
}

void timeImport(const BenchSetup &s)
{
    Measurement m{"write", "import_documents", "import all documents with full-text index"};
    m.goal = 600.0;
    m.detail = std::to_string(s.workload.documentPaths.size())
            + " files via services::importFiles (read, detect, NFC, segments, FTS5 index)";
    const fs::path runFile = s.scratch.file("import-run.weft");
    for (int run = 0; run < s.options.repeat; ++run) {
        fs::remove(runFile);
        auto project = createProject(runFile);
        services::ImportRequest request;
        request.paths = s.workload.documentPaths;
        std::vector<services::ImportedFile> imported;
        m.add(timed([&] { imported = services::importFiles(*project, request); }));
        const auto notImported = std::count_if(imported.begin(), imported.end(),
                [](const auto &f) { return f.status != services::ImportedFile::Status::Imported; });
        if (imported.size() != request.paths.size() || notImported != 0)
            throw BenchError(std::to_string(notImported) + " document(s) were not imported");
        closeProject(std::move(project));
        keepFirst(s, run, runFile, kImportedProject);
    }
    s.report.add(std::move(m));
}

void timeCodebook(const BenchSetup &s)
{
    Measurement m{"write", "create_codebook", "create the codebook (paths + colours)"};
    m.detail = std::to_string(s.workload.codebook.size())
            + " codes and groups via ensurePath + setColor, one transaction";
    const fs::path runFile = s.scratch.file("codebook-run.weft");
    for (int run = 0; run < s.options.repeat; ++run) {
        copyProject(s.scratch.file(kImportedProject), runFile);
        auto project = openProject(runFile);
        m.add(timed([&] {
            need(project->transaction([&] {
                for (const CodebookLine &line : s.workload.codebook) {
                    const auto code = orFail(project->codes().ensurePath(line.names)).code;
                    if (!line.color.empty())
                        orFail(project->codes().setColor(code.uuid, line.color));
                }
            }),
                    "create the codebook");
        }));
        closeProject(std::move(project));
        keepFirst(s, run, runFile, kCodebookProject);
    }
    s.report.add(std::move(m));
}

std::vector<storage::NewCoding> toNewCodings(
        const std::vector<WorkloadCoding> &codings, const IdMaps &ids)
{
    std::vector<storage::NewCoding> out;
    out.reserve(codings.size());
    for (const WorkloadCoding &c : codings) {
        const auto doc = ids.documents.find(c.document);
        const auto code = ids.codes.find(c.codePath);
        if (doc == ids.documents.end() || code == ids.codes.end())
            throw BenchError("coding refers to an unknown document or code: " + c.document + " / "
                    + c.codePath);
        out.push_back({doc->second, code->second, c.start, c.end, std::nullopt});
    }
    return out;
}

void timeBatchedCodings(const BenchSetup &s)
{
    Measurement m{"write", "insert_codings_storage", "insert all codings, batched (storage)"};
    m.goal = 300.0;
    m.detail = std::to_string(s.workload.codings.size())
            + " codings via CodingStore::addMany in one transaction, including resolving "
              "document names and code paths to ids";
    const fs::path runFile = s.scratch.file("codings-run.weft");
    for (int run = 0; run < s.options.repeat; ++run) {
        copyProject(s.scratch.file(kCodebookProject), runFile);
        auto project = openProject(runFile);
        storage::BatchOutcome outcome;
        m.add(timed([&] {
            const auto codings = toNewCodings(s.workload.codings, resolveIds(*project));
            outcome = need(project->codings().addMany(codings), "insert the codings");
        }));
        if (outcome.applied != static_cast<std::int64_t>(s.workload.codings.size()))
            throw BenchError("only " + std::to_string(outcome.applied) + " codings were new");
        closeProject(std::move(project));
        keepFirst(s, run, runFile, kCodedProject);
    }
    s.report.add(std::move(m));
}

void timeSingleCodings(const BenchSetup &s)
{
    constexpr std::size_t kCount = 200;
    const auto &all = s.workload.codings;
    std::vector<WorkloadCoding> picked;
    const std::size_t step = std::max<std::size_t>(1, all.size() / kCount);
    for (std::size_t i = 0; i < all.size() && picked.size() < kCount; i += step)
        picked.push_back(all[i]);

    Measurement m{"write", "insert_coding_single", "insert one coding (one durable commit)"};
    m.unit = "ms/coding";
    m.goal = 5.0;
    std::vector<double> every;
    const fs::path runFile = s.scratch.file("single-run.weft");
    for (int run = 0; run < s.options.repeat; ++run) {
        copyProject(s.scratch.file(kCodedProject), runFile);
        auto project = openProject(runFile);
        // A second coder codes the same passages, so every add inserts a row into the full table.
        project->setCoder("bench-second-coder");
        const auto codings = toNewCodings(picked, resolveIds(*project));
        std::vector<double> perCoding, cpuPerCoding;
        for (const storage::NewCoding &coding : codings) {
            storage::CodingOutcome outcome;
            const Sample sample = timed(
                    [&] { outcome = need(project->codings().add(coding), "add a coding"); });
            if (!outcome.created)
                throw BenchError("a single coding was not new");
            perCoding.push_back(sample.ms);
            cpuPerCoding.push_back(sample.cpuMs);
        }
        every.insert(every.end(), perCoding.begin(), perCoding.end());
        m.add(Sample{median(perCoding), median(cpuPerCoding)});
        closeProject(std::move(project));
        fs::remove(runFile);
    }
    std::sort(every.begin(), every.end());
    const double p95 = every[every.size() * 95 / 100];
    m.detail = std::to_string(picked.size()) + " codings into a project holding "
            + std::to_string(all.size())
            + ", CodingStore::add each (own transaction, WAL, "
              "synchronous=FULL); median per coding per run; over all runs p95 "
            + fixed(p95) + " ms, max " + fixed(every.back()) + " ms";
    s.report.add(std::move(m));
}

} // namespace

void runWriteBenchmarks(const BenchSetup &setup)
{
    timeImport(setup);
    timeCodebook(setup);
    timeBatchedCodings(setup);
    timeSingleCodings(setup);
}

} // namespace weft::bench
