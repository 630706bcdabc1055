// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>

namespace weft::core {

/// 64-bit FNV-1a of the bytes as 16 lowercase hex digits. Used to find candidate duplicate
/// documents quickly; equality is always confirmed on the full text.
std::string fingerprint(std::string_view bytes);

} // namespace weft::core
