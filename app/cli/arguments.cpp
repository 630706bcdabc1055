// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/arguments.h"

namespace weft::cli {

Result<Arguments> Arguments::parse(int argc, char **argv, const std::set<std::string> &flags)
{
    Arguments args;
    bool optionsEnded = false;
    for (int i = 1; i < argc; ++i) {
        const std::string word = argv[i];
        if (optionsEnded || word.size() < 3 || word.rfind("--", 0) != 0) {
            if (word == "--") {
                optionsEnded = true;
                continue;
            }
            args.m_positionals.push_back(word);
            continue;
        }
        std::string name = word.substr(2);
        std::optional<std::string> value;
        if (const auto eq = name.find('='); eq != std::string::npos) {
            value = name.substr(eq + 1);
            name.resize(eq);
        }
        if (flags.count(name)) {
            if (value)
                return makeError(ErrorCode::InvalidArgument, "--" + name + " takes no value");
            args.m_options[name].push_back("");
            continue;
        }
        if (!value) {
            if (i + 1 >= argc) {
                return makeError(ErrorCode::InvalidArgument,
                                 "--" + name + " needs a value, e.g. --" + name + " VALUE");
            }
            value = argv[++i];
        }
        args.m_options[name].push_back(*value);
    }
    return args;
}

std::optional<std::string> Arguments::value(const std::string &name) const
{
    const auto it = m_options.find(name);
    if (it == m_options.end() || it->second.empty())
        return std::nullopt;
    return it->second.back();
}

std::vector<std::string> Arguments::values(const std::string &name) const
{
    const auto it = m_options.find(name);
    return it == m_options.end() ? std::vector<std::string>{} : it->second;
}

std::optional<std::string> Arguments::unknownOption(const std::set<std::string> &known) const
{
    for (const auto &[name, unused] : m_options) {
        if (!known.count(name))
            return name;
    }
    return std::nullopt;
}

} // namespace weft::cli
