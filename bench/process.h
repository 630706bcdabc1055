// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace weft::bench {

struct ProcessRun {
    double ms = 0.0; ///< wall clock from spawn to exit
    double cpuMs = 0.0; ///< user + system CPU time
    double peakRssMb = 0.0; ///< the process's own peak resident set
};

/// Runs `command` (stdout and stderr to `log`) and measures it; throws unless it exits with 0.
///
/// Linux charges a child that execs with the peak RSS of the memory image it replaced, which
/// for a child spawned by weft-bench is weft-bench's own (possibly large) one. So the command
/// is started by a fresh, small weft-bench process ("--measure-child") that reports back.
ProcessRun runMeasured(const std::vector<std::string> &command, const std::filesystem::path &log);

/// Entry point of that helper: weft-bench --measure-child RESULT LOG COMMAND...
int measureChildMain(const std::vector<std::string> &args);

inline constexpr const char *kMeasureChildFlag = "--measure-child";

} // namespace weft::bench
