// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/charset.h"

#include "texttestsupport.h"

#include <catch2/catch.hpp>

#include <string>

using namespace weft::core::text;
using Catch::Matchers::Contains;
using weft::ErrorCode;
using weft::core::text::test::bytes;

TEST_CASE("decodeText passes plain UTF-8 through", "[text][charset]")
{
    const std::string text = "caf\u00e9 \U0001F642 \u6f22\u5b57 \u05e9\u05dc\u05d5\u05dd\r\n";
    const auto decoded = decodeText(text);
    REQUIRE(decoded.ok());
    CHECK(decoded->text == text);
    CHECK(decoded->encoding == "UTF-8");
    CHECK_FALSE(decoded->hadBom);
}

TEST_CASE("decodeText treats ASCII and empty input as UTF-8", "[text][charset]")
{
    const auto ascii = decodeText("just ASCII\n");
    REQUIRE(ascii.ok());
    CHECK(ascii->encoding == "UTF-8");
    const auto empty = decodeText("");
    REQUIRE(empty.ok());
    CHECK(empty->text.empty());
    CHECK(empty->encoding == "UTF-8");
    CHECK_FALSE(empty->hadBom);
}

TEST_CASE("decodeText strips a UTF-8 BOM", "[text][charset]")
{
    const auto decoded = decodeText(bytes({0xEF, 0xBB, 0xBF, 'h', 'i', 0xC3, 0xA9}));
    REQUIRE(decoded.ok());
    CHECK(decoded->text == "hi\u00e9");
    CHECK(decoded->encoding == "UTF-8");
    CHECK(decoded->hadBom);

    const auto onlyBom = decodeText(bytes({0xEF, 0xBB, 0xBF}));
    REQUIRE(onlyBom.ok());
    CHECK(onlyBom->text.empty());
    CHECK(onlyBom->hadBom);
}

TEST_CASE("decodeText decodes UTF-16LE with BOM, astral characters included", "[text][charset]")
{
    // BOM, "Hi é" then U+1F642 as the surrogate pair D83D DE42, then "\r\n"
    const auto decoded = decodeText(bytes({0xFF, 0xFE, 'H', 0x00, 'i', 0x00, ' ', 0x00, 0xE9, 0x00,
            0x3D, 0xD8, 0x42, 0xDE, '\r', 0x00, '\n', 0x00}));
    REQUIRE(decoded.ok());
    CHECK(decoded->text == "Hi \u00e9\U0001F642\r\n");
    CHECK(decoded->encoding == "UTF-16LE");
    CHECK(decoded->hadBom);
}

TEST_CASE("decodeText decodes UTF-16BE with BOM, CJK and Hebrew", "[text][charset]")
{
    // BOM, U+6F22 U+5B57 (漢字), space, U+05E9 U+05DC (של)
    const auto decoded = decodeText(
            bytes({0xFE, 0xFF, 0x6F, 0x22, 0x5B, 0x57, 0x00, ' ', 0x05, 0xE9, 0x05, 0xDC}));
    REQUIRE(decoded.ok());
    CHECK(decoded->text == "\u6f22\u5b57 \u05e9\u05dc");
    CHECK(decoded->encoding == "UTF-16BE");
    CHECK(decoded->hadBom);
}

TEST_CASE("decodeText decodes UTF-32LE and UTF-32BE with BOM", "[text][charset]")
{
    const auto le = decodeText(
            bytes({0xFF, 0xFE, 0x00, 0x00, 'A', 0x00, 0x00, 0x00, 0x42, 0xF6, 0x01, 0x00}));
    REQUIRE(le.ok());
    CHECK(le->text == "A\U0001F642");
    CHECK(le->encoding == "UTF-32LE");
    CHECK(le->hadBom);

    const auto be = decodeText(
            bytes({0x00, 0x00, 0xFE, 0xFF, 0x00, 0x00, 0x00, 'A', 0x00, 0x01, 0xF6, 0x42}));
    REQUIRE(be.ok());
    CHECK(be->text == "A\U0001F642");
    CHECK(be->encoding == "UTF-32BE");
    CHECK(be->hadBom);
}

TEST_CASE("decodeText refuses truncated or malformed UTF-16 after a BOM", "[text][charset]")
{
    const auto odd = decodeText(bytes({0xFF, 0xFE, 'a', 0x00, 'b'}));
    REQUIRE_FALSE(odd.ok());
    CHECK(odd.error().code == ErrorCode::BadFormat);
    CHECK_THAT(odd.error().message,
            Contains("not valid UTF-16LE (it ends in the middle of a character)")
                    && Contains("--encoding"));

    const auto loneSurrogate = decodeText(bytes({0xFF, 0xFE, 0x3D, 0xD8, 'a', 0x00}));
    REQUIRE_FALSE(loneSurrogate.ok());
    CHECK(loneSurrogate.error().code == ErrorCode::BadFormat);
    CHECK_THAT(loneSurrogate.error().message, Contains("UTF-16LE (invalid byte 0x3D at offset 2)"));
}

TEST_CASE("decodeText detects windows-1252 curly quotes and euro sign", "[text][charset]")
{
    // "café ‘quotes’ €" in windows-1252: 0x91/0x92 quotes and 0x80 euro are C1 in Latin-1
    const auto decoded = decodeText(bytes({0x63, 0x61, 0x66, 0xE9, 0x20, 0x91, 0x71, 0x75, 0x6F,
            0x74, 0x65, 0x73, 0x92, 0x20, 0x80}));
    REQUIRE(decoded.ok());
    CHECK(decoded->text == "caf\u00e9 \u2018quotes\u2019 \u20ac");
    CHECK(decoded->encoding == "windows-1252");
    CHECK_FALSE(decoded->hadBom);
}

TEST_CASE("decodeText decodes ISO-8859-1 German text", "[text][charset]")
{
    // "Größe, Maße und Übermut" in ISO-8859-1
    const auto decoded = decodeText(bytes({0x47, 0x72, 0xF6, 0xDF, 0x65, 0x2C, 0x20, 0x4D, 0x61,
            0xDF, 0x65, 0x20, 0x75, 0x6E, 0x64, 0x20, 0xDC, 0x62, 0x65, 0x72, 0x6D, 0x75, 0x74}));
    REQUIRE(decoded.ok());
    CHECK(decoded->text == "Gr\u00f6\u00dfe, Ma\u00dfe und \u00dcbermut");
    // Latin-1 and windows-1252 agree on these bytes; either name is right.
    const bool latin = decoded->encoding == "ISO-8859-1" || decoded->encoding == "windows-1252";
    CHECK(latin);
}

TEST_CASE("decodeText detects a windows-1251 Russian text", "[text][charset]")
{
    // Three sentences of Russian in windows-1251: enough for ICU's detector to be confident.
    // clang-format off
    const auto decoded = decodeText(bytes({
        0xC2, 0xF7, 0xE5, 0xF0, 0xE0, 0x20, 0xF3, 0xF7, 0xE0, 0xF1, 0xF2, 0xED,
        0xE8, 0xEA, 0xE8, 0x20, 0xE8, 0xF1, 0xF1, 0xEB, 0xE5, 0xE4, 0xEE, 0xE2,
        0xE0, 0xED, 0xE8, 0xFF, 0x20, 0xF0, 0xE0, 0xF1, 0xF1, 0xEA, 0xE0, 0xE7,
        0xE0, 0xEB, 0xE8, 0x20, 0xEE, 0x20, 0xF1, 0xE2, 0xEE, 0xE5, 0xE9, 0x20,
        0xF0, 0xE0, 0xE1, 0xEE, 0xF2, 0xE5, 0x2C, 0x20, 0xEE, 0x20, 0xF1, 0xE5,
        0xEC, 0xFC, 0xE5, 0x20, 0xE8, 0x20, 0xEE, 0x20, 0xF2, 0xEE, 0xEC, 0x2C,
        0x20, 0xF7, 0xF2, 0xEE, 0x20, 0xE4, 0xEB, 0xFF, 0x20, 0xED, 0xE8, 0xF5,
        0x20, 0xE2, 0xE0, 0xE6, 0xED, 0xEE, 0x20, 0xE2, 0x20, 0xE6, 0xE8, 0xE7,
        0xED, 0xE8, 0x2E, 0x20, 0xCC, 0xED, 0xEE, 0xE3, 0xE8, 0xE5, 0x20, 0xE3,
        0xEE, 0xE2, 0xEE, 0xF0, 0xE8, 0xEB, 0xE8, 0x2C, 0x20, 0xF7, 0xF2, 0xEE,
        0x20, 0xE8, 0xEC, 0x20, 0xED, 0xE5, 0x20, 0xF5, 0xE2, 0xE0, 0xF2, 0xE0,
        0xE5, 0xF2, 0x20, 0xE2, 0xF0, 0xE5, 0xEC, 0xE5, 0xED, 0xE8, 0x20, 0xED,
        0xE0, 0x20, 0xEE, 0xF2, 0xE4, 0xFB, 0xF5, 0x20, 0xE8, 0x20, 0xED, 0xE0,
        0x20, 0xEE, 0xE1, 0xF9, 0xE5, 0xED, 0xE8, 0xE5, 0x20, 0xF1, 0x20, 0xE4,
        0xF0, 0xF3, 0xE7, 0xFC, 0xFF, 0xEC, 0xE8, 0x2E, 0x20, 0xCE, 0xE4, 0xED,
        0xE0, 0x20, 0xF3, 0xF7, 0xE0, 0xF1, 0xF2, 0xED, 0xE8, 0xF6, 0xE0, 0x20,
        0xF1, 0xEA, 0xE0, 0xE7, 0xE0, 0xEB, 0xE0, 0x2C, 0x20, 0xF7, 0xF2, 0xEE,
        0x20, 0xEF, 0xEE, 0xF1, 0xEB, 0xE5, 0x20, 0xEF, 0xE5, 0xF0, 0xE5, 0xE5,
        0xE7, 0xE4, 0xE0, 0x20, 0xE2, 0x20, 0xE3, 0xEE, 0xF0, 0xEE, 0xE4, 0x20,
        0xEE, 0xED, 0xE0, 0x20, 0xF7, 0xF3, 0xE2, 0xF1, 0xF2, 0xE2, 0xEE, 0xE2,
        0xE0, 0xEB, 0xE0, 0x20, 0xF1, 0xE5, 0xE1, 0xFF, 0x20, 0xEE, 0xE4, 0xE8,
        0xED, 0xEE, 0xEA, 0xEE, 0xE9, 0x2E,
    }));
    // clang-format on
    REQUIRE(decoded.ok());
    CHECK(decoded->encoding == "windows-1251");
    CHECK(decoded->text
            == "Вчера участники исследования рассказали о своей работе, о "
               "семье и о том, что для них важно в жизни. Многие говорили, "
               "что им не хватает времени на отдых и на общение с друзьями. "
               "Одна участница сказала, что после переезда в город она "
               "чувствовала себя одинокой.");
}

TEST_CASE("decodeText detects a Shift_JIS Japanese text", "[text][charset]")
{
    // "日本語のテキストです。これはシフトJISで書かれた文章の例です。"
    // clang-format off
    const auto decoded = decodeText(bytes({
        0x93, 0xFA, 0x96, 0x7B, 0x8C, 0xEA, 0x82, 0xCC, 0x83, 0x65, 0x83, 0x4C,
        0x83, 0x58, 0x83, 0x67, 0x82, 0xC5, 0x82, 0xB7, 0x81, 0x42, 0x82, 0xB1,
        0x82, 0xEA, 0x82, 0xCD, 0x83, 0x56, 0x83, 0x74, 0x83, 0x67, 0x4A, 0x49,
        0x53, 0x82, 0xC5, 0x8F, 0x91, 0x82, 0xA9, 0x82, 0xEA, 0x82, 0xBD, 0x95,
        0xB6, 0x8F, 0xCD, 0x82, 0xCC, 0x97, 0xE1, 0x82, 0xC5, 0x82, 0xB7, 0x81,
        0x42,
    }));
    // clang-format on
    REQUIRE(decoded.ok());
    CHECK(decoded->encoding == "Shift_JIS");
    CHECK(decoded->text
            == "\u65e5\u672c\u8a9e\u306e\u30c6\u30ad\u30b9\u30c8\u3067\u3059\u3002\u3053\u308c"
               "\u306f\u30b7\u30d5\u30c8JIS\u3067\u66f8\u304b\u308c\u305f\u6587\u7ae0\u306e\u4f8b"
               "\u3067\u3059\u3002");
}

TEST_CASE("decodeText falls back to windows-1252 for short non-UTF-8 text", "[text][charset]")
{
    const auto decoded = decodeText(bytes({'c', 'a', 'f', 0xE9}));
    REQUIRE(decoded.ok());
    CHECK(decoded->text == "caf\u00e9");
}

TEST_CASE("decodeText refuses invalid UTF-8 after a UTF-8 BOM", "[text][charset]")
{
    const auto decoded = decodeText(bytes({0xEF, 0xBB, 0xBF, 'o', 'k', 0xE9, '!'}));
    REQUIRE_FALSE(decoded.ok());
    CHECK(decoded.error().code == ErrorCode::BadFormat);
    // the offset counts from the start of the file, BOM included
    CHECK_THAT(decoded.error().message,
            Contains("not valid UTF-8 (invalid byte 0xE9 at offset 5)") && Contains("--encoding"));
}

TEST_CASE("decodeText refuses a PNG header as binary", "[text][charset]")
{
    const std::string png = bytes({0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00,
            0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x01, 0x00});
    const auto decoded = decodeText(png);
    REQUIRE_FALSE(decoded.ok());
    CHECK(decoded.error().code == ErrorCode::BadFormat);
    CHECK_THAT(decoded.error().message, Contains("binary") && Contains(".docx/.pdf"));

    // an override of a single-byte encoding does not make binary data text
    const auto forced = decodeText(png, "windows-1252");
    REQUIRE_FALSE(forced.ok());
    CHECK(forced.error().code == ErrorCode::BadFormat);
    CHECK_THAT(forced.error().message, Contains("binary"));
}

TEST_CASE("decodeText refuses text with many control bytes as binary", "[text][charset]")
{
    std::string noisy;
    for (int i = 0; i < 100; ++i)
        noisy += (i % 5 == 0) ? std::string("\x01\x02") : std::string("abcd");
    const auto decoded = decodeText(noisy);
    REQUIRE_FALSE(decoded.ok());
    CHECK(decoded.error().code == ErrorCode::BadFormat);
    CHECK_THAT(decoded.error().message, Contains("control characters"));
}

TEST_CASE("decodeText accepts tabs, line ends, form feeds and a few other controls",
        "[text][charset]")
{
    std::string text;
    for (int i = 0; i < 50; ++i)
        text += "col\tcol\r\nline\f";
    text += "\x1b"; // one stray ESC is far below 10%
    const auto decoded = decodeText(text);
    REQUIRE(decoded.ok());
    CHECK(decoded->text == text);
}

TEST_CASE("decodeText sniffs only the first 64 KiB for binary data", "[text][charset]")
{
    std::string text(70 * 1024, 'a');
    text[69 * 1024] = '\0';
    const auto decoded = decodeText(text);
    REQUIRE(decoded.ok());
    CHECK(decoded->text.size() == text.size()); // the NUL is toStoredText's to drop
}

TEST_CASE("decodeText refuses UTF-16 without a BOM unless told", "[text][charset]")
{
    const std::string utf16le = bytes({'H', 0x00, 'i', 0x00, 0xE9, 0x00});
    const auto guessed = decodeText(utf16le);
    REQUIRE_FALSE(guessed.ok());
    CHECK(guessed.error().code == ErrorCode::BadFormat);
    CHECK_THAT(guessed.error().message, Contains("binary"));

    const auto told = decodeText(utf16le, "UTF-16LE");
    REQUIRE(told.ok());
    CHECK(told->text == "Hi\u00e9");
    CHECK(told->encoding == "UTF-16LE");
    CHECK_FALSE(told->hadBom);
}

TEST_CASE("decodeText override beats detection", "[text][charset]")
{
    // 0xA4 is the euro sign in ISO-8859-15 and the currency sign in ISO-8859-1
    const std::string price = bytes({'5', 0x20, 0xA4});
    const auto latin9 = decodeText(price, "ISO-8859-15");
    REQUIRE(latin9.ok());
    CHECK(latin9->text == "5 \u20ac");
    CHECK(latin9->encoding == "ISO-8859-15");

    const auto latin1 = decodeText(price, "latin1");
    REQUIRE(latin1.ok());
    CHECK(latin1->text == "5 \u00a4");
    CHECK(latin1->encoding == "ISO-8859-1");

    // valid UTF-8 read as windows-1252 on request: mojibake, but what was asked for
    const auto forced = decodeText("\u00e9", "windows-1252");
    REQUIRE(forced.ok());
    CHECK(forced->text == "\u00c3\u00a9");
    CHECK(forced->encoding == "windows-1252");
}

TEST_CASE("decodeText override names are case- and punctuation-tolerant", "[text][charset]")
{
    for (const char *name : {"utf-8", "UTF8", "utf_8"}) {
        INFO(name);
        const auto decoded = decodeText("\u00e9", name);
        REQUIRE(decoded.ok());
        CHECK(decoded->encoding == "UTF-8");
        CHECK(decoded->text == "\u00e9");
    }
    const auto cp1252 = decodeText(bytes({0x80}), "cp1252");
    REQUIRE(cp1252.ok());
    CHECK(cp1252->text == "\u20ac");
    CHECK(cp1252->encoding == "windows-1252");
}

TEST_CASE("decodeText override keeps a matching BOM out of the text", "[text][charset]")
{
    const std::string withBom = bytes({0xFF, 0xFE, 'o', 0x00, 'k', 0x00});
    const auto exact = decodeText(withBom, "UTF-16LE");
    REQUIRE(exact.ok());
    CHECK(exact->text == "ok");
    CHECK(exact->hadBom);

    const auto generic = decodeText(withBom, "UTF-16");
    REQUIRE(generic.ok());
    CHECK(generic->text == "ok");
    CHECK(generic->encoding == "UTF-16LE");
    CHECK(generic->hadBom);

    const auto utf8 = decodeText(bytes({0xEF, 0xBB, 0xBF, 'x'}), "UTF-8");
    REQUIRE(utf8.ok());
    CHECK(utf8->text == "x");
    CHECK(utf8->hadBom);
}

TEST_CASE("decodeText rejects an unknown encoding override", "[text][charset]")
{
    const auto decoded = decodeText("text", "klingon-8");
    REQUIRE_FALSE(decoded.ok());
    CHECK(decoded.error().code == ErrorCode::InvalidArgument);
    CHECK(decoded.error().message
            == "unknown encoding 'klingon-8'; use a name such as UTF-8, UTF-16LE, windows-1252, "
               "ISO-8859-15");
}

TEST_CASE("decodeText reports which declared encoding failed and where", "[text][charset]")
{
    const auto utf8 = decodeText(bytes({'c', 'a', 'f', 0xE9, '!'}), "UTF-8");
    REQUIRE_FALSE(utf8.ok());
    CHECK(utf8.error().code == ErrorCode::BadFormat);
    CHECK_THAT(utf8.error().message,
            Contains("not valid UTF-8 (invalid byte 0xE9 at offset 3)") && Contains("--encoding"));

    const auto ascii = decodeText(bytes({'a', 'b', 0xE9}), "US-ASCII");
    REQUIRE_FALSE(ascii.ok());
    CHECK(ascii.error().code == ErrorCode::BadFormat);
    CHECK_THAT(
            ascii.error().message, Contains("not valid US-ASCII (invalid byte 0xE9 at offset 2)"));

    // Shift_JIS lead byte 0x82 with its trail byte missing
    const auto sjis = decodeText(bytes({0x82, 0xA0, 'x', 0x82}), "Shift_JIS");
    REQUIRE_FALSE(sjis.ok());
    CHECK(sjis.error().code == ErrorCode::BadFormat);
    CHECK_THAT(sjis.error().message,
            Contains("not valid Shift_JIS (it ends in the middle of a character)")
                    && Contains("--encoding"));

    const auto truncated = decodeText(bytes({'a', 0xE6, 0xBC}), "UTF-8");
    REQUIRE_FALSE(truncated.ok());
    CHECK_THAT(truncated.error().message,
            Contains("not valid UTF-8 (it ends in the middle of a character)"));
}
