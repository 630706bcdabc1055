// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Conversions between the positions Weft stores (Unicode code points of the stored UTF-8 text)
// and the units other layers use: UTF-8 bytes inside core and storage, UTF-16 units in the Qt
// GUI (QString data handed over as std::u16string_view). Keeping every conversion here is what
// stops an emoji from shifting a highlight.
//
// Offsets past the end are clamped to the end, never an error: callers validate ranges where
// the user can see a message.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace weft::core::text {

/// Number of code points in valid UTF-8 (counts the bytes that start a sequence).
std::size_t codePointCount(std::string_view utf8);

/// Bytes [start, end) of utf8 covering code points [start, end); both ends are clamped to the
/// text and end to at least start. Linear in `end`; for repeated slicing use CodePointIndex.
std::string_view sliceCodePoints(std::string_view utf8, std::size_t start, std::size_t end);

/// Number of UTF-16 units the UTF-8 text needs (astral characters take two).
std::size_t utf16Length(std::string_view utf8);

/// UTF-8 to UTF-16. Malformed UTF-8 becomes U+FFFD, one per maximal invalid subpart.
std::u16string toUtf16(std::string_view utf8);

/// UTF-16 to UTF-8. An unpaired surrogate becomes U+FFFD, so the result is always valid UTF-8.
std::string toUtf8(std::u16string_view utf16);

/// UTF-16 offset of code point `cp`; past the end gives utf16.size(). An unpaired surrogate
/// counts as one code point, consistent with codePointFromUtf16.
std::size_t utf16FromCodePoint(std::u16string_view utf16, std::size_t cp);

/// Code point index of UTF-16 offset `u16`. An offset between the two halves of a surrogate
/// pair rounds down to the pair's start; past the end gives the code point count.
std::size_t codePointFromUtf16(std::u16string_view utf16, std::size_t u16);

/// Random access by code point into a UTF-8 text. Samples the byte offset of every 64th code
/// point, so lookups cost at most 64 steps (plus a binary search for byte -> code point)
/// while the index stays about 1/8 byte per code point. Keeps the view: the caller keeps the
/// text alive and unchanged for the index's lifetime. Expects valid UTF-8 (stored text is).
class CodePointIndex {
public:
    CodePointIndex() = default;
    explicit CodePointIndex(std::string_view utf8);

    /// Number of code points.
    std::size_t size() const { return m_size; }
    std::string_view text() const { return m_text; }

    /// Byte offset where code point `cp` starts; cp >= size() gives text().size().
    std::size_t byteOffset(std::size_t cp) const;

    /// Code point containing byte `byteOffset` (an offset inside a multi-byte sequence rounds
    /// down to its start); byteOffset >= text().size() gives size().
    std::size_t codePointAt(std::size_t byteOffset) const;

    /// Bytes of code points [start, end), clamped like sliceCodePoints.
    std::string_view slice(std::size_t start, std::size_t end) const;

private:
    static constexpr std::size_t kStride = 64;

    std::string_view m_text;
    std::vector<std::size_t> m_samples; // m_samples[k] = byte offset of code point k * kStride
    std::size_t m_size = 0;
};

/// Random access between code points and UTF-16 offsets of a large QString-like text, sampled
/// like CodePointIndex. Same rounding rules as utf16FromCodePoint / codePointFromUtf16.
/// Keeps the view: the caller keeps the text alive and unchanged.
class Utf16Index {
public:
    Utf16Index() = default;
    explicit Utf16Index(std::u16string_view utf16);

    /// Number of code points.
    std::size_t size() const { return m_size; }
    std::u16string_view text() const { return m_text; }

    std::size_t utf16FromCodePoint(std::size_t cp) const;
    std::size_t codePointFromUtf16(std::size_t u16) const;

private:
    static constexpr std::size_t kStride = 64;

    std::u16string_view m_text;
    std::vector<std::size_t> m_samples; // m_samples[k] = UTF-16 offset of code point k * kStride
    std::size_t m_size = 0;
};

} // namespace weft::core::text
