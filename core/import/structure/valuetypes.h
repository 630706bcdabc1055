// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/structure/dateparser.h"
#include "core/model/entities.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace weft::core {

/// The canonical form of a cell as a typed value, or nullopt when it is not of that type:
/// numbers as written (comma decimal accepted), dates ISO, booleans "true"/"false".
std::optional<std::string> asNumber(std::string_view cell);
std::optional<std::string> asDate(std::string_view cell, DateOrder order);
std::optional<std::string> asBoolean(std::string_view cell);

/// The narrowest type all non-empty cells fit: boolean, number, date, else text.
AttributeType inferAttributeType(const std::vector<std::string> &cells, DateOrder order);

/// `cell` converted to `type` (see above); text stays as is. nullopt when it does not fit.
std::optional<std::string> canonicalValue(AttributeType type, std::string_view cell,
                                          DateOrder order);

} // namespace weft::core
