// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/text/codepointrange.h"

#include <string_view>
#include <vector>

namespace weft::core::text {

/// Every non-overlapping occurrence of `needleUtf8` in `haystackUtf8`, left to right, as code
/// point ranges. Exact and case-sensitive on the bytes: the caller brings both strings to NFC
/// (stored text already is), so "é" finds "é" however it was typed. A needle that ends in a
/// base letter can still match before a combining mark the stored text keeps separate (rare
/// after NFC). An empty needle matches nothing. Linear in the haystack.
std::vector<CodePointRange> findOccurrences(
        std::string_view haystackUtf8, std::string_view needleUtf8);

} // namespace weft::core::text
