// SPDX-License-Identifier: GPL-3.0-or-later
// The Qt report renderer: the PDF writer over the neutral model, and the figure renderer.

#include "app/render/pdfreportwriter.h"
#include "app/render/qtfigurerenderer.h"

#include <catch2/catch.hpp>

#include <QByteArray>
#include <QDir>
#include <QImage>
#include <QTemporaryDir>

#include <cstdlib>
#include <fstream>
#include <sstream>

using namespace weft;

namespace {

core::Figure thematicMap()
{
    core::Figure figure;
    figure.id = "thematic-map";
    figure.caption = "Figure 1. Thematic map";
    figure.altText = "The themes and their codes";
    figure.spec.kind = "thematic-map";
    figure.spec.data = {
        {"themes",
         {{{"id", "a"}, {"name", "Belonging"}, {"number", "1"}, {"parent", nullptr}, {"status", "reviewed"},
           {"excerpts", 12}, {"participants", 5}, {"codes", {"feelings/belonging", "place/home"}}},
          {{"id", "a1"}, {"name", "Being welcomed"}, {"number", "1.1"}, {"parent", "a"}, {"status", "reviewed"},
           {"excerpts", 4}, {"participants", 3}, {"codes", {"people/welcome"}}},
          {{"id", "b"}, {"name", "Workload"}, {"number", "2"}, {"parent", nullptr}, {"status", "candidate"},
           {"excerpts", 7}, {"participants", 4}, {"codes", {"work/hours", "work/pressure", "work/tools"}}},
          {{"id", "c"}, {"name", "Trust in leaders"}, {"number", "3"}, {"parent", nullptr}, {"status", "reviewed"},
           {"excerpts", 3}, {"participants", 2}, {"codes", nlohmann::json::array()}}}}};
    figure.fallback = {{{{"Belonging"}}, 0}};
    return figure;
}

core::ReportDocument smallReport()
{
    core::ReportDocument doc;
    doc.metadata.title = "Findings of the welcome study";
    doc.metadata.date = "2019-03-21";
    doc.blocks.push_back(core::Paragraph{{{"Findings of the welcome study"}}, core::ParagraphRole::Title});
    doc.blocks.push_back(core::Paragraph{{{"A test report"}}, core::ParagraphRole::Subtitle});
    doc.blocks.push_back(core::PageBreak{});
    doc.blocks.push_back(core::TableOfContents{"Contents", 2});
    doc.blocks.push_back(core::PageBreak{});
    doc.blocks.push_back(core::Heading{1, "Study summary", "summary"});
    doc.blocks.push_back(core::Paragraph{{{"Five participants were "}, {"interviewed", true}, {" twice."}}});
    core::ReportTable table;
    table.header = {"Source", "Documents", "Excerpts"};
    table.rows = {{"interview", "5", "40"}, {"journal", "3", "12"}};
    table.align = {core::ColumnAlign::Left, core::ColumnAlign::Right, core::ColumnAlign::Right};
    table.caption = "Table 1. Sources";
    doc.blocks.push_back(table);
    doc.blocks.push_back(thematicMap());
    doc.blocks.push_back(core::PageBreak{});
    doc.blocks.push_back(core::Heading{1, "Belonging", "theme-1"});
    doc.blocks.push_back(core::BulletList{{{{{"first point"}}, 0}, {{{"nested point"}}, 1}, {{{"second point"}}, 0}}});
    doc.blocks.push_back(core::Quote{"I felt at home from the first day.", "P03, interview, 00:14:20"});
    doc.blocks.push_back(core::Heading{2, "Being welcomed", "theme-1-1"});
    doc.blocks.push_back(core::Paragraph{{{"Français : à l’école, où l’été était sûr. "
                                           "Русский: Добро пожаловать. Ελληνικά: Καλώς ήρθατε."}}});
    doc.blocks.push_back(core::Heading{1, "Workload", "theme-2"});
    for (int i = 0; i < 40; ++i)
        doc.blocks.push_back(core::Paragraph{{{"Filler paragraph " + std::to_string(i) +
                                               " that takes up room so the report runs over several pages."}}});
    return doc;
}

bool haveTool(const std::string &tool)
{
    return std::system(("command -v " + tool + " >/dev/null 2>&1").c_str()) == 0;
}

std::string readFile(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

/// pdftotext's text of the PDF bytes, whitespace collapsed to single spaces.
std::string pdfText(const std::string &pdf, const std::string &name)
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const std::string base = dir.path().toStdString() + "/" + name;
    std::ofstream(base + ".pdf", std::ios::binary) << pdf;
    if (const char *keep = std::getenv("WEFT_RENDER_TEST_KEEP")) // a folder to look at the PDFs in
        std::ofstream(std::string(keep) + "/" + name + ".pdf", std::ios::binary) << pdf;
    REQUIRE(std::system(("pdftotext -enc UTF-8 '" + base + ".pdf' '" + base + ".txt'").c_str()) == 0);
    std::string text = readFile(base + ".txt");
    std::string out;
    for (char c : text) {
        const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\f' || c == '\r';
        if (space && (out.empty() || out.back() == ' '))
            continue;
        out += space ? ' ' : c;
    }
    return out;
}

} // namespace

TEST_CASE("render: PDF of a small report has its text, quotes and page numbers")
{
    render::QtFigureRenderer figures;
    const auto pdf = render::PdfReportWriter(&figures).write(smallReport());
    REQUIRE(pdf);
    REQUIRE(pdf->rfind("%PDF", 0) == 0);
    if (!haveTool("pdftotext")) {
        WARN("pdftotext is not installed; run cmake/install-deps.sh to check the PDF text");
        return;
    }
    const std::string text = pdfText(*pdf, "report");
    CHECK(text.find("Findings of the welcome study") != std::string::npos);
    CHECK(text.find("Belonging") != std::string::npos);
    CHECK(text.find("Workload") != std::string::npos);
    CHECK(text.find("I felt at home from the first day.") != std::string::npos);
    CHECK(text.find("P03, interview, 00:14:20") != std::string::npos);
    CHECK(text.find("page 1 of") != std::string::npos);
    CHECK(text.find("page 2 of") != std::string::npos);
    // The contents list each heading with its page: the summary starts on page 3.
    CHECK(text.find("Study summary 3") != std::string::npos);
}

TEST_CASE("render: PDF renders French, Cyrillic and Greek text")
{
    const auto pdf = render::PdfReportWriter().write(smallReport());
    REQUIRE(pdf);
    if (!haveTool("pdftotext")) {
        WARN("pdftotext is not installed; run cmake/install-deps.sh to check the PDF text");
        return;
    }
    const std::string text = pdfText(*pdf, "scripts");
    CHECK(text.find("à l’école, où l’été était sûr") != std::string::npos);
    CHECK(text.find("Добро пожаловать") != std::string::npos);
    CHECK(text.find("Καλώς ήρθατε") != std::string::npos);
}

TEST_CASE("render: PDF on Letter paper in French numbers its pages in French")
{
    core::ReportDocument doc = smallReport();
    doc.metadata.language = "fr";
    const auto pdf = render::PdfReportWriter(nullptr, render::PdfPageSize::Letter).write(doc);
    REQUIRE(pdf);
    REQUIRE(pdf->rfind("%PDF", 0) == 0);
    CHECK(pdf->find("/MediaBox [0 0 612.000000 792.000000]") != std::string::npos);
    if (haveTool("pdftotext"))
        CHECK(pdfText(*pdf, "letter").find("page 1 sur") != std::string::npos);
}

TEST_CASE("render: the thematic map is a PNG of sensible size, the same each time")
{
    render::QtFigureRenderer figures;
    const auto png = figures.renderPng(thematicMap(), 1200);
    REQUIRE(png);
    QImage image;
    REQUIRE(image.loadFromData(QByteArray::fromStdString(*png), "PNG"));
    CHECK(image.width() == 1200);
    CHECK(image.height() > 100);
    CHECK(image.height() < 3000);
    CHECK(figures.renderPng(thematicMap(), 1200) == png);
    // Something is drawn: not a blank page.
    CHECK(image.pixelColor(0, 0) != image.pixelColor(image.width() / 6, 40));
    CHECK(core::figureImage(thematicMap(), &figures, 1200).has_value());
}

TEST_CASE("render: the prevalence chart is a PNG, unknown kinds are left to the fallback")
{
    render::QtFigureRenderer figures;
    core::Figure chart;
    chart.spec.kind = "prevalence-chart";
    chart.spec.data = {{"sources", {"interview", "journal", "feedback"}},
                       {"themes", {{{"name", "Belonging"}, {"counts", {12, 3, 1}}},
                                   {{"name", "Workload"}, {"counts", {4, 7, 0}}}}}};
    const auto png = figures.renderPng(chart, 800);
    REQUIRE(png);
    QImage image;
    REQUIRE(image.loadFromData(QByteArray::fromStdString(*png), "PNG"));
    CHECK(image.width() == 800);
    CHECK(image.height() > 50);
    core::Figure unknown;
    unknown.spec.kind = "word-cloud";
    CHECK_FALSE(figures.renderPng(unknown, 800).has_value());
    if (render::QtFigureRenderer::svgAvailable()) {
        const auto svg = figures.renderSvg(chart, 800);
        REQUIRE(svg);
        CHECK(svg->find("<svg") != std::string::npos);
    }
}
