// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/breaks.h"

#include "core/text/textoffsets.h"
#include "core/text/utf8.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>

#include <algorithm>
#include <climits>
#include <memory>
#include <stdexcept>
#include <string>

namespace weft::core::text {

namespace {

enum class BreakKind {
    Word,
    Sentence
};

/// The stretch of text a break iterator is run on. ICU iterators back up from an offset to a
/// "safe" point before working forward; for sentences that means back to the previous line
/// end, so on the whole text every call would cost time proportional to the paragraph (40 ms
/// at the end of a 3 MB paragraph). Windows end at cuts that are true boundaries, so results
/// are the same as on the whole text; only when no such cut lies within the context limit
/// (a 64 KiB sentence, 4 KiB without a space in unspaced CJK or Thai) is the window cut short,
/// which can move boundaries near the cut, far from the range.
struct Window {
    std::size_t begin = 0;
    std::size_t end = 0;
};

/// After a line end a new sentence and a new word always start (UAX #29 SB4, WB3a).
bool isLineStart(std::string_view utf8, std::size_t byte)
{
    return byte == 0 || utf8[byte - 1] == '\n';
}

/// A line start, or a space or tab followed by a character that cannot attach to it: no
/// word rule joins across that point and no dictionary run spans it.
bool isWordCut(std::string_view utf8, std::size_t byte)
{
    if (byte >= utf8.size() || isLineStart(utf8, byte))
        return true;
    const char before = utf8[byte - 1];
    const char at = utf8[byte];
    if ((before != ' ' && before != '\t') || at == ' ' || at == '\t' || at == '\n')
        return false;
    std::size_t pos = byte;
    const char32_t cp = detail::decodeUtf8(utf8, pos);
    if (cp == detail::kInvalidCodePoint)
        return false;
    const auto wb = u_getIntPropertyValue(static_cast<UChar32>(cp), UCHAR_WORD_BREAK);
    // marks and joiners attach to the space (WB4); other spaces join it (WB3d)
    return wb != U_WB_EXTEND && wb != U_WB_FORMAT && wb != U_WB_ZWJ && wb != U_WB_WSEGSPACE;
}

Window contextWindow(
        std::string_view utf8, std::size_t startByte, std::size_t endByte, BreakKind kind)
{
    const std::size_t maxContext = kind == BreakKind::Word ? 4 * 1024 : 64 * 1024;
    const auto isCut = kind == BreakKind::Word ? isWordCut : isLineStart;
    Window w{0, utf8.size()};

    const std::size_t lowest = startByte > maxContext ? startByte - maxContext : 0;
    w.begin = lowest;
    for (std::size_t p = startByte; p > lowest; --p) {
        if ((p == utf8.size() || !detail::isContinuationByte(utf8[p])) && isCut(utf8, p)) {
            w.begin = p;
            break;
        }
    }
    while (w.begin < startByte && detail::isContinuationByte(utf8[w.begin]))
        ++w.begin;

    // Strictly after endByte, so a caret at a line start still sees the line it starts.
    const std::size_t highest = std::min(utf8.size(), endByte + maxContext);
    w.end = highest;
    for (std::size_t p = endByte + 1; p < highest; ++p) {
        if (!detail::isContinuationByte(utf8[p]) && isCut(utf8, p)) {
            w.end = p;
            break;
        }
    }
    while (w.end > endByte && w.end < utf8.size() && detail::isContinuationByte(utf8[w.end]))
        --w.end;
    return w;
}

/// An ICU break iterator reading a window of the UTF-8 text where it lies. Takes and returns
/// byte offsets into the whole text; the window's ends count as boundaries.
class Breaker {
public:
    Breaker(std::string_view utf8, BreakKind kind, std::string_view locale, Window window)
        : m_window(window)
    {
        const std::string_view text = utf8.substr(window.begin, window.end - window.begin);
        if (text.size() > static_cast<std::size_t>(INT32_MAX))
            throw std::length_error("text too large for ICU break iteration");
        const icu::Locale icuLocale = locale.empty() ? icu::Locale::getRoot()
                                                     : icu::Locale(std::string(locale).c_str());
        UErrorCode status = U_ZERO_ERROR;
        m_utext.adoptInstead(utext_openUTF8(nullptr, text.empty() ? "" : text.data(),
                static_cast<int64_t>(text.size()), &status));
        m_iterator.reset(kind == BreakKind::Word
                        ? icu::BreakIterator::createWordInstance(icuLocale, status)
                        : icu::BreakIterator::createSentenceInstance(icuLocale, status));
        if (U_SUCCESS(status))
            m_iterator->setText(m_utext.getAlias(), status);
        if (U_FAILURE(status) || !m_iterator)
            throw std::runtime_error(
                    std::string("ICU break iterator unavailable: ") + u_errorName(status));
    }

    Breaker(std::string_view utf8, BreakKind kind, std::string_view locale)
        : Breaker(utf8, kind, locale, Window{0, utf8.size()})
    {
    }

    icu::BreakIterator &it() { return *m_iterator; }

    bool isBoundary(std::size_t byte)
    {
        return byte <= m_window.begin || byte >= m_window.end
                || m_iterator->isBoundary(toIcu(byte));
    }
    std::size_t preceding(std::size_t byte)
    {
        return fromIcu(m_iterator->preceding(toIcu(byte)), m_window.begin);
    }
    std::size_t following(std::size_t byte)
    {
        return fromIcu(m_iterator->following(toIcu(byte)), m_window.end);
    }

private:
    int32_t toIcu(std::size_t byte) const
    {
        return static_cast<int32_t>(
                std::clamp(byte, m_window.begin, m_window.end) - m_window.begin);
    }
    /// `ifDone` for ICU's DONE, which preceding(begin) and following(end) return.
    std::size_t fromIcu(int32_t offset, std::size_t ifDone) const
    {
        if (offset == icu::BreakIterator::DONE)
            return ifDone;
        return m_window.begin + static_cast<std::size_t>(offset);
    }

    Window m_window;
    icu::LocalUTextPointer m_utext;
    std::unique_ptr<icu::BreakIterator> m_iterator;
};

/// A range known both in bytes and in code points, so that moved ends can be converted back
/// by counting only the bytes they moved over.
struct Anchored {
    std::size_t startByte = 0;
    std::size_t endByte = 0;
    CodePointRange cps;
};

Anchored anchor(std::string_view utf8, CodePointRange range)
{
    const std::size_t start = std::min(range.start, range.end);
    Anchored a;
    const std::string_view before = sliceCodePoints(utf8, 0, start);
    const std::string_view inside = sliceCodePoints(
            utf8.substr(before.size()), 0, std::max(range.start, range.end) - start);
    const std::size_t startCp = codePointCount(before);
    a.startByte = before.size();
    a.endByte = before.size() + inside.size();
    a.cps = {startCp, startCp + codePointCount(inside)};
    return a;
}

Anchored anchor(const CodePointIndex &index, CodePointRange range)
{
    const std::size_t end = std::min(std::max(range.start, range.end), index.size());
    const std::size_t start = std::min(std::min(range.start, range.end), end);
    return {index.byteOffset(start), index.byteOffset(end), {start, end}};
}

/// Code point index of byte `toByte`, from a known byte/code point pair.
std::size_t codePointFrom(
        std::string_view utf8, std::size_t knownByte, std::size_t knownCp, std::size_t toByte)
{
    if (toByte >= knownByte)
        return knownCp + codePointCount(utf8.substr(knownByte, toByte - knownByte));
    return knownCp - codePointCount(utf8.substr(toByte, knownByte - toByte));
}

CodePointRange toCodePoints(
        std::string_view utf8, const Anchored &a, std::size_t startByte, std::size_t endByte)
{
    return {codePointFrom(utf8, a.startByte, a.cps.start, startByte),
            codePointFrom(utf8, a.endByte, a.cps.end, endByte)};
}

bool isWhiteSpaceAt(std::string_view utf8, std::size_t byte)
{
    std::size_t pos = byte;
    const char32_t cp = detail::decodeUtf8(utf8, pos);
    return cp != detail::kInvalidCodePoint && u_isUWhiteSpace(static_cast<UChar32>(cp));
}

/// Byte offset of the code point that ends at `byte`.
std::size_t previousCodePoint(std::string_view utf8, std::size_t byte)
{
    do {
        --byte;
    } while (byte > 0 && detail::isContinuationByte(utf8[byte]));
    return byte;
}

bool segmentIsWhiteSpace(std::string_view utf8, std::size_t from, std::size_t to)
{
    for (std::size_t pos = from; pos < to;) {
        const char32_t cp = detail::decodeUtf8(utf8, pos);
        if (cp == detail::kInvalidCodePoint || !u_isUWhiteSpace(static_cast<UChar32>(cp)))
            return false;
    }
    return true;
}

CodePointRange snapAnchored(std::string_view utf8, const Anchored &a, std::string_view locale)
{
    Breaker breaker(utf8, BreakKind::Word, locale,
            contextWindow(utf8, a.startByte, a.endByte, BreakKind::Word));
    std::size_t start = a.startByte;
    std::size_t end = a.endByte;
    if (!breaker.isBoundary(start)) {
        const std::size_t segStart = breaker.preceding(start);
        const std::size_t segEnd = breaker.following(start);
        start = segmentIsWhiteSpace(utf8, segStart, segEnd) ? segEnd : segStart;
    }
    if (!breaker.isBoundary(end)) {
        const std::size_t segStart = breaker.preceding(end);
        const std::size_t segEnd = breaker.following(end);
        end = segmentIsWhiteSpace(utf8, segStart, segEnd) ? segStart : segEnd;
    }
    if (start > end) // the whole selection lies inside one run of spaces
        return a.cps;
    return toCodePoints(utf8, a, start, end);
}

CodePointRange sentenceAnchored(std::string_view utf8, const Anchored &a, std::string_view locale)
{
    const Window window = contextWindow(utf8, a.startByte, a.endByte, BreakKind::Sentence);
    if (window.begin == window.end)
        return a.cps; // empty text, or a caret on an empty last line
    Breaker breaker(utf8, BreakKind::Sentence, locale, window);
    std::size_t start = a.startByte;
    std::size_t end = a.endByte;
    if (start == end && start == window.end) {
        start = breaker.preceding(start); // a caret at the very end: the last sentence
    } else {
        if (!breaker.isBoundary(start))
            start = breaker.preceding(start);
        if (a.startByte == a.endByte || !breaker.isBoundary(end))
            end = breaker.following(end); // a caret on a boundary: the sentence it starts
    }
    // ICU puts the spaces and line end after a sentence inside it; an excerpt wants neither,
    // nor leading blanks at the start of the text.
    while (start < a.startByte && isWhiteSpaceAt(utf8, start)) {
        std::size_t next = start;
        detail::decodeUtf8(utf8, next);
        start = next;
    }
    while (end > std::max(a.endByte, start)) {
        const std::size_t prev = previousCodePoint(utf8, end);
        if (!isWhiteSpaceAt(utf8, prev))
            break;
        end = prev;
    }
    return toCodePoints(utf8, a, start, end);
}

} // namespace

std::vector<std::size_t> wordBoundaries(std::string_view utf8, std::string_view locale)
{
    std::vector<std::size_t> boundaries{0};
    if (utf8.empty())
        return boundaries;
    Breaker breaker(utf8, BreakKind::Word, locale);
    std::size_t previousByte = 0;
    std::size_t previousCp = 0;
    breaker.it().first();
    for (int32_t b = breaker.it().next(); b != icu::BreakIterator::DONE; b = breaker.it().next()) {
        const auto byte = static_cast<std::size_t>(b);
        previousCp += codePointCount(utf8.substr(previousByte, byte - previousByte));
        previousByte = byte;
        boundaries.push_back(previousCp);
    }
    return boundaries;
}

CodePointRange snapToWords(std::string_view utf8, CodePointRange range, std::string_view locale)
{
    return snapAnchored(utf8, anchor(utf8, range), locale);
}

CodePointRange snapToWords(
        const CodePointIndex &index, CodePointRange range, std::string_view locale)
{
    return snapAnchored(index.text(), anchor(index, range), locale);
}

CodePointRange sentenceAround(std::string_view utf8, CodePointRange range, std::string_view locale)
{
    return sentenceAnchored(utf8, anchor(utf8, range), locale);
}

CodePointRange sentenceAround(
        const CodePointIndex &index, CodePointRange range, std::string_view locale)
{
    return sentenceAnchored(index.text(), anchor(index, range), locale);
}

} // namespace weft::core::text
