// SPDX-License-Identifier: GPL-3.0-or-later
// The batch of codings through the weft-cli process: start-up, parsing the JSONL, resolving and
// the storage insert, timed as the wall clock of the whole process.

#include "bench/benchmarks.h"
#include "bench/options.h"
#include "bench/process.h"
#include "bench/report.h"
#include "bench/scratch.h"
#include "bench/timing.h"
#include "bench/workload.h"
#include "storage/project.h"

#include <filesystem>

namespace weft::bench {

namespace fs = std::filesystem;

void runCliBenchmarks(const BenchSetup &s)
{
    const std::string codings = std::to_string(s.workload.codings.size());
    Measurement time{"cli", "insert_codings_cli", "insert all codings, batched (weft-cli)"};
    time.goal = 1000.0;
    time.detail = "wall clock of `weft-cli code S --batch codings.jsonl` (" + codings
            + " codings, codebook already in the project)";
    Measurement memory{"cli", "peak_rss_cli", "peak RSS of that weft-cli process"};
    memory.unit = "MB";
    memory.goal = 300.0;
    memory.detail = "ru_maxrss of the weft-cli process alone (see bench/process.h)";

    const fs::path runFile = s.scratch.file("cli-run.weft");
    for (int run = 0; run < s.options.repeat; ++run) {
        copyProject(s.scratch.file(kCodebookProject), runFile);
        const ProcessRun r
                = runMeasured({s.options.cli.string(), "code", runFile.string(), "--batch",
                                      s.workload.codingsFile.string(), "--coder", kCoder},
                        s.scratch.file("cli-run.log"));
        auto project = openProject(runFile);
        const auto stored = need(project->codings().count(), "count codings");
        closeProject(std::move(project));
        if (stored != static_cast<std::int64_t>(s.workload.codings.size()))
            throw BenchError(
                    "weft-cli stored " + std::to_string(stored) + " of " + codings + " codings");
        time.add(Sample{r.ms, r.cpuMs});
        memory.runs.push_back(r.peakRssMb);
        fs::remove(runFile);
    }
    s.report.add(std::move(time));
    s.report.add(std::move(memory));
}

} // namespace weft::bench
