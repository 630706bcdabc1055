// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/options.h"

#include <charconv>

namespace weft::bench {

const char *usage()
{
    return "usage: weft-bench --workload DIR [--out results.json] [--repeat N] [--scratch DIR]\n"
           "                  [--cli PATH] [--keep]\n"
           "  --workload DIR  a directory written by gen_workload.py\n"
           "  --out FILE      also write the results as JSON\n"
           "  --repeat N      runs per operation, the median is reported (default 3)\n"
           "  --scratch DIR   where the temporary projects go (default: the system temp dir)\n"
           "  --cli PATH      the weft-cli to time (default: the one built with weft-bench)\n"
           "  --keep          keep the temporary projects\n";
}

std::optional<Options> parseOptions(const std::vector<std::string> &args, std::string &error)
{
    Options options;
    options.cli = WEFT_CLI_PATH;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string &arg = args[i];
        const auto value = [&]() -> std::optional<std::string> {
            if (i + 1 >= args.size()) {
                error = arg + " needs a value";
                return std::nullopt;
            }
            return args[++i];
        };
        if (arg == "--help" || arg == "-h") {
            options.help = true;
        } else if (arg == "--keep") {
            options.keep = true;
        } else if (arg == "--workload" || arg == "--out" || arg == "--scratch" || arg == "--cli"
                || arg == "--repeat") {
            const auto v = value();
            if (!v)
                return std::nullopt;
            if (arg == "--workload")
                options.workload = *v;
            else if (arg == "--out")
                options.out = *v;
            else if (arg == "--scratch")
                options.scratch = *v;
            else if (arg == "--cli")
                options.cli = *v;
            else {
                const auto [end, ec]
                        = std::from_chars(v->data(), v->data() + v->size(), options.repeat);
                if (ec != std::errc() || end != v->data() + v->size() || options.repeat < 1) {
                    error = "--repeat takes a whole number from 1";
                    return std::nullopt;
                }
            }
        } else {
            error = "unknown argument " + arg;
            return std::nullopt;
        }
    }
    if (!options.help && options.workload.empty()) {
        error = "give --workload DIR";
        return std::nullopt;
    }
    return options;
}

} // namespace weft::bench
