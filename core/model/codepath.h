// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/result.h"

#include <string>
#include <string_view>
#include <vector>

namespace weft::core {

/// Code and theme paths: levels separated by '/', a literal slash inside a name written '\/'
/// and a literal backslash '\\'. "Barriers/Time\/Transport" is two levels.
Result<std::vector<std::string>> splitPath(std::string_view path);

/// Escapes each name and joins them with '/'; the inverse of splitPath.
std::string joinPath(const std::vector<std::string> &names);

/// Escapes one name for use in a path.
std::string escapePathName(std::string_view name);

} // namespace weft::core
