// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/htmlreader.h"

#include "core/text/normalize.h"

#include <catch2/catch.hpp>

#include <string>

using weft::ErrorCode;
using weft::core::HtmlReader;
using weft::core::ImportOptions;

namespace {

std::string readHtml(const std::string &html)
{
    const auto doc = HtmlReader().read(html, ImportOptions{});
    INFO(html);
    REQUIRE(doc.ok());
    return doc->text;
}

/// UTF-16LE bytes with a BOM for an ASCII/BMP/astral UTF-8 test string.
std::string utf16LeWithBom(const std::u16string &text)
{
    std::string out = "\xFF\xFE";
    for (const char16_t unit : text) {
        out.push_back(static_cast<char>(unit & 0xFF));
        out.push_back(static_cast<char>(unit >> 8));
    }
    return out;
}

} // namespace

TEST_CASE("HtmlReader keeps visible text and drops scripts, styles and the head", "[html]")
{
    const std::string html
            = "<!DOCTYPE html><html><head><title>Tab title</title>"
              "<style>p { color: red; }</style>"
              "<script>var x = \"<p>not text</p>\";</script></head>"
              "<body><h1>Findings</h1>\n<p>First   para\ngraph with <b>bold</b> and "
              "<i>italic</i>.</p><noscript>Enable JavaScript</noscript>"
              "<template><p>template</p></template><svg><text>chart label</text></svg>"
              "<iframe src=\"x\">frame</iframe><p hidden>hidden paragraph</p>"
              "<div>Div text<script>document.write('x')</script></div>"
              "<ul><li>one</li><li>two</li></ul><!-- a comment --></body></html>";
    CHECK(readHtml(html) == "Findings\nFirst para graph with bold and italic.\nDiv text\none\ntwo");
}

TEST_CASE("HtmlReader reads Word's HTML export", "[html]")
{
    const std::string html
            = "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head><meta "
              "http-equiv=Content-Type content=\"text/html; charset=windows-1252\">"
              "<style><!-- p.MsoNormal {margin:0cm} --></style></head><body lang=EN-GB>"
              "<div class=WordSection1><p class=MsoNormal>Interview with P03<o:p></o:p></p>"
              "<p class=MsoListParagraph><![if !supportLists]><span>\xb7<span>&nbsp;&nbsp; "
              "</span></span><![endif]>First point</p>"
              "<!--[if gte mso 9]><xml><o:shapedefaults/></xml><![endif]-->"
              "<p class=MsoNormal>Caf\xe9 \x96 done</p></div></body></html>";
    const auto doc = HtmlReader().read(html, ImportOptions{});
    REQUIRE(doc.ok());
    CHECK(doc->text == "Interview with P03\n\u00b7\u00a0\u00a0 First point\nCaf\u00e9 \u2013 done");
}

TEST_CASE("HtmlReader decodes entities", "[html]")
{
    CHECK(readHtml("<p>caf&eacute; &amp; &lt;tag&gt; &#8212; &#x1F642; &quot;q&quot; "
                   "&nbsp;x&hellip;</p>")
            == "caf\u00e9 & <tag> \u2014 \U0001F642 \"q\" \u00a0x\u2026");
}

TEST_CASE("HtmlReader turns tables into tab-separated rows", "[html]")
{
    const std::string html = "<p>Before</p><table><thead><tr><th>Name</th><th> Age </th></tr>"
                             "</thead><tbody><tr><td>Ann</td><td><p>34</p></td></tr>"
                             "<tr><td></td><td>only second</td></tr>"
                             "<tr><td>multi<br>line</td><td>x</td></tr></tbody></table>"
                             "<p>After</p>";
    CHECK(readHtml(html) == "Before\nName\tAge\nAnn\t34\n\tonly second\nmulti line\tx\nAfter");
}

TEST_CASE("HtmlReader keeps line breaks and preformatted text", "[html]")
{
    CHECK(readHtml("<p>line one<br>line two<br><br>line four</p><p>next</p>")
            == "line one\nline two\n\nline four\nnext");
    CHECK(readHtml("<p>a</p><pre>  indented\n    more   spaces\n</pre><p>b</p>")
            == "a\n  indented\n    more   spaces\nb");
    CHECK(readHtml("Bare text\r\n  with CRLF <span>and</span><span> spans</span>")
            == "Bare text with CRLF and spans");
}

TEST_CASE("HtmlReader honours a meta charset", "[html]")
{
    SECTION("meta charset windows-1252")
    {
        const std::string html = "<html><head><meta charset=\"windows-1252\"></head><body>"
                                 "<p>caf\xe9 \x93quoted\x94 \x80 na\xefve</p></body></html>";
        const auto doc = HtmlReader().read(html, ImportOptions{});
        REQUIRE(doc.ok());
        CHECK(doc->text == "caf\u00e9 \u201cquoted\u201d \u20ac na\u00efve");
        CHECK(doc->encoding == "windows-1252");
    }
    SECTION("http-equiv ISO-8859-1 means windows-1252, as in browsers")
    {
        const std::string html = "<html><head><META HTTP-EQUIV=\"Content-Type\" "
                                 "CONTENT=\"text/html; charset=ISO-8859-1\"></head>"
                                 "<body>\x80 5 caf\xe9</body></html>";
        const auto doc = HtmlReader().read(html, ImportOptions{});
        REQUIRE(doc.ok());
        CHECK(doc->text == "\u20ac 5 caf\u00e9");
        CHECK(doc->encoding == "windows-1252");
    }
    SECTION("a declared charset is not applied twice by the parser")
    {
        const std::string html = "<meta charset=utf-8><p>Gr\u00fc\u00dfe \U0001F642</p>";
        const auto doc = HtmlReader().read(html, ImportOptions{});
        REQUIRE(doc.ok());
        CHECK(doc->text == "Gr\u00fc\u00dfe \U0001F642");
        CHECK(doc->encoding == "UTF-8");
    }
    SECTION("declared UTF-8 that is not UTF-8 is an error, not mojibake")
    {
        const auto doc
                = HtmlReader().read("<meta charset=\"utf-8\"><p>caf\xe9</p>", ImportOptions{});
        REQUIRE_FALSE(doc.ok());
        CHECK(doc.error().code == ErrorCode::BadFormat);
    }
    SECTION("an unknown charset name falls back to detection")
    {
        CHECK(readHtml("<meta charset=\"x-no-such-charset\"><p>plain</p>") == "plain");
    }
    SECTION("--encoding overrides the meta charset")
    {
        ImportOptions options;
        options.encoding = "windows-1251";
        const auto doc
                = HtmlReader().read("<meta charset=\"windows-1252\"><p>\xcf\xf0</p>", options);
        REQUIRE(doc.ok());
        CHECK(doc->text == "\u041f\u0440");
    }
    SECTION("declaredCharset")
    {
        CHECK(HtmlReader::declaredCharset("<meta charset='Shift_JIS'>") == "shift_jis");
        CHECK(HtmlReader::declaredCharset("<meta\tcharset = \"latin1\" />") == "windows-1252");
        CHECK(HtmlReader::declaredCharset("<meta charset=\"utf-16\">") == "UTF-8");
        CHECK(HtmlReader::declaredCharset("<meta name=\"x\"><p>charset=foo</p>").empty());
        CHECK(HtmlReader::declaredCharset("<metadata charset=\"koi8-r\">").empty());
        CHECK(HtmlReader::declaredCharset("").empty());
    }
}

TEST_CASE("HtmlReader reads UTF-16 with a BOM", "[html]")
{
    const std::string bytes = utf16LeWithBom(
            u"<html><head><meta charset=\"iso-8859-1\"></head><body><p>Gr\u00fc\u00dfe "
            u"\U0001F642</p><p>\u65e5\u672c</p></body></html>");
    const auto doc = HtmlReader().read(bytes, ImportOptions{});
    REQUIRE(doc.ok());
    CHECK(doc->text == "Gr\u00fc\u00dfe \U0001F642\n\u65e5\u672c");
    CHECK(doc->encoding == "UTF-16LE");
}

TEST_CASE("HtmlReader stores NFC text", "[html]")
{
    const std::string text = readHtml("<p>Zoe\u0308 cafe\u0301</p>");
    CHECK(text == "Zo\u00eb caf\u00e9");
}

TEST_CASE("HtmlReader survives hostile and broken markup", "[html]")
{
    SECTION("unclosed and misnested tags")
    {
        CHECK(readHtml("<p><b>bold<i>both</b>italic") == "boldbothitalic");
        CHECK(readHtml("</p></div>stray closers<p") == "stray closers");
    }
    SECTION("nesting past libxml2's default depth limit loses nothing")
    {
        std::string html;
        for (int i = 0; i < 300; ++i)
            html += "<div>";
        html += "middle";
        for (int i = 0; i < 300; ++i)
            html += "</div>";
        CHECK(readHtml(html + "<p>after</p>") == "middle\nafter");
    }
    SECTION("very deep nesting")
    {
        std::string html;
        for (int i = 0; i < 100000; ++i)
            html += "<div><span>";
        CHECK(readHtml(html + "deep") == "deep");
    }
    SECTION("too many tags are refused before parsing")
    {
        std::string html;
        for (int i = 0; i < 2000001; ++i)
            html += "<b>";
        const auto doc = HtmlReader().read(html, ImportOptions{});
        REQUIRE_FALSE(doc.ok());
        CHECK(doc.error().code == ErrorCode::BadFormat);
        CHECK(doc.error().message.find("tags") != std::string::npos);
    }
    SECTION("binary data is refused")
    {
        const auto doc
                = HtmlReader().read(std::string("<p>\x00\x01\x02\x03</p>", 11), ImportOptions{});
        REQUIRE_FALSE(doc.ok());
        CHECK(doc.error().code == ErrorCode::BadFormat);
    }
    SECTION("empty and blank files are empty documents")
    {
        CHECK(readHtml("").empty());
        CHECK(readHtml(" \n\t").empty());
        CHECK(readHtml("<html><head><title>only a title</title></head></html>").empty());
    }
    SECTION("external entities and network resources are never fetched")
    {
        const std::string html = "<!DOCTYPE html [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                                 "<p>a&xxe;b</p><img src=\"http://127.0.0.1:1/x.png\">";
        const std::string text = readHtml(html);
        CHECK(text.find("root:") == std::string::npos);
    }
}
