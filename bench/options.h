// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace weft::bench {

struct Options {
    std::filesystem::path workload;
    std::filesystem::path out; ///< JSON results; none when empty
    std::filesystem::path scratch; ///< parent of the scratch directory; system temp when empty
    std::filesystem::path cli; ///< the weft-cli to time
    int repeat = 3;
    bool keep = false; ///< keep the scratch directory for inspection
    bool help = false;
};

/// Parses the command line; nullopt with `error` set on bad usage.
std::optional<Options> parseOptions(const std::vector<std::string> &args, std::string &error);

const char *usage();

} // namespace weft::bench
