// SPDX-License-Identifier: GPL-3.0-or-later
// weft-gui-bench: the workbench's scale budgets on the real widgets, offscreen.

#include "bench/gui/guibenchmarks.h"
#include "bench/gui/guiworkload.h"
#include "bench/machine.h"
#include "bench/report.h"
#include "bench/scratch.h"
#include "bench/timing.h"

#include <QApplication>
#include <QStandardPaths>

#include <charconv>
#include <fstream>
#include <iostream>
#include <optional>

using namespace Qt::StringLiterals;
using namespace weft::bench;

namespace {

struct GuiOptions {
    std::filesystem::path out;
    std::filesystem::path scratch;
    int repeat = 5;
    bool keep = false;
};

const char *kUsage = "usage: weft-gui-bench [--out results.json] [--repeat N] [--scratch DIR] [--keep]\n"
                     "  --out FILE      also write the results as JSON\n"
                     "  --repeat N      runs per operation, the median is reported (default 5)\n"
                     "  --scratch DIR   where the temporary projects go (default: the system temp dir)\n"
                     "  --keep          keep the temporary projects\n";

std::optional<GuiOptions> parse(int argc, char **argv, std::string &error)
{
    GuiOptions options;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const bool hasValue = i + 1 < argc;
        if (arg == "--keep") {
            options.keep = true;
        } else if ((arg == "--out" || arg == "--scratch" || arg == "--repeat") && !hasValue) {
            error = arg + " needs a value";
            return std::nullopt;
        } else if (arg == "--out") {
            options.out = argv[++i];
        } else if (arg == "--scratch") {
            options.scratch = argv[++i];
        } else if (arg == "--repeat") {
            const std::string value = argv[++i];
            const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), options.repeat);
            if (ec != std::errc() || end != value.data() + value.size() || options.repeat < 1) {
                error = "--repeat needs a whole number of at least 1, not " + value;
                return std::nullopt;
            }
        } else {
            error = "unknown option " + arg;
            return std::nullopt;
        }
    }
    return options;
}

} // namespace

int main(int argc, char **argv)
{
    std::string error;
    const auto options = parse(argc, argv, error);
    if (!options) {
        std::cerr << "weft-gui-bench: " << error << '\n' << kUsage;
        return 2;
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("WEFT_CODER", "bench");
    // Settings (layout, snapping, reading positions) in throw-away locations.
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"WeftBench"_s);
    QApplication::setApplicationName(u"weft-gui-bench"_s);
    try {
        const std::string loadAtStart = loadAverage();
        std::cerr << "load average " << loadAtStart << "; platform "
                  << QApplication::platformName().toStdString() << "; median of " << options->repeat
                  << " run(s)\n";
        const ScratchDir scratch(options->scratch, options->keep);
        const GuiWorkload workload = makeGuiWorkload(scratch, std::cerr);
        Report report(std::cerr);
        runReaderBenchmarks(workload, options->repeat, report);
        runCodebookBenchmarks(workload, options->repeat, report);
        std::cout << '\n';
        report.printTable(std::cout);
        if (!options->out.empty()) {
            nlohmann::json machine = machineDescription();
            machine["load_average_at_start"] = loadAtStart;
            machine["qt_platform"] = QApplication::platformName().toStdString();
            const nlohmann::json out = {{"tool", "weft-gui-bench"}, {"machine", machine},
                    {"repeat", options->repeat}, {"measurements", report.toJson()}};
            std::ofstream file(options->out, std::ios::binary | std::ios::trunc);
            file << out.dump(1) << '\n';
            if (!file)
                throw BenchError("cannot write " + options->out.string());
            std::cerr << "wrote " << options->out << '\n';
        }
        std::cerr << "load average at the end " << loadAverage()
                  << " (on a busy machine, rerun before trusting a number)\n";
        if (options->keep)
            std::cerr << "kept the projects in " << scratch.path() << '\n';
    } catch (const std::exception &e) {
        std::cerr << "weft-gui-bench: " << e.what() << '\n';
        return 1;
    }
    return 0;
}
