// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the core/text tests: readable Catch2 output for code point ranges and a way to
// spell byte strings (with NULs) in tests.

#include "core/text/codepointrange.h"

#include <catch2/catch.hpp>

#include <initializer_list>
#include <string>
#include <vector>

namespace Catch {
template<>
struct StringMaker<weft::core::text::CodePointRange> {
    static std::string convert(const weft::core::text::CodePointRange &r)
    {
        return "[" + std::to_string(r.start) + ", " + std::to_string(r.end) + ")";
    }
};
} // namespace Catch

namespace weft::core::text::test {

/// A deterministic mix of one-, two-, three- and four-byte characters, combining marks, RTL
/// letters and emoji sequences, `count` pieces long.
inline std::string mixedText(std::size_t count)
{
    static const std::vector<std::string> pieces{
            "a",
            "Z",
            " ",
            "\n",
            "\u00e9",
            "e\u0301",
            "\U0001F642",
            "\u6f22",
            "\u5b57",
            "\u0645",
            "\u05e9",
            "\U0001F44D\U0001F3FD",
            "\U0010FFFF",
            "\t",
            ".",
    };
    std::string out;
    unsigned state = 12345;
    for (std::size_t i = 0; i < count; ++i) {
        state = state * 1103515245U + 12345U;
        out += pieces[(state >> 16) % pieces.size()];
    }
    return out;
}

/// Bytes from a list of values, for encodings with NULs and invalid sequences.
inline std::string bytes(std::initializer_list<unsigned char> values)
{
    std::string out;
    for (const unsigned char v : values)
        out.push_back(static_cast<char>(v));
    return out;
}

} // namespace weft::core::text::test
