// SPDX-License-Identifier: GPL-3.0-or-later
// weft-bench: times Weft's storage, CLI and text code paths on a generated workload.

#include "bench/benchmarks.h"
#include "bench/machine.h"
#include "bench/options.h"
#include "bench/process.h"
#include "bench/report.h"
#include "bench/scratch.h"
#include "bench/timing.h"
#include "bench/workload.h"

#include <fstream>
#include <iostream>

using namespace weft::bench;

namespace {

void writeJson(const Options &options, const Workload &workload, const Report &report,
        const std::string &loadAtStart)
{
    nlohmann::json machine = machineDescription();
    machine["load_average_at_start"] = loadAtStart;
    const nlohmann::json out = {
            {"tool", "weft-bench"},
            {"machine", machine},
            {"workload",
                    {{"directory", workload.directory.string()}, {"params", workload.params},
                            {"counts", workload.counts}}},
            {"repeat", options.repeat},
            {"measurements", report.toJson()},
    };
    std::ofstream file(options.out, std::ios::binary | std::ios::trunc);
    file << out.dump(1) << '\n';
    if (!file)
        throw BenchError("cannot write " + options.out.string());
}

int run(const Options &options)
{
    const std::string loadAtStart = loadAverage();
    std::cerr << "load average " << loadAtStart << "; loading workload " << options.workload
              << '\n';
    const Workload workload = loadWorkload(options.workload);
    std::cerr << "  " << workload.documentPaths.size() << " documents, " << workload.codebook.size()
              << " codebook entries, " << workload.codings.size() << " codings; median of "
              << options.repeat << " run(s) per operation\n";

    const ScratchDir scratch(options.scratch, options.keep);
    Report report(std::cerr);
    const BenchSetup setup{workload, options, scratch, report};
    runWriteBenchmarks(setup);
    runCliBenchmarks(setup);
    runReadBenchmarks(setup);
    runReportBenchmarks(setup);
    // Taken before the text section, whose synthetic inputs are no part of the workload.
    Measurement memory{"memory", "peak_rss", "peak RSS of weft-bench (storage and read work)"};
    memory.unit = "MB";
    memory.runs = {peakRssMb()};
    memory.goal = 300.0;
    memory.detail = "getrusage ru_maxrss; includes the workload the harness holds in memory";
    report.add(std::move(memory));
    runTextBenchmarks(options.repeat, report);

    std::cout << '\n';
    report.printTable(std::cout);
    if (!options.out.empty()) {
        writeJson(options, workload, report, loadAtStart);
        std::cerr << "wrote " << options.out << '\n';
    }
    std::cerr << "load average at the end " << loadAverage()
              << " (on a busy machine, rerun before trusting a number)\n";
    if (options.keep)
        std::cerr << "kept the projects in " << scratch.path() << '\n';
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc > 1 && std::string(argv[1]) == kMeasureChildFlag)
        return measureChildMain(std::vector<std::string>(argv + 2, argv + argc));
    std::string error;
    const auto options = parseOptions(std::vector<std::string>(argv + 1, argv + argc), error);
    if (!options) {
        std::cerr << "weft-bench: " << error << '\n' << usage();
        return 2;
    }
    if (options->help) {
        std::cout << usage();
        return 0;
    }
    try {
        return run(*options);
    } catch (const std::exception &e) {
        std::cerr << "weft-bench: " << e.what() << '\n';
        return 1;
    }
}
