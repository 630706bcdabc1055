// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>

namespace weft::core {

/// A time-ordered random UUID (version 7) in lowercase canonical form.
std::string newUuid();

/// True for the canonical 8-4-4-4-12 hexadecimal form (either case).
bool isUuid(std::string_view text);

} // namespace weft::core
