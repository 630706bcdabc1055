// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small UTF-8/UTF-16 primitives shared by the text helpers. Kept header-only so the hot loops
// inline; not meant as public API outside core/text.

#include <cstddef>
#include <string>
#include <string_view>

namespace weft::core::text::detail {

/// Returned by decodeUtf8 for a malformed sequence.
inline constexpr char32_t kInvalidCodePoint = 0xFFFFFFFF;
inline constexpr char32_t kReplacementCharacter = 0xFFFD;

/// True for UTF-8 continuation bytes (10xxxxxx): every other byte starts a code point.
inline bool isContinuationByte(char c)
{
    return (static_cast<unsigned char>(c) & 0xC0U) == 0x80U;
}

inline bool isHighSurrogate(char16_t u)
{
    return u >= 0xD800 && u <= 0xDBFF;
}
inline bool isLowSurrogate(char16_t u)
{
    return u >= 0xDC00 && u <= 0xDFFF;
}

/// Number of UTF-16 units at s[i] that form one code point: 2 for a well-formed surrogate
/// pair, else 1 (a lone surrogate counts as a code point of its own, as QString does).
inline std::size_t utf16UnitsAt(std::u16string_view s, std::size_t i)
{
    return isHighSurrogate(s[i]) && i + 1 < s.size() && isLowSurrogate(s[i + 1]) ? 2 : 1;
}

/// Decodes the scalar value at `pos` and advances `pos` past it. A malformed sequence yields
/// kInvalidCodePoint and advances past its maximal subpart (at least one byte), which is the
/// Unicode-recommended way to substitute U+FFFD. Overlongs, surrogates and values above
/// U+10FFFF are malformed.
inline char32_t decodeUtf8(std::string_view s, std::size_t &pos)
{
    const auto b0 = static_cast<unsigned char>(s[pos]);
    if (b0 < 0x80) {
        ++pos;
        return b0;
    }
    std::size_t trailing = 0;
    char32_t cp = 0;
    unsigned char lo = 0x80;
    unsigned char hi = 0xBF;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        trailing = 1;
        cp = b0 & 0x1FU;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        trailing = 2;
        cp = b0 & 0x0FU;
        if (b0 == 0xE0)
            lo = 0xA0; // overlong
        else if (b0 == 0xED)
            hi = 0x9F; // surrogates
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        trailing = 3;
        cp = b0 & 0x07U;
        if (b0 == 0xF0)
            lo = 0x90; // overlong
        else if (b0 == 0xF4)
            hi = 0x8F; // above U+10FFFF
    } else {
        ++pos;
        return kInvalidCodePoint;
    }
    std::size_t i = pos + 1;
    for (std::size_t k = 0; k < trailing; ++k, ++i) {
        if (i >= s.size()) {
            pos = i;
            return kInvalidCodePoint;
        }
        const auto b = static_cast<unsigned char>(s[i]);
        if (b < lo || b > hi) {
            pos = i;
            return kInvalidCodePoint;
        }
        lo = 0x80;
        hi = 0xBF;
        cp = (cp << 6) | (b & 0x3FU);
    }
    pos = i;
    return cp;
}

inline void appendUtf8(std::string &out, char32_t cp)
{
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

} // namespace weft::core::text::detail
