// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/normalize.h"

#include "core/text/textoffsets.h"
#include "texttestsupport.h"

#include <catch2/catch.hpp>

#include <string>

using namespace weft::core::text;
using weft::core::text::test::bytes;
using weft::core::text::test::mixedText;

TEST_CASE("isValidUtf8 accepts well-formed text of every length", "[text][normalize]")
{
    CHECK(isValidUtf8(""));
    CHECK(isValidUtf8("plain ASCII\n\t"));
    CHECK(isValidUtf8("caf\u00e9 e\u0301"));
    CHECK(isValidUtf8("\u6f22\u5b57 \u0645\u0631\u062d\u0628\u0627 \u05e9\u05dc\u05d5\u05dd"));
    CHECK(isValidUtf8("\U0001F642\U0001F44D\U0001F3FD"));
    CHECK(isValidUtf8(bytes({0x00}))); // NUL is valid UTF-8
    CHECK(isValidUtf8(bytes({0xF4, 0x8F, 0xBF, 0xBF}))); // U+10FFFF
    CHECK(isValidUtf8(bytes({0xEE, 0x80, 0x80}))); // U+E000, after the surrogates
    CHECK(isValidUtf8(bytes({0xEF, 0xBF, 0xBD}))); // U+FFFD
    CHECK(isValidUtf8(mixedText(2000)));
}

TEST_CASE(
        "isValidUtf8 rejects overlongs, surrogates and values above U+10FFFF", "[text][normalize]")
{
    CHECK_FALSE(isValidUtf8(bytes({0xC0, 0xAF}))); // overlong '/'
    CHECK_FALSE(isValidUtf8(bytes({0xC1, 0xBF}))); // overlong
    CHECK_FALSE(isValidUtf8(bytes({0xE0, 0x80, 0xAF}))); // overlong, 3 bytes
    CHECK_FALSE(isValidUtf8(bytes({0xF0, 0x80, 0x80, 0xAF}))); // overlong, 4 bytes
    CHECK_FALSE(isValidUtf8(bytes({0xED, 0xA0, 0x80}))); // U+D800
    CHECK_FALSE(isValidUtf8(bytes({0xED, 0xBF, 0xBF}))); // U+DFFF
    CHECK_FALSE(isValidUtf8(bytes({0xF4, 0x90, 0x80, 0x80}))); // U+110000
    CHECK_FALSE(isValidUtf8(bytes({0xF5, 0x80, 0x80, 0x80})));
    CHECK_FALSE(isValidUtf8(bytes({0xFF})));
    CHECK_FALSE(isValidUtf8(bytes({0xFE})));
}

TEST_CASE("isValidUtf8 rejects stray and truncated sequences", "[text][normalize]")
{
    CHECK_FALSE(isValidUtf8(bytes({0x80}))); // lone continuation
    CHECK_FALSE(isValidUtf8(bytes({'a', 0xBF, 'b'})));
    CHECK_FALSE(isValidUtf8(bytes({0xC3}))); // cut after the lead byte
    CHECK_FALSE(isValidUtf8(bytes({0xE6, 0xBC}))); // CJK cut short
    CHECK_FALSE(isValidUtf8(bytes({0xF0, 0x9F, 0x99}))); // emoji cut short
    CHECK_FALSE(isValidUtf8(bytes({0xC3, 'a'}))); // lead byte then ASCII
    CHECK_FALSE(isValidUtf8(bytes({'c', 'a', 'f', 0xE9}))); // Latin-1 é
}

TEST_CASE("toNfc composes combining sequences", "[text][normalize]")
{
    CHECK(toNfc("cafe\u0301") == "caf\u00e9");
    CHECK(toNfc("A\u030a") == "\u00c5"); // Å
    CHECK(toNfc("\u212b") == "\u00c5"); // Angstrom sign
    CHECK(toNfc("\u1100\u1161") == "\uac00"); // Hangul jamo -> syllable
    CHECK(toNfc("q\u0307\u0323") == "q\u0323\u0307"); // marks reordered
    CHECK(codePointCount(toNfc("e\u0301")) == 1);
}

TEST_CASE("toNfc leaves NFC text unchanged", "[text][normalize]")
{
    CHECK(toNfc("").empty());
    CHECK(toNfc("plain") == "plain");
    const std::string nfc = "caf\u00e9 \u6f22\u5b57 \u0645\u0631\u062d\u0628\u0627 "
                            "\u05e9\u05dc\u05d5\u05dd \U0001F642\U0001F44D\U0001F3FD";
    CHECK(toNfc(nfc) == nfc);
    const std::string big = mixedText(20000);
    CHECK(toNfc(toNfc(big)) == toNfc(big)); // idempotent
}

TEST_CASE("normalizeLineEnds turns CRLF and lone CR into LF", "[text][normalize]")
{
    CHECK(normalizeLineEnds("").empty());
    CHECK(normalizeLineEnds("a\r\nb") == "a\nb");
    CHECK(normalizeLineEnds("a\rb") == "a\nb");
    CHECK(normalizeLineEnds("a\nb") == "a\nb");
    CHECK(normalizeLineEnds("\r\r\n\n\r") == "\n\n\n\n");
    CHECK(normalizeLineEnds("\n\r") == "\n\n"); // LF CR is two line ends
    CHECK(normalizeLineEnds("end\r") == "end\n");
    CHECK(normalizeLineEnds("\U0001F642\r\n\u05e9") == "\U0001F642\n\u05e9");
}

TEST_CASE("toStoredText strips one leading BOM", "[text][normalize]")
{
    CHECK(toStoredText("\xEF\xBB\xBFhello") == "hello");
    CHECK(toStoredText("\xEF\xBB\xBF\xEF\xBB\xBFx") == "\xEF\xBB\xBFx");
    CHECK(toStoredText("a\xEF\xBB\xBF") == "a\xEF\xBB\xBF"); // only at the start
    CHECK(toStoredText("\xEF\xBB\xBF").empty());
    CHECK(toStoredText("").empty());
}

TEST_CASE("toStoredText normalises line ends, controls and composition", "[text][normalize]")
{
    CHECK(toStoredText("one\r\ntwo\rthree\n") == "one\ntwo\nthree\n");
    CHECK(toStoredText("page1\fpage2") == "page1\npage2"); // PDF page break
    CHECK(toStoredText("a\tb") == "a\tb");
    CHECK(toStoredText(std::string("a\0b", 3)) == "ab"); // NUL dropped
    CHECK(toStoredText("a\x1b[0mb") == "a[0mb"); // ESC dropped
    CHECK(toStoredText("\x01\x02\x07\x08\x0b\x1f") == "");
    CHECK(toStoredText("del\x7f") == "del\x7f"); // DEL is not C0: kept
    CHECK(toStoredText("c1\u0085") == "c1\u0085"); // C1 kept
    CHECK(toStoredText("cafe\u0301") == "caf\u00e9");
}

TEST_CASE("toStoredText composes across a dropped control", "[text][normalize]")
{
    CHECK(toStoredText(std::string("e\0\u0301", 4)) == "\u00e9");
}

TEST_CASE("toStoredText replaces invalid UTF-8 with U+FFFD", "[text][normalize]")
{
    CHECK(toStoredText(bytes({'a', 0xFF, 'b'})) == "a\uFFFDb");
    CHECK(toStoredText(bytes({0xED, 0xA0, 0x80})) == "\uFFFD\uFFFD\uFFFD");
    CHECK(toStoredText(bytes({0xF0, 0x9F, 0x99})) == "\uFFFD");
    CHECK(isValidUtf8(toStoredText(bytes({0xC0, 0xAF, 0x0D, 0x0A, 0xE9}))));
}

TEST_CASE("toStoredText keeps astral, RTL and CJK text intact", "[text][normalize]")
{
    const std::string text = "\U0001F642 \u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627 "
                             "\u6f22\u5b57 \U0001F44D\U0001F3FD\n";
    CHECK(toStoredText(text) == text);
    const std::string stored = toStoredText(mixedText(5000));
    CHECK(isValidUtf8(stored));
    CHECK(toStoredText(stored) == stored); // idempotent
}
