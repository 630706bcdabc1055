// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/textoffsets.h"

#include "texttestsupport.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace weft::core::text;
using weft::core::text::test::bytes;
using weft::core::text::test::mixedText;

namespace {

/// Byte offset of every code point start, from the lead-byte lengths: an independent oracle.
std::vector<std::size_t> codePointStarts(const std::string &utf8)
{
    std::vector<std::size_t> starts;
    for (std::size_t i = 0; i < utf8.size();) {
        starts.push_back(i);
        const auto b = static_cast<unsigned char>(utf8[i]);
        i += b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    }
    return starts;
}

} // namespace

TEST_CASE("codePointCount counts characters, not bytes", "[text][offsets]")
{
    CHECK(codePointCount("") == 0);
    CHECK(codePointCount("hello") == 5);
    CHECK(codePointCount("caf\u00e9") == 4); // precomposed é: 2 bytes, 1 code point
    CHECK(codePointCount("cafe\u0301") == 5); // e + combining acute: 2 code points
    CHECK(codePointCount("\U0001F642") == 1); // emoji: 4 bytes
    CHECK(codePointCount("\U0001F44D\U0001F3FD") == 2); // thumbs up + skin tone modifier
    CHECK(codePointCount("\u6f22\u5b57") == 2); // CJK: 3 bytes each
    CHECK(codePointCount("\u0645\u0631\u062d\u0628\u0627") == 5); // Arabic
    CHECK(codePointCount("\u05e9\u05dc\u05d5\u05dd") == 4); // Hebrew
    CHECK(codePointCount("\U0010FFFF") == 1);
}

TEST_CASE("sliceCodePoints slices astral and combining text by code point", "[text][offsets]")
{
    const std::string text = "a\U0001F642b\u6f22e\u0301";
    CHECK(sliceCodePoints(text, 0, 1) == "a");
    CHECK(sliceCodePoints(text, 1, 2) == "\U0001F642");
    CHECK(sliceCodePoints(text, 2, 4) == "b\u6f22");
    CHECK(sliceCodePoints(text, 4, 5) == "e"); // the mark is its own code point
    CHECK(sliceCodePoints(text, 5, 6) == "\u0301");
    CHECK(sliceCodePoints(text, 0, 6) == text);
}

TEST_CASE("sliceCodePoints clamps out-of-range and reversed bounds", "[text][offsets]")
{
    const std::string text = "x\U0001F642y";
    CHECK(sliceCodePoints(text, 1, 100) == "\U0001F642y");
    CHECK(sliceCodePoints(text, 3, 3).empty());
    CHECK(sliceCodePoints(text, 50, 60).empty());
    CHECK(sliceCodePoints(text, 2, 1).empty());
    CHECK(sliceCodePoints("", 0, 5).empty());
    // clamped slices still point into the text, at its end
    CHECK(sliceCodePoints(text, 50, 60).data() == text.data() + text.size());
}

TEST_CASE("CodePointIndex agrees with a naive walk at every offset", "[text][offsets]")
{
    const std::string text = mixedText(5000);
    const auto starts = codePointStarts(text);
    const CodePointIndex index(text);
    REQUIRE(index.size() == starts.size());
    REQUIRE(index.size() == codePointCount(text));
    CHECK(index.text().data() == text.data());

    for (std::size_t cp = 0; cp < starts.size(); ++cp)
        REQUIRE(index.byteOffset(cp) == starts[cp]);
    CHECK(index.byteOffset(starts.size()) == text.size());

    std::size_t cp = 0;
    for (std::size_t byte = 0; byte < text.size(); ++byte) {
        if (cp + 1 < starts.size() && starts[cp + 1] == byte)
            ++cp;
        REQUIRE(index.codePointAt(byte) == cp); // inside a sequence rounds down
    }
    CHECK(index.codePointAt(text.size()) == index.size());
}

TEST_CASE("CodePointIndex clamps offsets past the end", "[text][offsets]")
{
    const std::string text = "\u05e9\u05dc\u05d5\u05dd \U0001F642";
    const CodePointIndex index(text);
    CHECK(index.size() == 6);
    CHECK(index.byteOffset(6) == text.size());
    CHECK(index.byteOffset(1000) == text.size());
    CHECK(index.codePointAt(text.size()) == 6);
    CHECK(index.codePointAt(1000) == 6);
    CHECK(index.codePointAt(text.size() - 1) == 5); // last byte of the emoji
}

TEST_CASE("CodePointIndex over empty text", "[text][offsets]")
{
    const CodePointIndex index{std::string_view()};
    CHECK(index.size() == 0);
    CHECK(index.byteOffset(0) == 0);
    CHECK(index.byteOffset(3) == 0);
    CHECK(index.codePointAt(0) == 0);
    CHECK(index.slice(0, 10).empty());

    const CodePointIndex defaulted;
    CHECK(defaulted.size() == 0);
    CHECK(defaulted.slice(0, 1).empty());
}

TEST_CASE("CodePointIndex slice matches sliceCodePoints", "[text][offsets]")
{
    const std::string text = mixedText(3000);
    const CodePointIndex index(text);
    const std::size_t n = index.size();
    for (std::size_t start : {std::size_t{0}, std::size_t{1}, std::size_t{63}, std::size_t{64},
                 std::size_t{65}, std::size_t{1000}, n - 1, n, n + 5}) {
        for (std::size_t length : {0, 1, 2, 64, 65, 200, 100000}) {
            INFO("start " << start << " length " << length);
            REQUIRE(index.slice(start, start + length)
                    == sliceCodePoints(text, start, start + length));
        }
    }
    CHECK(index.slice(10, 5).empty());
}

TEST_CASE("CodePointIndex over a million characters", "[text][offsets][large]")
{
    const std::string chunk = mixedText(1000) + "The quick brown fox jumps over the lazy dog. ";
    std::string text;
    for (std::size_t cps = 0; cps < 1'000'000; cps += codePointCount(chunk))
        text += chunk;
    // Build time is measured by weft-bench ("text" section), not here.
    const CodePointIndex index(text);
    CHECK(index.size() == codePointCount(text));
    CHECK(index.byteOffset(index.size() - 1) < text.size());
    CHECK(index.codePointAt(index.byteOffset(777'777)) == 777'777);
}

TEST_CASE("utf16Length counts astral characters twice", "[text][offsets][utf16]")
{
    CHECK(utf16Length("") == 0);
    CHECK(utf16Length("abc") == 3);
    CHECK(utf16Length("caf\u00e9") == 4);
    CHECK(utf16Length("e\u0301") == 2);
    CHECK(utf16Length("\u6f22\u5b57") == 2);
    CHECK(utf16Length("\U0001F642") == 2);
    CHECK(utf16Length("a\U0001F642b") == 4);
    const std::string text = mixedText(2000);
    CHECK(utf16Length(text) == toUtf16(text).size());
}

TEST_CASE("toUtf16 and toUtf8 round-trip every plane", "[text][offsets][utf16]")
{
    const std::string text = "a\u00e9e\u0301\u6f22\u0645\u05e9\U0001F642\U0010FFFF";
    const std::u16string utf16 = toUtf16(text);
    CHECK(utf16 == u"a\u00e9e\u0301\u6f22\u0645\u05e9\U0001F642\U0010FFFF");
    CHECK(toUtf8(utf16) == text);
    CHECK(toUtf16("").empty());
    CHECK(toUtf8(u"").empty());

    const std::string mixed = mixedText(4000);
    CHECK(toUtf8(toUtf16(mixed)) == mixed);
}

TEST_CASE("toUtf16 replaces invalid UTF-8 with U+FFFD", "[text][offsets][utf16]")
{
    CHECK(toUtf16(bytes({'a', 0xFF, 'b'})) == u"a\uFFFDb");
    CHECK(toUtf16(bytes({0xC3})) == u"\uFFFD"); // truncated
    CHECK(toUtf16(bytes({0xC0, 0xAF})) == u"\uFFFD\uFFFD"); // overlong '/'
    CHECK(toUtf16(bytes({0xED, 0xA0, 0x80})) == u"\uFFFD\uFFFD\uFFFD"); // encoded surrogate
    CHECK(toUtf16(bytes({0xF0, 0x9F, 0x99})) == u"\uFFFD"); // emoji cut short
    CHECK(toUtf16(bytes({0xF4, 0x90, 0x80, 0x80})) == u"\uFFFD\uFFFD\uFFFD\uFFFD"); // > U+10FFFF
}

TEST_CASE("toUtf8 replaces unpaired surrogates with U+FFFD", "[text][offsets][utf16]")
{
    const std::u16string loneHigh{u'a', char16_t(0xD83D), u'b'};
    const std::u16string loneLow{char16_t(0xDE42), u'x'};
    const std::u16string reversed{char16_t(0xDE42), char16_t(0xD83D)};
    CHECK(toUtf8(loneHigh) == "a\uFFFDb");
    CHECK(toUtf8(loneLow) == "\uFFFDx");
    CHECK(toUtf8(reversed) == "\uFFFD\uFFFD");
    const std::u16string endsHigh{u'z', char16_t(0xD83D)};
    CHECK(toUtf8(endsHigh) == "z\uFFFD");
}

TEST_CASE("utf16FromCodePoint skips surrogate pairs as one code point", "[text][offsets][utf16]")
{
    const std::u16string text = u"a\U0001F642b\u6f22";
    CHECK(utf16FromCodePoint(text, 0) == 0);
    CHECK(utf16FromCodePoint(text, 1) == 1);
    CHECK(utf16FromCodePoint(text, 2) == 3);
    CHECK(utf16FromCodePoint(text, 3) == 4);
    CHECK(utf16FromCodePoint(text, 4) == 5);
    CHECK(utf16FromCodePoint(text, 5) == 5); // past the end
    CHECK(utf16FromCodePoint(text, 999) == 5);
    CHECK(utf16FromCodePoint(u"", 3) == 0);
}

TEST_CASE("codePointFromUtf16 rounds a split surrogate pair down", "[text][offsets][utf16]")
{
    const std::u16string text = u"a\U0001F642b";
    CHECK(codePointFromUtf16(text, 0) == 0);
    CHECK(codePointFromUtf16(text, 1) == 1);
    CHECK(codePointFromUtf16(text, 2) == 1); // between the halves: the emoji's start
    CHECK(codePointFromUtf16(text, 3) == 2);
    CHECK(codePointFromUtf16(text, 4) == 3);
    CHECK(codePointFromUtf16(text, 100) == 3);
    CHECK(codePointFromUtf16(u"", 0) == 0);
    CHECK(codePointFromUtf16(u"", 7) == 0);
}

TEST_CASE("UTF-16 helpers count a lone surrogate as one code point", "[text][offsets][utf16]")
{
    const std::u16string text{u'a', char16_t(0xD83D), u'b', char16_t(0xDE42)};
    CHECK(utf16FromCodePoint(text, 2) == 2);
    CHECK(codePointFromUtf16(text, 2) == 2);
    CHECK(codePointFromUtf16(text, 4) == 4);
    const Utf16Index index(text);
    CHECK(index.size() == 4);
    CHECK(index.utf16FromCodePoint(3) == 3);
    CHECK(index.codePointFromUtf16(3) == 3);
}

TEST_CASE("a highlight round-trips through UTF-16 without shifting", "[text][offsets][utf16]")
{
    // The GUI bug this layer exists to prevent: emoji before a coded word.
    const std::string stored = "\U0001F642\U0001F642 I felt \u05e9\u05dc\u05d5\u05dd, e\u0301 ok";
    const std::u16string shown = toUtf16(stored);
    const std::size_t start = 10; // code points of "שלום"
    const std::size_t end = 14;
    const std::size_t u16Start = utf16FromCodePoint(shown, start);
    const std::size_t u16End = utf16FromCodePoint(shown, end);
    CHECK(shown.substr(u16Start, u16End - u16Start) == u"\u05e9\u05dc\u05d5\u05dd");
    CHECK(codePointFromUtf16(shown, u16Start) == start);
    CHECK(codePointFromUtf16(shown, u16End) == end);
    CHECK(sliceCodePoints(stored, start, end) == "\u05e9\u05dc\u05d5\u05dd");
}

TEST_CASE("Utf16Index agrees with the linear helpers at every offset", "[text][offsets][utf16]")
{
    const std::u16string text = toUtf16(mixedText(5000));
    const Utf16Index index(text);
    const std::size_t n = codePointFromUtf16(text, text.size());
    REQUIRE(index.size() == n);
    CHECK(index.text().data() == text.data());

    // Walk once, comparing incrementally so the test itself stays linear.
    std::size_t cp = 0;
    std::size_t cpStart = 0;
    for (std::size_t u = 0; u < text.size(); ++u) {
        const std::size_t next
                = cpStart + ((text[cpStart] >= 0xD800 && text[cpStart] <= 0xDBFF) ? 2 : 1);
        if (u == next) {
            ++cp;
            cpStart = next;
            REQUIRE(index.utf16FromCodePoint(cp) == cpStart);
        }
        REQUIRE(index.codePointFromUtf16(u) == cp);
    }
    CHECK(index.utf16FromCodePoint(0) == 0);
    CHECK(index.utf16FromCodePoint(n) == text.size());
    CHECK(index.utf16FromCodePoint(n + 10) == text.size());
    CHECK(index.codePointFromUtf16(text.size()) == n);
    CHECK(index.codePointFromUtf16(text.size() + 10) == n);

    for (std::size_t sample : {std::size_t{0}, std::size_t{1}, std::size_t{63}, std::size_t{64},
                 std::size_t{129}, n / 2, n - 1})
        CHECK(index.utf16FromCodePoint(sample) == utf16FromCodePoint(text, sample));
}

TEST_CASE("Utf16Index over empty text", "[text][offsets][utf16]")
{
    const Utf16Index index{std::u16string_view()};
    CHECK(index.size() == 0);
    CHECK(index.utf16FromCodePoint(0) == 0);
    CHECK(index.utf16FromCodePoint(5) == 0);
    CHECK(index.codePointFromUtf16(0) == 0);
    CHECK(index.codePointFromUtf16(5) == 0);
}

TEST_CASE("Utf16Index handles a million-character document", "[text][offsets][utf16][large]")
{
    std::string utf8;
    while (utf8.size() < 2'500'000)
        utf8 += mixedText(1000);
    const std::u16string text = toUtf16(utf8);
    const Utf16Index index(text); // build time: weft-bench, "text" section
    CHECK(index.size() == codePointCount(utf8));
    const std::size_t cp = index.size() - 12345;
    CHECK(index.codePointFromUtf16(index.utf16FromCodePoint(cp)) == cp);
    CHECK(index.utf16FromCodePoint(cp) == utf16FromCodePoint(text, cp));
}
