// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/odtreader.h"

#include "zipfixtures.h"

#include <catch2/catch.hpp>

#include <string>

using namespace weft::core;
using namespace weft::core::test;
using Catch::Matchers::Contains;
using weft::ErrorCode;

namespace {

std::string readText(const std::string &bytes)
{
    auto doc = OdtReader().read(bytes, {});
    if (!doc.ok())
        FAIL("OdtReader failed: " << doc.error().message);
    CHECK(doc->encoding == "UTF-8");
    return doc->text;
}

weft::Error readError(const std::string &bytes)
{
    auto doc = OdtReader().read(bytes, {});
    if (doc.ok())
        FAIL("OdtReader accepted the input, text: " << doc->text);
    return doc.error();
}

} // namespace

TEST_CASE("OdtReader turns paragraphs and headings into lines with ODF spaces, tabs, breaks",
          "[odt]")
{
    CHECK(OdtReader().extensions() == std::vector<std::string>{"odt"});
    const std::string content =
            "<text:sequence-decls><text:sequence-decl text:display-outline-level=\"0\" "
            "text:name=\"Figure\"/></text:sequence-decls>"
            "<text:h text:outline-level=\"1\">Session one</text:h>\n"
            "  <text:p text:style-name=\"P1\">Name<text:tab/>Value</text:p>\n"
            "<text:p/>"
            "<text:p>Three<text:s text:c=\"3\"/>spaces and one<text:s/>more</text:p>"
            "<text:p>line one<text:line-break/>line two<text:soft-page-break/></text:p>"
            // XML white space collapses to one space, none at the ends of a paragraph.
            "<text:p>\n   Pretty   printed\n   <text:span text:style-name=\"T1\">span</text:span>"
            " <text:a xlink:href=\"https://example.org\" "
            "xmlns:xlink=\"http://www.w3.org/1999/xlink\">link</text:a>  \n</text:p>"
            "<text:p>a <text:s/>b</text:p>";
    CHECK(readText(makeOdtText(content)) ==
          "Session one\nName\tValue\n\nThree   spaces and one more\nline one\nline two\n"
          "Pretty printed span link\na  b");
}

TEST_CASE("OdtReader reads lists, sections and tables", "[odt]")
{
    const std::string content =
            "<text:list><text:list-item><text:p>First item</text:p>"
            "<text:list><text:list-item><text:p>Nested item</text:p></text:list-item></text:list>"
            "</text:list-item><text:list-item><text:number>2.</text:number><text:p>Second item</text:p>"
            "</text:list-item></text:list>"
            "<text:section text:name=\"S1\"><text:p>In a section</text:p></text:section>"
            "<table:table table:name=\"T\"><table:table-column table:number-columns-repeated=\"3\"/>"
            "<table:table-header-rows><table:table-row>"
            "<table:table-cell><text:p>Question</text:p></table:table-cell>"
            "<table:table-cell><text:p>Answer</text:p></table:table-cell>"
            "<table:table-cell><text:p>Note</text:p></table:table-cell>"
            "</table:table-row></table:table-header-rows>"
            "<table:table-row><table:table-cell table:number-columns-spanned=\"2\"><text:p>merged</text:p>"
            "</table:table-cell><table:covered-table-cell/>"
            "<table:table-cell><text:p>one</text:p><text:p>two</text:p></table:table-cell></table:table-row>"
            "<table:table-row><table:table-cell table:number-columns-repeated=\"3\"><text:p>same</text:p>"
            "</table:table-cell></table:table-row>"
            "</table:table><text:p>After</text:p>";
    CHECK(readText(makeOdtText(content)) ==
          "First item\nNested item\nSecond item\nIn a section\nQuestion\tAnswer\tNote\n"
          "merged\t\tone two\nsame\tsame\tsame\nAfter");
}

TEST_CASE("OdtReader drops tracked deletions and keeps insertions", "[odt]")
{
    const std::string content =
            "<text:tracked-changes>"
            "<text:changed-region xml:id=\"ct1\" text:id=\"ct1\"><text:deletion><office:change-info>"
            "<dc:creator xmlns:dc=\"http://purl.org/dc/elements/1.1/\">Ana</dc:creator>"
            "</office:change-info><text:p>never </text:p></text:deletion></text:changed-region>"
            "<text:changed-region xml:id=\"ct2\" text:id=\"ct2\"><text:insertion><office:change-info/>"
            "</text:insertion></text:changed-region>"
            "</text:tracked-changes>"
            "<text:p>We <text:change text:change-id=\"ct1\"/><text:change-start text:change-id=\"ct2\"/>"
            "always <text:change-end text:change-id=\"ct2\"/>met.</text:p>";
    CHECK(readText(makeOdtText(content)) == "We always met.");
}

TEST_CASE("OdtReader appends note bodies at the end, keeping the citation inline", "[odt]")
{
    const std::string content =
            "<text:p>Peer educators<text:note text:id=\"ftn1\" text:note-class=\"footnote\">"
            "<text:note-citation>1</text:note-citation><text:note-body>"
            "<text:p>First note.</text:p></text:note-body></text:note> met weekly"
            "<text:note text:id=\"ftn2\" text:note-class=\"footnote\">"
            "<text:note-citation text:label=\"*\">*</text:note-citation><text:note-body>"
            "<text:p>Starred note.</text:p></text:note-body></text:note>.</text:p>"
            "<text:p>See appendix<text:note text:id=\"edn1\" text:note-class=\"endnote\">"
            "<text:note-citation>i</text:note-citation><text:note-body><text:p>An endnote,</text:p>"
            "<text:p>two paragraphs.</text:p></text:note-body></text:note></text:p>";
    CHECK(readText(makeOdtText(content)) ==
          "Peer educators[1] met weekly[*].\nSee appendix[i]\n\n[1] First note.\n[*] Starred note.\n"
          "[i] An endnote,\ntwo paragraphs.");
}

TEST_CASE("OdtReader keeps every character: emoji, combining marks in NFC, RTL", "[odt]")
{
    const std::string content =
            "<text:p>Emoji \U0001F642\U0001F44D\U0001F3FD &amp; astral \U00020BB7</text:p>"
            "<text:p>cafe\u0301 nai\u0308ve</text:p>"
            "<text:p>\u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627 mixed</text:p>";
    CHECK(readText(makeOdtText(content)) ==
          "Emoji \U0001F642\U0001F44D\U0001F3FD & astral \U00020BB7\ncaf\u00e9 na\u00efve\n"
          "\u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627 mixed");
}

TEST_CASE("OdtReader skips comments and alternative text but reads text boxes", "[odt]")
{
    const std::string content =
            "<text:p>Before<office:annotation><dc:creator xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
            "Ana</dc:creator><text:p>A comment</text:p></office:annotation> after</text:p>"
            "<text:p><draw:frame draw:name=\"Frame1\"><svg:title>Alt title</svg:title>"
            "<svg:desc>Alt description</svg:desc><draw:text-box><text:p>Boxed</text:p>"
            "</draw:text-box></draw:frame>Host</text:p>"
            "<text:p>Ruby <text:ruby><text:ruby-base>\u6f22\u5b57</text:ruby-base>"
            "<text:ruby-text>\u304b\u3093\u3058</text:ruby-text></text:ruby></text:p>";
    CHECK(readText(makeOdtText(content)) == "Before after\nBoxed\nHost\nRuby \u6f22\u5b57");
}

TEST_CASE("OdtReader checks the mimetype and the manifest", "[odt]")
{
    SECTION("no mimetype entry is accepted")
    {
        CHECK(readText(makeOdt(odfContentXml("<text:p>ok</text:p>"), "")) == "ok");
    }
    SECTION("template and web variants of a text document are text")
    {
        CHECK(readText(makeOdt(odfContentXml("<text:p>web</text:p>"),
                               "application/vnd.oasis.opendocument.text-web")) == "web");
        CHECK(readText(makeOdt(odfContentXml("<text:p>template</text:p>"),
                               "application/vnd.oasis.opendocument.text-template")) == "template");
    }
    SECTION("a spreadsheet renamed to .odt")
    {
        const weft::Error error = readError(
                makeOdt(odfContentXml("<text:p>x</text:p>"), "application/vnd.oasis.opendocument.spreadsheet"));
        CHECK(error.code == ErrorCode::BadFormat);
        CHECK_THAT(error.message, Contains("spreadsheet") && Contains("not a text document"));
    }
    SECTION("a spreadsheet body without mimetype")
    {
        const std::string xml =
                "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\">"
                "<office:body><office:spreadsheet/></office:body></office:document-content>";
        const weft::Error error = readError(makeOdt(xml, ""));
        CHECK_THAT(error.message, Contains("spreadsheet") && Contains("not a text document"));
    }
    SECTION("a password-protected document")
    {
        const std::string bytes =
                ZipBuilder()
                        .addStored("mimetype", "application/vnd.oasis.opendocument.text")
                        .add("META-INF/manifest.xml",
                             "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
                             "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\">"
                             "<manifest:encryption-data manifest:checksum-type=\"SHA1/1K\"/>"
                             "</manifest:file-entry></manifest:manifest>")
                        .add("content.xml", std::string("\x8f\x01\xfe binary", 10))
                        .build();
        const weft::Error error = readError(bytes);
        CHECK(error.code == ErrorCode::BadFormat);
        CHECK_THAT(error.message, Contains("password-protected"));
    }
    SECTION("no content.xml")
    {
        const std::string bytes =
                ZipBuilder().addStored("mimetype", "application/vnd.oasis.opendocument.text").build();
        CHECK_THAT(readError(bytes).message, Contains("no content.xml"));
    }
}

TEST_CASE("OdtReader refuses hostile and broken input with one clear error", "[odt][hostile]")
{
    SECTION("a DTD with entities in content.xml")
    {
        const std::string xml =
                "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\">"
                "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>" +
                [] {
                    const std::string full = odfContentXml("<text:p>&b;</text:p>");
                    return full.substr(full.find("<office:"));
                }();
        const weft::Error error = readError(makeOdt(xml));
        CHECK(error.code == ErrorCode::BadFormat);
        CHECK_THAT(error.message, Contains("DTD") && Contains("content.xml"));
    }
    SECTION("an external entity in the manifest")
    {
        const std::string bytes =
                ZipBuilder()
                        .addStored("mimetype", "application/vnd.oasis.opendocument.text")
                        .add("META-INF/manifest.xml",
                             "<!DOCTYPE m [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><m>&x;</m>")
                        .add("content.xml", odfContentXml("<text:p>x</text:p>"))
                        .build();
        CHECK_THAT(readError(bytes).message, Contains("DTD") && Contains("manifest.xml"));
    }
    SECTION("a zip bomb content.xml")
    {
        const std::string bytes = ZipBuilder().addZeros("content.xml", 100u << 20).build();
        const weft::Error error = readError(bytes);
        CHECK(error.code == ErrorCode::BadFormat);
        CHECK_THAT(error.message, Contains(".odt") && Contains("zip bomb"));
    }
    SECTION("huge space counts stay bounded")
    {
        std::string content;
        for (int i = 0; i < 100; ++i)
            content += "<text:p>x<text:s text:c=\"2000000000\"/>y</text:p>";
        auto doc = OdtReader().read(makeOdtText(content), {});
        REQUIRE(doc.ok());
        CHECK(doc->text.size() < 200000);
    }
    SECTION("invalid UTF-8 in content.xml")
    {
        const weft::Error error = readError(makeOdt(odfContentXml("<text:p>\xC0\xAF</text:p>")));
        CHECK_THAT(error.message, Contains("not valid UTF-8"));
    }
    SECTION("truncated, not a zip, empty")
    {
        const std::string good = makeOdtText("<text:p>Hello</text:p>");
        CHECK_THAT(readError(truncated(good, good.size() / 2)).message, Contains("truncated or damaged"));
        CHECK(readError("just text").message ==
              "the file is not a valid .odt (not a zip archive); re-save it from LibreOffice Writer");
        CHECK(readError("").code == ErrorCode::BadFormat);
    }
}
