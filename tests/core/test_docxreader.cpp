// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/docxreader.h"
#include "core/import/odtreader.h"
#include "core/import/xlsxreader.h"

#include "zipfixtures.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

using namespace weft::core;
using namespace weft::core::test;
using Catch::Matchers::Contains;
using weft::ErrorCode;

namespace {

/// A paragraph of one run of preserved text.
std::string para(const std::string &text)
{
    return "<w:p><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
}

std::string readText(const std::string &bytes)
{
    auto doc = DocxReader().read(bytes, {});
    if (!doc.ok())
        FAIL("DocxReader failed: " << doc.error().message);
    CHECK(doc->encoding == "UTF-8");
    CHECK(doc->name.empty());
    CHECK(doc->format.empty());
    return doc->text;
}

weft::Error readError(const std::string &bytes)
{
    auto doc = DocxReader().read(bytes, {});
    if (doc.ok())
        FAIL("DocxReader accepted the input, text: " << doc->text);
    return doc.error();
}

/// Words separated by single spaces: how "the same text modulo whitespace" is compared.
std::string collapseWhitespace(const std::string &s)
{
    std::string out;
    bool space = false;
    for (char c : s) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            space = !out.empty();
            continue;
        }
        if (space)
            out.push_back(' ');
        space = false;
        out.push_back(c);
    }
    return out;
}

std::string fileBytes(const std::filesystem::path &path)
{
    std::string out(static_cast<std::size_t>(std::filesystem::file_size(path)), '\0');
    std::FILE *file = std::fopen(path.c_str(), "rb");
    if (!file)
        return {};
    out.resize(std::fread(out.data(), 1, out.size(), file));
    std::fclose(file);
    return out;
}

} // namespace

TEST_CASE("DocxReader turns paragraphs, tabs and breaks into lines", "[docx]")
{
    CHECK(DocxReader().extensions() == std::vector<std::string>{"docx"});
    const std::string body =
            para("First paragraph.") +
            "<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"720\"/></w:tabs></w:pPr>"
            "<w:r><w:t>Name</w:t><w:tab/><w:t>Value</w:t></w:r></w:p>"
            "<w:p/>" // an empty paragraph is an empty line
            "<w:p><w:r><w:t>line one</w:t><w:br/><w:t>line two</w:t><w:cr/>"
            "<w:t>line three</w:t></w:r></w:p>"
            "<w:p><w:r><w:t xml:space=\"preserve\">Split </w:t></w:r><w:r><w:rPr><w:b/></w:rPr>"
            "<w:t>across</w:t></w:r><w:r><w:t xml:space=\"preserve\"> runs</w:t></w:r>"
            "<w:r><w:t xml:space=\"preserve\"> </w:t></w:r></w:p>"
            "<w:p><w:r><w:t>   not preserved   </w:t></w:r></w:p>";
    CHECK(readText(makeDocxBody(body)) ==
          "First paragraph.\nName\tValue\n\nline one\nline two\nline three\nSplit across runs \n"
          "not preserved");
}

TEST_CASE("DocxReader writes each table row as one tab-separated line", "[docx]")
{
    const std::string table =
            "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr>"
            "<w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>"
            "<w:tr><w:tc>" + para("Question") + "</w:tc><w:tc>" + para("Answer") +
            "</w:tc><w:tc>" + para("Note") + "</w:tc></w:tr>"
            "<w:tr><w:tc><w:tcPr><w:tcW w:w=\"100\"/></w:tcPr>" + para("Q1") + "</w:tc><w:tc>" +
            para("first part") + para("second part") + "</w:tc><w:tc><w:p/></w:tc></w:tr>"
            "<w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr>" + para("merged") +
            "</w:tc><w:tc>" + para("last") + "</w:tc></w:tr>"
            "<w:tr><w:tc>" + para("outer") + "<w:tbl><w:tr><w:tc>" + para("inner a") +
            "</w:tc><w:tc>" + para("inner b") + "</w:tc></w:tr></w:tbl></w:tc><w:tc>" +
            para("x") + "</w:tc><w:tc>" + para("y") + "</w:tc></w:tr>"
            "</w:tbl>";
    CHECK(readText(makeDocxBody(para("Before") + table + para("After"))) ==
          "Before\nQuestion\tAnswer\tNote\nQ1\tfirst part second part\t\nmerged\t\tlast\n"
          "outer inner a inner b\tx\ty\nAfter");
}

TEST_CASE("DocxReader keeps tracked insertions and drops tracked deletions", "[docx]")
{
    const std::string rev = " w:author=\"Ana\" w:date=\"2024-01-01T00:00:00Z\"";
    const std::string body =
            "<w:p><w:r><w:t xml:space=\"preserve\">We </w:t></w:r>"
            "<w:del w:id=\"1\"" + rev + "><w:r><w:delText xml:space=\"preserve\">never </w:delText></w:r></w:del>"
            "<w:ins w:id=\"2\"" + rev + "><w:r><w:t xml:space=\"preserve\">always </w:t></w:r></w:ins>"
            "<w:r><w:t>met.</w:t></w:r></w:p>"
            // A moved sentence: kept where it went, gone from where it was.
            "<w:p><w:moveFrom w:id=\"3\"" + rev + "><w:r><w:t>Moved.</w:t></w:r></w:moveFrom>"
            "<w:r><w:t>Stays.</w:t></w:r></w:p>"
            "<w:p><w:moveTo w:id=\"4\"" + rev + "><w:r><w:t>Moved.</w:t></w:r></w:moveTo></w:p>"
            // A deleted paragraph mark joins the paragraph with the next one ...
            "<w:p><w:pPr><w:rPr><w:del w:id=\"5\"" + rev + "/></w:rPr></w:pPr>"
            "<w:r><w:t xml:space=\"preserve\">Joined </w:t></w:r></w:p>" + para("here.") +
            // ... and a wholly deleted paragraph vanishes.
            "<w:p><w:pPr><w:rPr><w:del w:id=\"6\"" + rev + "/></w:rPr></w:pPr>"
            "<w:del w:id=\"7\"" + rev + "><w:r><w:delText>Gone.</w:delText></w:r></w:del></w:p>" +
            para("End.") +
            "<w:tbl><w:tr>" "<w:tc>" + para("kept row") + "</w:tc></w:tr>"
            "<w:tr><w:trPr><w:del w:id=\"8\"" + rev + "/></w:trPr><w:tc>" + para("deleted row") +
            "</w:tc></w:tr></w:tbl>";
    CHECK(readText(makeDocxBody(body)) == "We always met.\nStays.\nMoved.\nJoined here.\nEnd.\nkept row");
}

TEST_CASE("DocxReader keeps the displayed result of fields, not their codes", "[docx]")
{
    const std::string body =
            "<w:p><w:r><w:t xml:space=\"preserve\">Page </w:t></w:r>"
            "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
            "<w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>"
            "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
            "<w:r><w:t>7</w:t></w:r>"
            "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
            "<w:r><w:t xml:space=\"preserve\"> of </w:t></w:r>"
            "<w:fldSimple w:instr=\" NUMPAGES \"><w:r><w:t>9</w:t></w:r></w:fldSimple></w:p>"
            // A nested field inside an instruction shows nothing; the outer result shows.
            "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
            "<w:r><w:instrText>IF </w:instrText></w:r>"
            "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>MERGEFIELD x</w:instrText></w:r>"
            "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>inner</w:t></w:r>"
            "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
            "<w:r><w:instrText> = 1 \"yes\"</w:instrText></w:r>"
            "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>yes</w:t></w:r>"
            "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>"
            // A hyperlink and a content control show their text.
            "<w:p><w:hyperlink r:id=\"rId9\"><w:r><w:t>link</w:t></w:r></w:hyperlink>"
            "<w:sdt><w:sdtPr><w:alias w:val=\"Name\"/></w:sdtPr><w:sdtContent><w:r>"
            "<w:t xml:space=\"preserve\"> control</w:t></w:r></w:sdtContent></w:sdt></w:p>";
    CHECK(readText(makeDocxBody(body)) == "Page 7 of 9\nyes\nlink control");
}

TEST_CASE("DocxReader appends footnotes and endnotes after a blank line", "[docx]")
{
    DocxFixture fixture;
    fixture.document = wordDocumentXml(
            "<w:p><w:r><w:t>Peer educators</w:t></w:r>"
            "<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteReference w:id=\"2\"/></w:r>"
            "<w:r><w:t xml:space=\"preserve\"> met weekly</w:t></w:r>"
            "<w:r><w:footnoteReference w:id=\"1\"/></w:r><w:r><w:t>.</w:t></w:r></w:p>" +
            para("Second paragraph") +
            "<w:p><w:r><w:t>See the appendix</w:t></w:r><w:r><w:endnoteReference w:id=\"1\"/></w:r></w:p>");
    const std::string noteRun = "<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteRef/></w:r>";
    fixture.footnotes = wordNotesXml(
            "footnote",
            "<w:footnote w:id=\"1\"><w:p>" + noteRun +
                    "<w:r><w:t xml:space=\"preserve\"> Second note.</w:t></w:r></w:p></w:footnote>"
                    "<w:footnote w:id=\"2\"><w:p>" + noteRun +
                    "<w:r><w:t xml:space=\"preserve\"> First note, </w:t></w:r></w:p><w:p>"
                    "<w:r><w:t>two paragraphs.</w:t></w:r></w:p></w:footnote>"
                    "<w:footnote w:id=\"3\"><w:p><w:r><w:t>Never referenced.</w:t></w:r></w:p></w:footnote>");
    fixture.endnotes = wordNotesXml(
            "endnote", "<w:endnote w:id=\"1\"><w:p><w:r><w:endnoteRef/></w:r>"
                       "<w:r><w:t xml:space=\"preserve\"> An endnote.</w:t></w:r></w:p></w:endnote>");
    CHECK(readText(makeDocx(fixture)) ==
          "Peer educators[1] met weekly[2].\nSecond paragraph\nSee the appendix[i]\n\n"
          "[1] First note, \ntwo paragraphs.\n[2] Second note.\n[i] An endnote.");
}

TEST_CASE("DocxReader keeps every character: emoji, combining marks in NFC, RTL", "[docx]")
{
    const std::string body =
            para("Emoji \U0001F642\U0001F44D\U0001F3FD and astral \U00020BB7") +
            para("cafe\u0301 nai\u0308ve") + // decomposed: stored NFC
            para("\u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627 mixed") +
            "<w:p><w:r><w:t>well</w:t><w:noBreakHyphen/><w:t>being</w:t><w:softHyphen/>"
            "<w:sym w:font=\"Symbol\" w:char=\"03A9\"/><w:t xml:space=\"preserve\"> &amp; &lt;tags&gt;</w:t></w:r></w:p>" +
            "<w:p><m:oMathPara><m:oMath><m:r><m:t>x=2</m:t></m:r></m:oMath></m:oMathPara></w:p>";
    CHECK(readText(makeDocxBody(body)) ==
          "Emoji \U0001F642\U0001F44D\U0001F3FD and astral \U00020BB7\ncaf\u00e9 na\u00efve\n"
          "\u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627 mixed\n"
          "well\u2011being\u03a9 & <tags>\nx=2");
}

TEST_CASE("DocxReader reads a text box once, not once per alternate representation", "[docx]")
{
    const std::string box =
            "<w:p><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:anchor>"
            "<a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent>" +
            para("Box line") + para("second") +
            "</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor>"
            "</w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>" +
            para("Box line") + para("second") +
            "</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent>"
            "</w:r><w:r><w:t>Host text</w:t></w:r></w:p>";
    CHECK(readText(makeDocxBody(box)) == "Box line\nsecond\nHost text");
    // Without a choice, the fallback is read.
    const std::string fallbackOnly =
            "<w:p><w:r><mc:AlternateContent><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>" +
            para("Only fallback") + "</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>"
            "</mc:AlternateContent></w:r></w:p>";
    CHECK(readText(makeDocxBody(fallbackOnly)) == "Only fallback");
}

TEST_CASE("DocxReader finds the main part by relationship, content type or name", "[docx]")
{
    SECTION("a main part stored elsewhere, found through _rels/.rels")
    {
        DocxFixture fixture;
        fixture.document = wordDocumentXml(para("Elsewhere"));
        fixture.mainPart = "word/document2.xml";
        CHECK(readText(makeDocx(fixture)) == "Elsewhere");
    }
    SECTION("no package relationships: the content type names the part")
    {
        const std::string bytes =
                ZipBuilder()
                        .add("[Content_Types].xml",
                             "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                             "<Override PartName=\"/main/doc.xml\" ContentType=\"application/"
                             "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")
                        .add("main/doc.xml", wordDocumentXml(para("By content type")))
                        .build();
        CHECK(readText(bytes) == "By content type");
    }
    SECTION("nothing but word/document.xml")
    {
        const std::string bytes =
                ZipBuilder().add("word/document.xml", wordDocumentXml(para("Bare"))).build();
        CHECK(readText(bytes) == "Bare");
    }
    SECTION("a default namespace instead of the w: prefix")
    {
        const std::string xml =
                "<document xmlns=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
                "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><body>"
                "<p><r><t>Default</t><tab/><t xml:space=\"preserve\">namespace </t></r></p>"
                "<p><r><t>ok</t></r></p></body></document>";
        const std::string bytes = ZipBuilder().add("word/document.xml", xml).build();
        CHECK(readText(bytes) == "Default\tnamespace \nok");
    }
    SECTION("Strict OOXML namespaces")
    {
        const std::string xml =
                "<w:document xmlns:w=\"http://purl.oclc.org/ooxml/wordprocessingml/main\"><w:body>"
                "<w:p><w:r><w:t>Strict</w:t></w:r></w:p></w:body></w:document>";
        CHECK(readText(ZipBuilder().add("word/document.xml", xml).build()) == "Strict");
    }
    SECTION("content embedded as an altChunk is refused, not silently lost")
    {
        const weft::Error error =
                readError(makeDocxBody(para("Visible") + "<w:altChunk r:id=\"rId5\"/>"));
        CHECK(error.code == ErrorCode::BadFormat);
        CHECK_THAT(error.message, Contains("altChunk"));
    }
    SECTION("an Excel workbook renamed to .docx")
    {
        const std::string bytes = ZipBuilder()
                                          .add("word/document.xml",
                                               "<workbook xmlns=\"http://schemas.openxmlformats.org/"
                                               "spreadsheetml/2006/main\"/>")
                                          .build();
        const weft::Error error = readError(bytes);
        CHECK(error.code == ErrorCode::BadFormat);
        CHECK_THAT(error.message, Contains("Excel workbook"));
    }
}

TEST_CASE("DocxReader refuses a DOCX whose XML declares a DTD or entities", "[docx][hostile]")
{
    const std::string lol9 =
            "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
            "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
            "<!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">"
            "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
            "<!ENTITY lol9 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">]>";
    const std::string documentBody =
            std::string("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                        "<w:body><w:p><w:r><w:t>") ;
    const std::string bigEntity(20000, 'A');
    std::string quadraticRefs;
    for (int i = 0; i < 2000; ++i)
        quadraticRefs += "&a;";
    const std::vector<std::pair<std::string, std::string>> attacks{
            {"billion laughs", lol9 + documentBody + "&lol9;</w:t></w:r></w:p></w:body></w:document>"},
            {"external entity",
             "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>" +
                     documentBody + "&xxe;</w:t></w:r></w:p></w:body></w:document>"},
            {"quadratic blow-up",
             "<!DOCTYPE d [<!ENTITY a \"" + bigEntity + "\">]>" + documentBody + quadraticRefs +
                     "</w:t></w:r></w:p></w:body></w:document>"},
            {"lowercase doctype, no entities",
             "<!doctype html>" + documentBody + "x</w:t></w:r></w:p></w:body></w:document>"},
    };
    for (const auto &[what, xml] : attacks) {
        INFO(what);
        DocxFixture fixture;
        fixture.document = xml;
        const weft::Error error = readError(makeDocx(fixture));
        CHECK(error.code == ErrorCode::BadFormat);
        CHECK_THAT(error.message, Contains("DTD") && Contains("refused for safety") &&
                                          Contains("word/document.xml"));
    }
    // A DTD in any part read, not just the main one.
    DocxFixture fixture;
    fixture.document = wordDocumentXml(para("fine"));
    fixture.footnotes = "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><w:footnotes/>";
    CHECK_THAT(readError(makeDocx(fixture)).message, Contains("footnotes.xml") && Contains("DTD"));

    // Escaped markup is only text.
    CHECK(readText(makeDocxBody(para("&lt;!DOCTYPE html&gt;"))) == "<!DOCTYPE html>");
}

TEST_CASE("DocxReader never reads a part through an escaping entry name", "[docx][hostile]")
{
    SECTION("the document part is only reachable as ../../evil")
    {
        DocxFixture fixture;
        fixture.document = wordDocumentXml(para("evil"));
        fixture.mainPart = "../../evil";
        const weft::Error error = readError(makeDocx(fixture));
        CHECK(error.code == ErrorCode::BadFormat);
        CHECK(error.message == "the .docx names its main part \"../../evil\", a path outside "
                               "the archive; refused for safety");
    }
    SECTION("an extra ../../evil entry is ignored")
    {
        DocxFixture fixture;
        fixture.document = wordDocumentXml(para("good"));
        fixture.extraEntries = {{"../../evil", "#!/bin/sh\n"}, {"/abs/evil", "x"}};
        CHECK(readText(makeDocx(fixture)) == "good");
    }
}

TEST_CASE("DocxReader refuses zip bombs with a clear message", "[docx][hostile]")
{
    SECTION("document.xml inflating to 100 MB")
    {
        const std::string bytes = ZipBuilder().addZeros("word/document.xml", 100u << 20).build();
        const weft::Error error = readError(bytes);
        CHECK(error.code == ErrorCode::BadFormat);
        CHECK_THAT(error.message, Contains("expands beyond 64 MB") && Contains("zip bomb"));
    }
    SECTION("document.xml declaring 2 KB and inflating to 100 MB")
    {
        const std::string bytes = withDeclaredSize(
                ZipBuilder().addZeros("word/document.xml", 100u << 20).build(), "word/document.xml", 2048);
        const weft::Error error = readError(bytes);
        CHECK(error.code == ErrorCode::BadFormat);
        CHECK_THAT(error.message, Contains("zip bomb"));
    }
    SECTION("a 10 MB document.xml compressed 1000:1")
    {
        const std::string bytes = ZipBuilder().addZeros("word/document.xml", 10u << 20).build();
        const weft::Error error = readError(bytes);
        CHECK(error.code == ErrorCode::BadFormat);
        CHECK_THAT(error.message, Contains("200:1") && Contains("zip bomb"));
    }
}

TEST_CASE("DocxReader refuses broken input with one clear error", "[docx][hostile]")
{
    const std::string good = makeDocxBody(para("Hello"));
    SECTION("empty input")
    {
        const weft::Error error = readError("");
        CHECK(error.code == ErrorCode::BadFormat);
        CHECK_THAT(error.message, Contains("empty"));
    }
    SECTION("plain text named .docx")
    {
        const weft::Error error = readError("Interviewer: hello\nP03: hi\n");
        CHECK(error.code == ErrorCode::BadFormat);
        CHECK(error.message == "the file is not a valid .docx (not a zip archive); re-save it from Word");
    }
    SECTION("truncated archive")
    {
        const weft::Error error = readError(truncated(good, good.size() * 2 / 3));
        CHECK(error.code == ErrorCode::BadFormat);
        CHECK_THAT(error.message, Contains("truncated or damaged"));
    }
    SECTION("invalid UTF-8 in document.xml")
    {
        DocxFixture fixture;
        fixture.document = wordDocumentXml(para("bad \xFF\xFE bytes"));
        const weft::Error error = readError(makeDocx(fixture));
        CHECK(error.code == ErrorCode::BadFormat);
        CHECK_THAT(error.message, Contains("not valid UTF-8") && Contains("word/document.xml"));
    }
    SECTION("malformed XML")
    {
        DocxFixture fixture;
        fixture.document = wordDocumentXml("<w:p><w:r><w:t>unclosed</w:r></w:p>");
        const weft::Error error = readError(makeDocx(fixture));
        CHECK(error.code == ErrorCode::BadFormat);
        CHECK_THAT(error.message, Contains("not well-formed"));
    }
    SECTION("encrypted document part")
    {
        const std::string bytes =
                ZipBuilder()
                        .add("[Content_Types].xml", "<Types/>")
                        .addEncrypted("word/document.xml", wordDocumentXml(para("secret")), "pw")
                        .build();
        const weft::Error error = readError(bytes);
        CHECK(error.code == ErrorCode::BadFormat);
        CHECK_THAT(error.message, Contains("password"));
    }
    SECTION("absurdly deep nesting")
    {
        std::string deep;
        for (int i = 0; i < 100000; ++i)
            deep += "<w:sdt><w:sdtContent>";
        for (int i = 0; i < 100000; ++i)
            deep += "</w:sdtContent></w:sdt>";
        // Stored: deflated, this repetitive part would already trip the ratio cap.
        const std::string bytes =
                ZipBuilder().addStored("word/document.xml", wordDocumentXml(deep)).build();
        const weft::Error error = readError(bytes);
        CHECK(error.code == ErrorCode::BadFormat);
        CHECK_THAT(error.message, Contains("levels deep"));
    }
    SECTION("a zip without any Word part")
    {
        const weft::Error error = readError(ZipBuilder().add("readme.txt", "hi").build());
        CHECK(error.code == ErrorCode::BadFormat);
        CHECK_THAT(error.message, Contains("no main document part"));
    }
}

TEST_CASE("DOCX and ODT made by LibreOffice from a .txt read back as the same text",
          "[docx][odt][soffice]")
{
    if (std::system("command -v soffice >/dev/null 2>&1") != 0) {
        WARN("soffice is not installed: skipping the LibreOffice round trip");
        return;
    }
    namespace fs = std::filesystem;
    const fs::path dir = fs::temp_directory_path() /
                         ("weft-soffice-" + std::to_string(std::chrono::steady_clock::now()
                                                                   .time_since_epoch()
                                                                   .count()));
    fs::create_directories(dir);
    const std::string text =
            "Interviewer: How did the first session go?\n"
            "P03: Honestly, caf\u00e9 chats helped more than the slides \U0001F642.\n"
            "\n"
            "P03: \u05e9\u05dc\u05d5\u05dd and na\u00efve questions were welcome.\tTabbed.\n";
    {
        std::FILE *out = std::fopen((dir / "transcript.txt").c_str(), "wb");
        REQUIRE(out);
        std::fwrite(text.data(), 1, text.size(), out);
        std::fclose(out);
    }
    for (const std::string format : {"docx", "odt"}) {
        INFO(format);
        const std::string command = "cd '" + dir.string() +
                                    "' && HOME='" + dir.string() +
                                    "' soffice --headless --convert-to " + format +
                                    " --outdir '" + dir.string() + "' transcript.txt >/dev/null 2>&1";
        REQUIRE(std::system(command.c_str()) == 0);
        const fs::path converted = dir / ("transcript." + format);
        REQUIRE(fs::exists(converted));
        const std::string bytes = fileBytes(converted);
        auto doc = format == "docx" ? DocxReader().read(bytes, {}) : OdtReader().read(bytes, {});
        REQUIRE(doc.ok());
        CHECK(collapseWhitespace(doc->text) == collapseWhitespace(text));
    }
    std::error_code ec;
    fs::remove_all(dir, ec);
}

TEST_CASE("Office readers survive corrupted archives and XML with a clean error",
          "[docx][odt][xlsx][hostile]")
{
    unsigned state = 88172645u;
    const auto next = [&state] {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        return state;
    };
    DocxFixture docx;
    docx.document = wordDocumentXml(
            para("Interviewer: hello") +
            "<w:tbl><w:tr><w:tc>" + para("a") + "</w:tc><w:tc>" + para("b") + "</w:tc></w:tr></w:tbl>"
            "<w:p><w:r><w:t>x</w:t></w:r><w:r><w:footnoteReference w:id=\"1\"/></w:r></w:p>");
    docx.footnotes = wordNotesXml("footnote", "<w:footnote w:id=\"1\"><w:p><w:r><w:t>n</w:t></w:r></w:p></w:footnote>");
    const std::string odtContent = odfContentXml(
            "<text:p>Hello <text:span>there</text:span><text:s text:c=\"3\"/></text:p>"
            "<table:table><table:table-row><table:table-cell><text:p>c</text:p></table:table-cell>"
            "</table:table-row></table:table>");
    XlsxFixture xlsx;
    xlsx.sharedStrings = {"<t>Name</t>", "<t>Ann</t>"};
    xlsx.sheets = {{"S", "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
                         "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>1</v></c><c r=\"B2\" s=\"1\"><v>43831</v></c></row>"}};
    xlsx.cellXfs = {0, 14};

    const auto check = [](const char *what, const auto &result) {
        if (!result.ok()) {
            INFO(what << ": " << result.error().message);
            CHECK(result.error().code == ErrorCode::BadFormat);
            CHECK_FALSE(result.error().message.empty());
        }
    };
    const std::string noise = "<>&/\"'=:;# \xff\xc3\x80x";
    const auto mutateText = [&](std::string text) {
        const unsigned edits = 1 + next() % 4;
        for (unsigned i = 0; i < edits; ++i)
            text[next() % text.size()] = noise[next() % noise.size()];
        return text;
    };
    const auto mutateBytes = [&](std::string bytes) {
        const unsigned edits = 1 + next() % 8;
        for (unsigned i = 0; i < edits; ++i)
            bytes[next() % bytes.size()] = static_cast<char>(next() & 0xFF);
        return bytes;
    };
    const std::string docxBytes = makeDocx(docx);
    const std::string odtBytes = makeOdt(odtContent);
    const std::string xlsxBytes = makeXlsx(xlsx);
    for (int i = 0; i < 150; ++i) {
        check("docx bytes", DocxReader().read(mutateBytes(docxBytes), {}));
        check("odt bytes", OdtReader().read(mutateBytes(odtBytes), {}));
        check("xlsx bytes", XlsxReader().readTable(mutateBytes(xlsxBytes), {}));
        DocxFixture brokenDocx = docx;
        brokenDocx.document = mutateText(docx.document);
        brokenDocx.footnotes = mutateText(docx.footnotes);
        check("docx xml", DocxReader().read(makeDocx(brokenDocx), {}));
        check("odt xml", OdtReader().read(makeOdt(mutateText(odtContent)), {}));
        XlsxFixture brokenXlsx = xlsx;
        brokenXlsx.sheets[0].sheetData = mutateText(xlsx.sheets[0].sheetData);
        brokenXlsx.sharedStrings[1] = mutateText(xlsx.sharedStrings[1]);
        check("xlsx xml", XlsxReader().readTable(makeXlsx(brokenXlsx), {}));
    }
}
