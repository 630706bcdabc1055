// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

#include <string>

namespace weft::bench {

/// Peak resident set size of this process so far, in MB.
double peakRssMb();

/// Where and when the numbers were taken: cores, CPU model, kernel, date, build type.
nlohmann::json machineDescription();

} // namespace weft::bench
