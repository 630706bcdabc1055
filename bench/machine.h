// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

#include <string>

namespace weft::bench {

/// Peak resident set size of this process so far, in MB.
double peakRssMb();

/// The 1, 5 and 15 minute load averages ("0.52 0.40 0.31"): other work skews the timings.
std::string loadAverage();

/// Where and when the numbers were taken: cores, CPU model, kernel, date, build type.
nlohmann::json machineDescription();

} // namespace weft::bench
