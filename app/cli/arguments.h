// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/result.h"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace weft::cli {

/// Command-line words split into positionals and `--name value` / `--name=value` options.
/// Options may appear anywhere; `--` ends option parsing.
class Arguments {
public:
    static Result<Arguments> parse(int argc, char **argv, const std::set<std::string> &flags);

    const std::vector<std::string> &positionals() const { return m_positionals; }
    bool has(const std::string &name) const { return m_options.count(name) > 0; }
    std::optional<std::string> value(const std::string &name) const;
    std::vector<std::string> values(const std::string &name) const;
    /// Options given but not in `known`: the first one, to report as an error.
    std::optional<std::string> unknownOption(const std::set<std::string> &known) const;

private:
    std::vector<std::string> m_positionals;
    std::map<std::string, std::vector<std::string>> m_options;
};

} // namespace weft::cli
