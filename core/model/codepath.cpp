// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/codepath.h"

namespace weft::core {
namespace {

std::string trimmed(std::string_view s)
{
    const auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    std::size_t b = 0, e = s.size();
    while (b < e && isSpace(s[b]))
        ++b;
    while (e > b && isSpace(s[e - 1]))
        --e;
    return std::string(s.substr(b, e - b));
}

} // namespace

Result<std::vector<std::string>> splitPath(std::string_view path)
{
    std::vector<std::string> names;
    std::string current;
    for (std::size_t i = 0; i < path.size(); ++i) {
        const char c = path[i];
        if (c == '\\' && i + 1 < path.size() && (path[i + 1] == '/' || path[i + 1] == '\\')) {
            current.push_back(path[++i]);
        } else if (c == '/') {
            names.push_back(trimmed(current));
            current.clear();
        } else {
            current.push_back(c);
        }
    }
    names.push_back(trimmed(current));
    for (const std::string &name : names) {
        if (name.empty()) {
            return makeError(ErrorCode::InvalidArgument,
                             "the path '" + std::string(path) +
                                 "' has an empty level; write levels as \"Parent/Child\" and a "
                                 "slash inside a name as \\/");
        }
    }
    return names;
}

std::string escapePathName(std::string_view name)
{
    std::string out;
    out.reserve(name.size());
    for (char c : name) {
        if (c == '/' || c == '\\')
            out.push_back('\\');
        out.push_back(c);
    }
    return out;
}

std::string joinPath(const std::vector<std::string> &names)
{
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i)
            out.push_back('/');
        out += escapePathName(names[i]);
    }
    return out;
}

} // namespace weft::core
