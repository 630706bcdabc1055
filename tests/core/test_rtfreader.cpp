// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/rtfreader.h"

#include "core/text/normalize.h"
#include "pdffixtures.h"

#include <catch2/catch.hpp>

#include <random>
#include <string>

using Catch::Matchers::Contains;
using weft::ErrorCode;
using weft::core::ImportOptions;
using weft::core::RtfReader;

namespace {

std::string readRtf(const std::string &rtf)
{
    const auto doc = RtfReader().read(rtf, ImportOptions{});
    INFO(rtf);
    REQUIRE(doc.ok());
    return doc->text;
}

} // namespace

TEST_CASE("RtfReader reads paragraphs, line breaks, tabs and skips the header tables", "[rtf]")
{
    const std::string rtf = R"({\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss\fcharset0 Arial;})"
                            R"({\f1\froman Times New Roman;}}{\colortbl;\red255\green0\blue0;})"
                            R"({\stylesheet{\s0 Normal;}}{\*\generator Riched20 10.0;})"
                            R"({\info{\title Secret title}{\author Someone}})"
                            R"(\viewkind4\uc1\pard\f0\fs22 Hello, caf\'e9 {\b world}!\par)"
                            "\r\n"
                            R"(Second line\line after a break\tab tabbed\par})";
    const auto doc = RtfReader().read(rtf, ImportOptions{});
    REQUIRE(doc.ok());
    CHECK(doc->text == "Hello, caf\u00e9 world!\nSecond line\nafter a break\ttabbed\n");
    CHECK(doc->encoding == "windows-1252");
}

TEST_CASE("RtfReader decodes \\uN with surrogate pairs and skips \\ucN fallbacks", "[rtf]")
{
    // U+1F600 is \u-10179 \u-8704 (0xD83D 0xDE00 as signed 16-bit numbers)
    CHECK(readRtf(R"({\rtf1\ansi\uc1 Smile \u-10179?\u-8704? and \u8364? euro})")
            == "Smile \U0001F600 and \u20ac euro");
    // \uc2: two fallback characters, a \'hh counting as one
    CHECK(readRtf(R"({\rtf1\ansi{\uc2\u955\'e1\'eb lambda}\u955?x})") == "\u03bb lambda\u03bbx");
    // \uc0: no fallback at all
    CHECK(readRtf(R"({\rtf1\ansi\uc0\u252 ber})") == "\u00fcber");
    // a fallback ends at a group boundary
    CHECK(readRtf(R"({\rtf1\ansi\uc3{\u8217}tail})") == "\u2019tail");
    // positive values above 32767 are written as they are by some tools
    CHECK(readRtf(R"({\rtf1\ansi\u55357?\u56832?})") == "\U0001F600");
    // a lone surrogate is shown as U+FFFD, never dropped
    CHECK(readRtf(R"({\rtf1\ansi\u-10179?x\u-8704?y})") == "\ufffdx\ufffdy");
}

TEST_CASE("RtfReader decodes \\'hh in the font's code page", "[rtf]")
{
    SECTION("\\fcharset204 font in an ANSI 1252 document")
    {
        const std::string rtf
                = R"({\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman\fcharset0 Times;})"
                  R"({\f1\fswiss\fcharset204 Arial;}})"
                  R"({\f1\'cf\'f0\'e8\'e2\'e5\'f2} caf\'e9 \f1\'e4\'e0\f0  \'e4\par})";
        CHECK(readRtf(rtf)
                == "\u041f\u0440\u0438\u0432\u0435\u0442 caf\u00e9 \u0434\u0430 \u00e4\n");
    }
    SECTION("\\ansicpg1251 without font charsets")
    {
        const auto doc = RtfReader().read(
                R"({\rtf1\ansi\ansicpg1251 \'cf\'f0\'e8\'e2\'e5\'f2})", ImportOptions{});
        REQUIRE(doc.ok());
        CHECK(doc->text == "\u041f\u0440\u0438\u0432\u0435\u0442");
        CHECK(doc->encoding == "windows-1251");
    }
    SECTION("the default font's charset applies when no \\f is given")
    {
        CHECK(readRtf(R"({\rtf1\ansi\deff0{\fonttbl{\f0\fcharset238 Arial CE;}}\'9a\'e8})")
                == "\u0161\u010d");
    }
    SECTION("\\plain returns to the default font")
    {
        CHECK(readRtf(R"({\rtf1\ansi\deff0{\fonttbl{\f0\fcharset0 A;}{\f1\fcharset161 G;}})"
                      R"(\f1\'e1\plain\'e1})")
                == "\u03b1\u00e1");
    }
    SECTION("double-byte code pages: Shift-JIS with literal trail bytes, GBK, Big5")
    {
        CHECK(readRtf(R"({\rtf1\ansi\ansicpg932 \'93\'fa\'96\'7b \'83e\'83X\'83g})")
                == "\u65e5\u672c \u30c6\u30b9\u30c8");
        CHECK(readRtf(R"({\rtf1\ansi\deff0{\fonttbl{\f0\fcharset134 SimSun;}}\'d6\'d0\'ce\'c4})")
                == "\u4e2d\u6587");
        CHECK(readRtf(R"({\rtf1\ansi\ansicpg950 \'a4\'a4\'a4\'e5})") == "\u4e2d\u6587");
    }
    SECTION("\\cpg in the font table wins over \\fcharset")
    {
        CHECK(readRtf(R"({\rtf1\ansi{\fonttbl{\f0\fcharset0\cpg1253 X;}}\f0\'e1})") == "\u03b1");
    }
    SECTION("a byte that the code page does not map becomes U+FFFD")
    {
        CHECK(readRtf(R"({\rtf1\ansi\ansicpg932 a\'a0b})") == "a\ufffdb");
    }
}

TEST_CASE("RtfReader turns tables into tab-separated lines", "[rtf]")
{
    const std::string rtf
            = R"({\rtf1\ansi\deff0)"
              R"(\trowd\trgaph108\cellx2000\cellx4000\pard\intbl Name\cell Age\cell\row)"
              R"(\trowd\trgaph108\cellx2000\cellx4000\pard\intbl Ann\cell 34\cell\row)"
              R"(\trowd\cellx2000\cellx4000\pard\intbl\cell empty first\cell\row)"
              R"(\pard After the table\par})";
    CHECK(readRtf(rtf) == "Name\tAge\nAnn\t34\n\tempty first\nAfter the table\n");
}

TEST_CASE("RtfReader keeps field results and drops field instructions", "[rtf]")
{
    CHECK(readRtf(R"({\rtf1\ansi See {\field{\*\fldinst{HYPERLINK "http://example.org"}})"
                  R"({\fldrslt{\ul the site}}} now.})")
            == "See the site now.");
    CHECK(readRtf(R"({\rtf1\ansi Page {\field{\fldinst PAGE}{\fldrslt 3}} of 9})")
            == "Page 3 of 9");
}

TEST_CASE("RtfReader skips destinations, hidden text and binary data", "[rtf]")
{
    SECTION("unknown \\* destinations with nested groups")
    {
        CHECK(readRtf(R"({\rtf1\ansi A{\*\unknowndest{nested {deeper} text}\par more}B})") == "AB");
    }
    SECTION("headers, footers, pictures, objects and annotations")
    {
        const std::string rtf = R"({\rtf1\ansi{\header\pard Header text\par}{\footer Footer}Body )"
                                R"({\pict\pngblip\picw10 89504e470d0a1a0a}{\object\objemb)"
                                R"({\*\objclass Paint}{\*\objdata 0102}{\result Result text}} )"
                                R"({\*\atnid JD}{\*\annotation{\*\atndate 1}A comment}end})";
        CHECK(readRtf(rtf) == "Body Result text end");
    }
    SECTION("\\upr keeps the Unicode \\ud copy, not the ANSI one")
    {
        CHECK(readRtf(R"({\rtf1\ansi{\upr{ansi copy}{\*\ud{uni\u9786?}}}})") == "uni\u263a");
    }
    SECTION("hidden text")
    {
        CHECK(readRtf(R"({\rtf1\ansi visible {\v hidden }shown \v gone\v0 back})")
                == "visible shown back");
    }
    SECTION("\\binN data is never tokenised")
    {
        CHECK(readRtf("{\\rtf1\\ansi a{\\pict\\bin5 {{\\}x}b}") == "ab");
    }
    SECTION("footnotes are appended after the body")
    {
        const std::string rtf
                = R"({\rtf1\ansi Body text{\super\chftn}{\footnote\pard\plain)"
                  R"({\super\chftn} First note.}.\par More{\footnote Second note.}\par})";
        CHECK(readRtf(rtf) == "Body text.\nMore\n\nFirst note.\nSecond note.");
    }
}

TEST_CASE("RtfReader maps special characters and control symbols", "[rtf]")
{
    CHECK(readRtf(R"({\rtf1\ansi\emdash\endash\lquote x\rquote\ldblquote y\rdblquote\bullet )"
                  R"( a\~b\_c\-d \{braces\} back\\slash})")
            == "\u2014\u2013\u2018x\u2019\u201cy\u201d\u2022 a\u00a0b\u2011cd {braces} "
               "back\\slash");
    // "\<newline>" is an old spelling of \par; raw line breaks in the file are not text
    CHECK(readRtf("{\\rtf1\\ansi one\\\ntwo\r\nthree}") == "one\ntwothree");
}

TEST_CASE("RtfReader refuses input that is not RTF", "[rtf]")
{
    for (const std::string &input :
            {std::string(), std::string("Hello world"), std::string("{\\rtx1 no}"),
                    std::string("\x00\x01\x02", 3), std::string("<html>{\\rtf1 }</html>")}) {
        const auto doc = RtfReader().read(input, ImportOptions{});
        REQUIRE_FALSE(doc.ok());
        CHECK(doc.error().code == ErrorCode::BadFormat);
        CHECK_THAT(doc.error().message, Contains("not RTF"));
    }
    // leading white space and a UTF-8 BOM are tolerated
    CHECK(readRtf("\xEF\xBB\xBF \r\n{\\rtf1 ok}") == "ok");
}

TEST_CASE("RtfReader survives hostile and broken input", "[rtf]")
{
    SECTION("unbalanced braces: text after the outer group is ignored, missing ones forgiven")
    {
        CHECK(readRtf(R"({\rtf1 a}}}b{)") == "a");
        CHECK(readRtf(R"({\rtf1 a{\b bold{\i both)") == "aboldboth");
    }
    SECTION("nesting deeper than the cap is refused, up to it is fine")
    {
        const std::string deep = "{\\rtf1 " + std::string(5000, '{') + "x";
        const auto doc = RtfReader().read(deep, ImportOptions{});
        REQUIRE_FALSE(doc.ok());
        CHECK(doc.error().code == ErrorCode::BadFormat);
        CHECK_THAT(doc.error().message, Contains("1000"));

        const int depth = RtfReader::kMaxGroupDepth - 1;
        const std::string ok = "{\\rtf1 " + std::string(static_cast<std::size_t>(depth), '{') + "x"
                + std::string(static_cast<std::size_t>(depth), '}') + "}";
        CHECK(readRtf(ok) == "x");
    }
    SECTION("huge and negative numbers are clamped")
    {
        CHECK(readRtf(R"({\rtf1\ansi\u99999999999999999999999?a\u-99999999999999? b})")
                == "\ufffda\ufffd b");
        CHECK(readRtf(R"({\rtf1\ansi\uc99999999999\u8364 abcdefghijklmnopqrstuvwxyz0123456789})")
                == "\u20acqrstuvwxyz0123456789");
        CHECK(readRtf(R"({\rtf1\ansi\f-99999999999 x\ansicpg-5 y\ansicpg99999 z\fs999999999999 w})")
                == "xyzw");
        CHECK(readRtf(R"({\rtf1\ansi a\bin99999999999999 bcdef})") == "a");
        CHECK(readRtf(R"({\rtf1\ansi a\bin-5 b})") == "ab");
        CHECK(readRtf("{\\rtf1\\ansi \\" + std::string(100, 'x') + " after}") == "after");
    }
    SECTION("truncated anywhere")
    {
        for (const std::string rtf :
                {R"({\rtf1 abc\'e)", R"({\rtf1 abc\)", R"({\rtf1 abc\u)", R"({\rtf1 abc\u-)",
                        R"({\rtf1 abc\uc)", R"({\rtf1 abc\*)", R"({\rtf1 abc{\*\fldinst)"}) {
            CHECK(readRtf(rtf) == "abc");
        }
        CHECK(readRtf(R"({\rtf1)").empty());
    }
}

TEST_CASE("RtfReader always yields valid stored text for random token soup", "[rtf]")
{
    static const std::vector<std::string> tokens{"{", "}", "\\par ", "\\u-10179", "\\u-8704", "?",
            "\\'e9", "\\'8", "\\'", "\\uc2", "\\uc0", "\\*", "\\fonttbl", "\\f1", "\\fcharset128",
            "\\ansicpg932", "\\'83", "\\bin3 ", "\\fldrslt", "\\fldinst", "\\footnote", "\\upr",
            "\\ud", "\\v", "\\v0", "\\cell", "\\row", "text ", "\xff\xfe", "\\\\", "\\{", "\\u",
            "\\plain", "\\tab", "\\-", "\\~", "\\emdash", "\\object", "\\result", "\\pict", "9",
            "-", "\r\n"};
    std::mt19937 random(20240611);
    for (int round = 0; round < 3000; ++round) {
        std::string rtf = "{\\rtf1";
        const int count = static_cast<int>(random() % 60);
        for (int i = 0; i < count; ++i)
            rtf += tokens[random() % tokens.size()];
        const auto doc = RtfReader().read(rtf, ImportOptions{});
        if (!doc.ok()) {
            CHECK(doc.error().code == ErrorCode::BadFormat);
            continue;
        }
        INFO(rtf);
        REQUIRE(weft::core::text::isValidUtf8(doc->text));
        REQUIRE(weft::core::text::toStoredText(doc->text) == doc->text);
    }
}

TEST_CASE("RtfReader reads LibreOffice RTF like the text it was made from", "[rtf][soffice]")
{
    using namespace weft::core::test;
    if (!haveProgram("soffice")) {
        WARN("soffice not found: skipping the LibreOffice RTF comparison "
             "(install libreoffice-writer-nogui)");
        return;
    }
    const std::string text
            = "Interview date: 2019-03-14\nParticipant: P03\n\n"
              "Interviewer: Thank you for joining. How was the program?\n\n"
              "P03: I joined in March; caf\u00e9 meetings \u2014 every week \u201cmattered\u201d.\n"
              "Gr\u00fc\u00dfe, \u041f\u0440\u0438\u0432\u0435\u0442, \u65e5\u672c\u8a9e, "
              "\U0001F642 and \u05e9\u05dc\u05d5\u05dd.\n\nInterviewer: Thanks.\n";
    ScratchDir dir;
    writeFile(dir.file("interview.txt"), text);
    const auto rtfPath = convertWithLibreOffice(dir.file("interview.txt"), "rtf", dir.path());
    REQUIRE_FALSE(rtfPath.empty());
    const auto doc = RtfReader().read(readFile(rtfPath), ImportOptions{});
    REQUIRE(doc.ok());
    CHECK(withoutWhitespace(doc->text) == withoutWhitespace(text));
    CHECK(doc->text.find("Participant: P03\n\nInterviewer:") != std::string::npos);
}
