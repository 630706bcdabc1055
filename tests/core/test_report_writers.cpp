// SPDX-License-Identifier: GPL-3.0-or-later
// The report writers on a hand-built report model: Markdown against a golden text, HTML for
// escaping and self-containment, DOCX as a package Word accepts (parts, styles, fields) that
// reads back with our own DOCX reader, and determinism of every format.
#include "core/import/docxreader.h"
#include "core/import/ziparchive.h"
#include "core/report/docxwriter.h"
#include "core/report/figurerenderer.h"
#include "core/report/htmlwriter.h"
#include "core/report/markdownwriter.h"
#include "core/report/pngimage.h"

#include <catch2/catch.hpp>
#include <pugixml.hpp>

#include <cstdlib>
#include <ctime>

using namespace weft::core;

namespace {

// A 4x2 red PNG, complete and valid.
const std::string kPng("\x89\x50\x4e\x47\x0d\x0a\x1a\x0a\x00\x00\x00\x0d\x49\x48\x44\x52\x00\x00\x00\x04"
                       "\x00\x00\x00\x02\x08\x02\x00\x00\x00\xf0\xca\xea\x34\x00\x00\x00\x10\x49\x44\x41"
                       "\x54\x78\xda\x63\x38\x60\x60\x00\x47\x0c\xc8\x1c\x00\x79\x9a\x09\x01\xf2\xd9\x30"
                       "\x49\x00\x00\x00\x00\x49\x45\x4e\x44\xae\x42\x60\x82",
                       73);

ReportDocument sampleReport(bool withImage = false)
{
    ReportDocument doc;
    doc.metadata.title = "Peer education & trust";
    doc.metadata.subtitle = "Findings report";
    doc.metadata.authors = {"dana"};
    doc.metadata.date = "2019-05-20";
    doc.metadata.created = "2019-02-01T09:00:00.000Z";
    doc.metadata.modified = "2019-05-20T17:45:12.345Z";
    doc.metadata.language = "en";
    doc.blocks.push_back(Paragraph{{TextRun{"Peer education & trust"}}, ParagraphRole::Title});
    doc.blocks.push_back(TableOfContents{"Contents", 3});
    doc.blocks.push_back(PageBreak{});
    doc.blocks.push_back(Heading{1, "Themes", "themes"});
    doc.blocks.push_back(Paragraph{{TextRun{"Definition.", true}, TextRun{" Trust in "},
                                    TextRun{"peers", false, true}, TextRun{" <not> *markup*."}}});
    doc.blocks.push_back(BulletList{{ListItem{{TextRun{"Trust/Peer educators (6)"}}, 0},
                                    ListItem{{TextRun{"Sub item"}}, 1}}});
    ReportTable table;
    table.caption = "Excerpts by source";
    table.header = {"Source", "Excerpts"};
    table.rows = {{"Interviews", "12"}, {"Journals | notes", "3"}};
    table.align = {ColumnAlign::Left, ColumnAlign::Right};
    doc.blocks.push_back(table);
    doc.blocks.push_back(Heading{2, "1. Peers make it sayable", "theme-1"});
    doc.blocks.push_back(Quote{"With Bex and Jamal I could ask the stupid question.", "P01, interview, 00:01:54"});
    Figure figure;
    figure.id = "thematic-map";
    figure.caption = "Thematic map";
    figure.fallback = {ListItem{{TextRun{"Peers make it sayable", true}}, 0}};
    if (withImage)
        figure.png = kPng;
    doc.blocks.push_back(figure);
    return doc;
}

std::string entry(ZipArchive &zip, const std::string &name)
{
    auto bytes = zip.read(name);
    INFO(name);
    REQUIRE(bytes.ok());
    return *bytes;
}

pugi::xml_document parse(const std::string &xml)
{
    pugi::xml_document doc;
    const auto result = doc.load_string(xml.c_str());
    INFO(result.description());
    REQUIRE(result);
    return doc;
}

/// A renderer standing in for the Qt one: draws every thematic map as the test PNG.
class TestRenderer : public FigureRenderer {
public:
    std::optional<std::string> renderPng(const Figure &figure, int) const override
    {
        if (figure.spec.kind == "map")
            return kPng;
        return std::nullopt;
    }
};

} // namespace

TEST_CASE("MarkdownWriter writes the golden text of a small report", "[report][markdown]")
{
    const auto md = MarkdownWriter().write(sampleReport());
    REQUIRE(md.ok());
    const std::string expected =
        "# Peer education & trust\n"
        "\n"
        "**Contents**\n"
        "\n"
        "- [Themes](#themes)\n"
        "  - [1. Peers make it sayable](#theme-1)\n"
        "\n"
        "<a id=\"themes\"></a>\n"
        "## Themes\n"
        "\n"
        "**Definition.** Trust in *peers* \\<not\\> \\*markup\\*.\n"
        "\n"
        "- Trust/Peer educators (6)\n"
        "  - Sub item\n"
        "\n"
        "*Excerpts by source*\n"
        "\n"
        "| Source | Excerpts |\n"
        "| --- | ---: |\n"
        "| Interviews | 12 |\n"
        "| Journals \\| notes | 3 |\n"
        "\n"
        "<a id=\"theme-1\"></a>\n"
        "### 1. Peers make it sayable\n"
        "\n"
        "> With Bex and Jamal I could ask the stupid question.\n"
        ">\n"
        "> — P01, interview, 00:01:54\n"
        "\n"
        "- **Peers make it sayable**\n"
        "\n"
        "*Thematic map*\n";
    CHECK(*md == expected);
}

TEST_CASE("MarkdownWriter keeps sentences from turning into lists or headings", "[report][markdown]")
{
    ReportDocument doc;
    doc.blocks.push_back(Paragraph{{TextRun{"1999. That year\n# not a heading\n- not a list"}}});
    const auto md = MarkdownWriter().write(doc);
    REQUIRE(md.ok());
    CHECK(*md == "1999\\. That year\\\n\\# not a heading\\\n\\- not a list\n");
}

TEST_CASE("HtmlWriter writes one self-contained, escaped file", "[report][html]")
{
    ReportDocument doc = sampleReport(true);
    doc.blocks.push_back(Quote{"<script>alert(1)</script> & \"quoted\"", "P02, journal, 2019-03-21"});
    const auto html = HtmlWriter().write(doc);
    REQUIRE(html.ok());
    CHECK(html->rfind("<!DOCTYPE html>\n<html lang=\"en\">", 0) == 0);
    CHECK(html->find("<title>Peer education &amp; trust</title>") != std::string::npos);
    CHECK(html->find("<script>") == std::string::npos);
    CHECK(html->find("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quoted&quot;") != std::string::npos);
    CHECK(html->find("<h3 id=\"theme-1\">1. Peers make it sayable</h3>") != std::string::npos);
    CHECK(html->find("<a href=\"#theme-1\">1. Peers make it sayable</a>") != std::string::npos);
    CHECK(html->find("<footer>— P01, interview, 00:01:54</footer>") != std::string::npos);
    CHECK(html->find("<img src=\"data:image/png;base64,iVBORw0KGgo") != std::string::npos);
    CHECK(html->find("<td class=\"num\">12</td>") != std::string::npos);
    // Nothing is fetched from elsewhere.
    CHECK(html->find("http://") == std::string::npos);
    CHECK(html->find("https://") == std::string::npos);
    CHECK(html->find("<link") == std::string::npos);
}

TEST_CASE("HtmlWriter falls back to the figure's list without an image", "[report][html]")
{
    const auto html = HtmlWriter().write(sampleReport(false));
    REQUIRE(html.ok());
    CHECK(html->find("<img") == std::string::npos);
    CHECK(html->find("<li><strong>Peers make it sayable</strong></li>") != std::string::npos);
    CHECK(html->find("<figcaption>Thematic map</figcaption>") != std::string::npos);
}

TEST_CASE("A figure renderer draws figures that come without bytes", "[report][figure]")
{
    ReportDocument doc = sampleReport(false);
    std::get<Figure>(doc.blocks.back()).spec.kind = "map";
    TestRenderer renderer;
    const auto drawn = HtmlWriter(&renderer).write(doc);
    REQUIRE(drawn.ok());
    CHECK(drawn->find("data:image/png;base64,") != std::string::npos);
    const auto plain = HtmlWriter(nullptr).write(doc);
    REQUIRE(plain.ok());
    CHECK(plain->find("data:image/png") == std::string::npos);
    CHECK_FALSE(NullFigureRenderer().renderPng(std::get<Figure>(doc.blocks.back()), 800).has_value());
    CHECK_FALSE(readPng("not a png").has_value());
    const auto png = readPng(kPng);
    REQUIRE(png);
    CHECK(png->width == 4);
    CHECK(png->height == 2);
}

TEST_CASE("DocxWriter writes a complete WordprocessingML package", "[report][docx]")
{
    const auto bytes = DocxWriter().write(sampleReport(true));
    REQUIRE(bytes.ok());
    auto zip = ZipArchive::open(*bytes, ArchiveKind{"docx", "Word"});
    REQUIRE(zip.ok());
    const std::vector<std::string> expected{
        "[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels",
        "word/styles.xml", "word/settings.xml", "word/numbering.xml", "word/footer1.xml",
        "word/media/image1.png", "docProps/core.xml", "docProps/app.xml"};
    CHECK(zip->entryNames() == expected);
    for (const std::string &name : expected) {
        if (name.find(".png") == std::string::npos)
            parse(entry(*zip, name));
    }
    CHECK(entry(*zip, "word/media/image1.png") == kPng);
    CHECK(entry(*zip, "[Content_Types].xml").find("Extension=\"png\" ContentType=\"image/png\"") != std::string::npos);

    const auto document = parse(entry(*zip, "word/document.xml"));
    std::string text;
    for (const auto &t : document.select_nodes("//w:t"))
        text += t.node().text().get();
    CHECK(text.find("With Bex and Jamal I could ask the stupid question.") != std::string::npos);
    CHECK(text.find("— P01, interview, 00:01:54") != std::string::npos);
    CHECK(document.select_node("//w:instrText[contains(., 'TOC \\o \"1-3\" \\h \\z \\u')]"));
    CHECK(document.select_node("//w:bookmarkStart[@w:name='_Toc_theme_1']"));
    CHECK(document.select_node("//w:hyperlink[@w:anchor='_Toc_theme_1']"));
    CHECK(document.select_node("//w:tr[1]/w:trPr/w:tblHeader"));
    CHECK(document.select_node("//w:tblStyle[@w:val='TableGrid']"));
    CHECK(document.select_node("//w:pStyle[@w:val='Quote']"));
    CHECK(document.select_node("//w:numPr/w:ilvl[@w:val='1']"));
    CHECK(document.select_node("//a:blip[@r:embed='rIdImg1']"));
    CHECK(document.select_node("//w:br[@w:type='page']"));
    const auto rels = entry(*zip, "word/_rels/document.xml.rels");
    CHECK(rels.find("Id=\"rIdImg1\"") != std::string::npos);
    CHECK(rels.find("Target=\"media/image1.png\"") != std::string::npos);

    const auto styles = parse(entry(*zip, "word/styles.xml"));
    for (const char *id : {"Title", "Heading1", "Heading2", "Heading3", "Quote", "Caption", "TableGrid",
                           "TOC1", "TOC2", "TOC3", "ListParagraph"}) {
        INFO(id);
        CHECK(styles.select_node((std::string("//w:style[@w:styleId='") + id + "']").c_str()));
    }
    CHECK(styles.select_node("//w:style[@w:styleId='Heading2']/w:pPr/w:outlineLvl[@w:val='1']"));
    CHECK(entry(*zip, "word/settings.xml").find("<w:updateFields w:val=\"true\"/>") != std::string::npos);
    CHECK(entry(*zip, "word/numbering.xml").find("w:numFmt w:val=\"bullet\"") != std::string::npos);

    const std::string core = entry(*zip, "docProps/core.xml");
    CHECK(core.find("<dc:title>Peer education &amp; trust</dc:title>") != std::string::npos);
    CHECK(core.find(">2019-02-01T09:00:00Z</dcterms:created>") != std::string::npos);
    CHECK(core.find(">2019-05-20T17:45:12Z</dcterms:modified>") != std::string::npos);
    CHECK(core.find("creator") == std::string::npos);
    CHECK(core.find("lastModifiedBy") == std::string::npos);
    CHECK(entry(*zip, "docProps/app.xml").find("<Application>Weft</Application>") != std::string::npos);
}

TEST_CASE("DocxWriter output reads back as the report's text", "[report][docx]")
{
    const auto bytes = DocxWriter().write(sampleReport(false));
    REQUIRE(bytes.ok());
    const auto imported = DocxReader().read(*bytes, {});
    REQUIRE(imported.ok());
    const std::string &text = imported->text;
    CHECK(text.find("Peer education & trust") != std::string::npos);
    CHECK(text.find("Definition. Trust in peers <not> *markup*.") != std::string::npos);
    CHECK(text.find("With Bex and Jamal I could ask the stupid question.") != std::string::npos);
    CHECK(text.find("Journals | notes\t3") != std::string::npos);
}

TEST_CASE("DocxWriter drops characters XML forbids instead of writing a broken part", "[report][docx]")
{
    ReportDocument doc;
    doc.blocks.push_back(Quote{std::string("bell\x07 and nul\x01 and \xff bad byte"), "P01"});
    const auto bytes = DocxWriter().write(doc);
    REQUIRE(bytes.ok());
    auto zip = ZipArchive::open(*bytes, ArchiveKind{"docx", "Word"});
    REQUIRE(zip.ok());
    const auto document = parse(entry(*zip, "word/document.xml"));
    const std::string text = document.select_node("//w:t").node().text().get();
    CHECK(text == "bell and nul and \xEF\xBF\xBD bad byte");
}

TEST_CASE("Every writer gives the same bytes for the same report, in any time zone", "[report][determinism]")
{
    const ReportDocument doc = sampleReport(true);
    const char *previous = std::getenv("TZ");
    const std::string saved = previous ? previous : "";
    ::setenv("TZ", "UTC", 1);
    ::tzset();
    const auto docxUtc = DocxWriter().write(doc);
    ::setenv("TZ", "Pacific/Kiritimati", 1); // UTC+14: another calendar day than UTC
    ::tzset();
    const auto docxFar = DocxWriter().write(doc);
    if (previous)
        ::setenv("TZ", saved.c_str(), 1);
    else
        ::unsetenv("TZ");
    ::tzset();
    REQUIRE(docxUtc.ok());
    REQUIRE(docxFar.ok());
    CHECK(*docxUtc == *docxFar);
    CHECK(*DocxWriter().write(doc) == *docxUtc);
    CHECK(*HtmlWriter().write(doc) == *HtmlWriter().write(doc));
    CHECK(*MarkdownWriter().write(doc) == *MarkdownWriter().write(doc));

    // The entries carry the report's modification time (2019-05-20 17:45:12 -> DOS 17:45:12).
    auto zip = ZipArchive::open(*docxUtc, ArchiveKind{"docx", "Word"});
    REQUIRE(zip.ok());
    const std::string &raw = *docxUtc;
    // Local file header: signature, version, flags, method, time, date.
    REQUIRE(raw.size() > 14);
    const unsigned time = static_cast<unsigned char>(raw[10]) | (static_cast<unsigned char>(raw[11]) << 8);
    const unsigned date = static_cast<unsigned char>(raw[12]) | (static_cast<unsigned char>(raw[13]) << 8);
    CHECK(time == ((17u << 11) | (45u << 5) | 6u));
    CHECK(date == (((2019u - 1980u) << 9) | (5u << 5) | 20u));
}
