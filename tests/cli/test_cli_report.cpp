// SPDX-License-Identifier: GPL-3.0-or-later
// Findings report and exports end to end on the bundled sample study: every theme, definition
// and quote (with its attribution) in Markdown, HTML and DOCX; the same bytes every time; French
// fixed text; the DOCX through LibreOffice to PDF; CSV, XLSX and codebook exports.
#include "reporttestsupport.h"

#include <cstdlib>
#include <filesystem>
#include <regex>
#include <set>

using namespace weft::test;

TEST_CASE("cli: report in Markdown and HTML holds every theme, definition and attributed quote")
{
    const CliWorkspace &ws = study();
    const auto json = ws.ok({"report", "S.weft", "--format", "md", "-o", "report.md", "--json"}).json();
    CHECK(json["output"] == "report.md");
    CHECK(json["format"] == "md");
    CHECK(json["themes"] == 4);
    CHECK(json["quotes"] == 12);
    ws.ok({"report", "S.weft", "--format", "html", "-o", "report.html"});
    const std::string md = ws.read("report.md");
    const std::string html = ws.read("report.html");

    for (const Theme &t : kThemes) {
        INFO(t.name);
        CHECK(md.find(t.name) != std::string::npos);
        CHECK(html.find(htmlEscaped(t.name)) != std::string::npos);
        CHECK(md.find(t.definition) != std::string::npos);
        CHECK(html.find(htmlEscaped(t.definition)) != std::string::npos);
    }

    // Every quote is attributed pseudonymously with its place in the source, and holds the
    // text of a coded excerpt.
    const auto quotes = markdownQuotes(md);
    REQUIRE(quotes.size() == 12);
    const auto excerpts = ws.ok({"excerpts", "S.weft", "--json"}).json();
    const std::regex attribution("P0[1-6], (interview, [0-9]{2}:[0-9]{2}:[0-9]{2}|journal, [0-9]{4}-[0-9]{2}-[0-9]{2}|"
                                 "feedback, session [0-9]+)");
    std::set<std::string> distinct;
    for (const ReportQuote &q : quotes) {
        INFO(q.text << " / " << q.attribution);
        CHECK(std::regex_match(q.attribution, attribution));
        bool fromExcerpt = false;
        for (const auto &e : excerpts)
            fromExcerpt = fromExcerpt || collapse(q.text).find(collapse(e["text"].get<std::string>())) != std::string::npos;
        CHECK(fromExcerpt);
        CHECK(html.find(htmlEscaped(q.text)) != std::string::npos);
        CHECK(html.find("<footer>— " + htmlEscaped(q.attribution) + "</footer>") != std::string::npos);
        distinct.insert(q.text);
    }
    CHECK(distinct.size() == quotes.size()); // no passage quoted twice while others remain

    // The rule's first picks, as the report states it: interviews first, earliest passage of the
    // first participant; then a journal passage of someone not yet quoted, then a feedback form
    // of a third participant.
    CHECK(quotes[0].text == "With a nurse or a doctor I feel like I'm performing a bit");
    CHECK(quotes[0].attribution == "P01, interview, 00:01:54");
    CHECK(quotes[1].attribution == "P02, journal, 2019-03-21");
    CHECK(quotes[2].attribution == "P03, feedback, session 3");

    // Study summary, triangulation, feedback and appendices are there.
    for (const char *heading : {"## Study summary", "### Data sources", "## Themes", "## Triangulation across data sources",
                                "## Session feedback", "## Appendix A. Codebook", "## Appendix B. Audit trail"}) {
        INFO(heading);
        CHECK(md.find(heading) != std::string::npos);
    }
    CHECK(md.find("| 3 | Testing and local services | 4 | 4.5 | 4.8 | 100 |") != std::string::npos);
    CHECK(md.find("| Interviews | 4 | 4 | 37 |") != std::string::npos);
}

TEST_CASE("cli: report names participants by identifier only")
{
    const CliWorkspace &ws = study();
    ws.ok({"report", "S.weft", "-o", "names.md"});
    const std::string md = ws.read("names.md");
    CHECK(md.find("Age | 18–23, mean 20.5") != std::string::npos);
    CHECK(md.find("not shown, as they identify individuals: Pseudonym") != std::string::npos);
    // Pseudonyms may occur inside quoted speech (people name each other), never anywhere else.
    std::size_t from = 0;
    while (from < md.size()) {
        const std::size_t end = md.find('\n', from);
        const std::string line = md.substr(from, end == std::string::npos ? std::string::npos : end - from);
        if (line.rfind(">", 0) != 0) {
            for (const char *name : {"Amara", "Tomás", "Jordan", "Grace", "Noor"}) {
                INFO(line);
                CHECK(line.find(name) == std::string::npos);
            }
        }
        from = end == std::string::npos ? md.size() : end + 1;
    }
}

TEST_CASE("cli: report bytes are the same every time, whatever the time zone")
{
    const CliWorkspace &ws = study();
    for (const char *format : {"md", "html", "docx"}) {
        INFO(format);
        const std::string first = std::string("a.") + format, second = std::string("b.") + format;
        ::setenv("TZ", "UTC", 1);
        ws.ok({"report", "S.weft", "--format", format, "-o", first});
        ::setenv("TZ", "Pacific/Kiritimati", 1);
        ws.ok({"report", "S.weft", "--format", format, "-o", second});
        ::unsetenv("TZ");
        CHECK(ws.read(first) == ws.read(second));
        CHECK(!ws.read(first).empty());
    }
}

TEST_CASE("cli: report in French has French fixed text and attributions")
{
    const CliWorkspace &ws = study();
    ws.ok({"report", "S.weft", "--format", "md", "-o", "fr.md", "--lang", "fr"});
    const std::string md = ws.read("fr.md");
    for (const char *text : {"## Présentation de l'étude", "## Thèmes", "**Définition.**", "**Extraits exemplaires.**",
                             "## Triangulation des sources de données", "## Annexe A. Dictionnaire des codes",
                             "> — P01, entretien, 00:01:54", "| Entretiens |", "**Sommaire**"}) {
        INFO(text);
        CHECK(md.find(text) != std::string::npos);
    }
    CHECK(md.find("Study summary") == std::string::npos);
    CHECK(md.find("| 3 | Testing and local services | 4 | 4,5 | 4,8 | 100 |") != std::string::npos);
    ws.ok({"report", "S.weft", "--format", "docx", "-o", "fr.docx", "--lang", "fr"});
    CHECK(docxText(ws.read("fr.docx")).find("Présentation de l'étude") != std::string::npos);
}

TEST_CASE("cli: report options choose themes, quotes and attributes")
{
    const CliWorkspace &ws = study();
    const auto json = ws.ok({"report", "S.weft", "-o", "one.md", "--themes", "From knowing to doing",
                             "--quotes", "1", "--no-attributes", "--json"}).json();
    CHECK(json["format"] == "md"); // from the extension
    CHECK(json["themes"] == 1);
    CHECK(json["quotes"] == 1);
    const std::string md = ws.read("one.md");
    CHECK(md.find("### 1. From knowing to doing") != std::string::npos);
    CHECK(md.find("Peers make it sayable") == std::string::npos);
    CHECK(md.find("Participant attributes") == std::string::npos);
    CHECK(markdownQuotes(md).size() == 1);

    // A theme brings its sub-themes; several themes by comma.
    const auto both = ws.ok({"report", "S.weft", "-o", "two.html", "--themes",
                             "Peers make it sayable,What gets in the way", "--json"}).json();
    CHECK(both["themes"] == 3);
    CHECK(ws.read("two.html").find("1.1 Safe rooms") != std::string::npos);

    // Discarded themes are not findings: left out unless asked for by name.
    CHECK(ws.read("one.md").find("Abandoned idea") == std::string::npos);
    ws.ok({"report", "S.weft", "-o", "all.md"});
    CHECK(ws.read("all.md").find("Abandoned idea") == std::string::npos);
    CHECK(ws.read("all.md").find("Its child") == std::string::npos);
    const auto discarded = ws.ok({"report", "S.weft", "-o", "old.md", "--themes", "Abandoned idea", "--json"}).json();
    CHECK(discarded["themes"] == 2);
    CHECK(ws.read("old.md").find("**Status.** Discarded; not yet reviewed.") != std::string::npos);
}

#ifndef WEFT_CLI_WRITES_PDF
TEST_CASE("cli: a weft-cli built without Qt refuses a PDF report and says how to get one")
{
    const CliWorkspace &ws = study();
    const auto run = ws.fails({"report", "S.weft", "--format", "pdf", "-o", "r.pdf"});
    CHECK_THAT(run.err, Catch::Contains("WEFT_BUILD_GUI"));
    CHECK_FALSE(std::filesystem::exists(ws.path("r.pdf")));
}
#else
TEST_CASE("cli: report writes a PDF through Qt, offscreen, with nothing on stderr")
{
    const CliWorkspace &ws = study();
    const auto run = ws.ok({"report", "S.weft", "--format", "pdf", "-o", "r.pdf", "--json"});
    CHECK(run.json()["format"] == "pdf");
    CHECK(ws.read("r.pdf").rfind("%PDF", 0) == 0);
    if (std::system("command -v pdftotext >/dev/null 2>&1") == 0) {
        REQUIRE(std::system(("pdftotext '" + ws.path("r.pdf") + "' '" + ws.path("r.txt") + "'").c_str()) == 0);
        const std::string text = ws.read("r.txt");
        CHECK(text.find("page 1 of") != std::string::npos);
        CHECK(text.find("Study summary") != std::string::npos);
    }
}
#endif

TEST_CASE("cli: report refuses what it cannot do, in one line")
{
    const CliWorkspace &ws = study();
    CHECK(ws.fails({"report", "S.weft", "-o", "r.md", "--lang", "de"}).exitCode == 2);
    CHECK(ws.fails({"report", "S.weft", "--format", "md"}).exitCode == 2);
    CHECK(ws.fails({"report", "S.weft", "-o", "r.txt"}).exitCode == 2);
    CHECK(ws.fails({"report", "S.weft", "-o", "r.md", "--quotes", "many"}).exitCode == 2);
    CHECK(ws.fails({"report", "S.weft", "--format", "md", "-o", "S.weft"}).exitCode == 2);
    ws.fails({"report", "S.weft", "-o", "r.md", "--themes", "No such theme"});
    CHECK(ws.read("r.md").empty());
}

TEST_CASE("cli: report DOCX is a valid package that LibreOffice turns into a PDF with every quote", "[soffice]")
{
    const CliWorkspace &ws = study();
    ws.ok({"report", "S.weft", "--format", "md", "-o", "check.md"});
    ws.ok({"report", "S.weft", "--format", "docx", "-o", "report.docx"});
    const std::string docx = ws.read("report.docx");
    const std::string text = collapse(docxText(docx));
    const auto quotes = markdownQuotes(ws.read("check.md"));
    REQUIRE(quotes.size() == 12);
    for (const Theme &t : kThemes) {
        CHECK(text.find(t.name) != std::string::npos);
        CHECK(text.find(t.definition) != std::string::npos);
    }
    for (const ReportQuote &q : quotes) {
        CHECK(text.find(collapse(q.text)) != std::string::npos);
        CHECK(text.find("— " + q.attribution) != std::string::npos);
    }

    if (!haveTool("soffice") || !haveTool("pdftotext")) {
        WARN("soffice or pdftotext is not installed; run cmake/install-deps.sh to check the DOCX in LibreOffice");
        return;
    }
    const std::string dir = ws.path("");
    const std::string convert = "cd '" + dir + "' && timeout 120 soffice -env:UserInstallation=file://" + dir +
                                "/lo --headless --convert-to pdf report.docx >soffice.log 2>&1";
    REQUIRE(std::system(convert.c_str()) == 0);
    REQUIRE(std::system(("cd '" + dir + "' && pdftotext -enc UTF-8 report.pdf report.txt").c_str()) == 0);
    const std::string pdf = collapse(ws.read("report.txt"));
    REQUIRE(!pdf.empty());
    for (const Theme &t : kThemes) {
        INFO(t.name);
        CHECK(pdf.find(t.name) != std::string::npos);
        CHECK(pdf.find(t.definition) != std::string::npos);
    }
    for (const ReportQuote &q : quotes) {
        INFO(q.text);
        CHECK(pdf.find(collapse(q.text)) != std::string::npos);
        CHECK(pdf.find(q.attribution) != std::string::npos);
    }
}

TEST_CASE("cli: French report DOCX through LibreOffice keeps every theme name and French headings", "[soffice]")
{
    const CliWorkspace &ws = study();
    ws.ok({"report", "S.weft", "--format", "docx", "--lang", "fr", "-o", "rapport.docx"});
    if (!haveTool("soffice") || !haveTool("pdftotext")) {
        WARN("soffice or pdftotext is not installed; run cmake/install-deps.sh to check the DOCX in LibreOffice");
        return;
    }
    const std::string dir = ws.path("");
    const std::string convert = "cd '" + dir + "' && timeout 120 soffice -env:UserInstallation=file://" + dir +
                                "/lo --headless --convert-to pdf rapport.docx >soffice-fr.log 2>&1";
    REQUIRE(std::system(convert.c_str()) == 0);
    REQUIRE(std::system(("cd '" + dir + "' && pdftotext -enc UTF-8 rapport.pdf rapport.txt").c_str()) == 0);
    const std::string pdf = collapse(ws.read("rapport.txt"));
    REQUIRE(!pdf.empty());
    for (const Theme &t : kThemes) {
        INFO(t.name);
        CHECK(pdf.find(t.name) != std::string::npos);
    }
    for (const char *heading : {"Rapport de résultats", "Présentation de l'étude", "Thèmes", "Extraits exemplaires.",
                                "Triangulation des sources de données", "Annexe A. Dictionnaire des codes"}) {
        INFO(heading);
        CHECK(pdf.find(heading) != std::string::npos);
    }
    CHECK(pdf.find("Study summary") == std::string::npos);
}

TEST_CASE("cli: export writes the excerpts table as CSV and XLSX")
{
    const CliWorkspace &ws = study();
    const auto json = ws.ok({"export", "S.weft", "--excerpts", "excerpts.csv", "--json"}).json();
    CHECK(json["rows"] == 62);
    CHECK(json["format"] == "csv");
    CHECK(json["content"] == "excerpts");
    const std::string csv = ws.read("excerpts.csv");
    REQUIRE(csv.rfind("\xEF\xBB\xBF", 0) == 0);
    const std::string header = csv.substr(3, csv.find("\r\n") - 3);
    CHECK(header == "document,kind,participant,pseudonym,age,site,cohort,gender,completed_program,"
                    "code level 1,code level 2,start,end,text,coder,memo");
    CHECK(csv.find("\r\nP01,interview,P01,Amara,19,Northside,2019-A,female,true,Trust,Professionals,") !=
          std::string::npos);
    // A text with a comma is quoted (doubled quotes: see the codebook export).
    CHECK(csv.find(",\"The peer educators make it normal to talk about, and the nurse makes sure it's right.\",") !=
          std::string::npos);
    CHECK(std::count(csv.begin(), csv.end(), '\n') >= 63);

    const auto xlsx = ws.ok({"export", "S.weft", "--excerpts", "excerpts.xlsx", "--json"}).json();
    CHECK(xlsx["rows"] == 62);
    const std::string xlsxBytes = ws.read("excerpts.xlsx"); // the archive reads it in place
    auto zip = weft::core::ZipArchive::open(xlsxBytes, weft::core::ArchiveKind{"xlsx", "Excel"});
    REQUIRE(zip.ok());
    const auto sheet = zip->read("xl/worksheets/sheet1.xml");
    REQUIRE(sheet.ok());
    CHECK(sheet->find("With Bex and Jamal I could ask the stupid question.") != std::string::npos);
    ws.ok({"export", "S.weft", "--excerpts", "again.xlsx"});
    CHECK(ws.read("again.xlsx") == ws.read("excerpts.xlsx"));
}

TEST_CASE("cli: export writes the codebook as CSV and DOCX")
{
    const CliWorkspace &ws = study();
    const auto json = ws.ok({"export", "S.weft", "--codebook", "codebook.csv", "--json"}).json();
    CHECK(json["rows"] == 15);
    const std::string csv = ws.read("codebook.csv");
    CHECK(csv.rfind("\xEF\xBB\xBFpath,name,level,color,description,codings,codings_with_subcodes\r\n", 0) == 0);
    CHECK(csv.find("\r\nTrust,Trust,1,,,0,16\r\n") != std::string::npos);
    CHECK(csv.find("\r\nBarriers/Transport,Transport,2,,\"Getting there: buses, distance, \"\"cost\"\".\",5,5\r\n") !=
          std::string::npos);
    ws.ok({"export", "S.weft", "--codebook", "codebook.docx"});
    const std::string text = docxText(ws.read("codebook.docx"));
    CHECK(text.find("Codebook") != std::string::npos);
    CHECK(text.find("Trust / Peer educators") != std::string::npos);
    CHECK(text.find("Getting there: buses, distance, \"cost\".") != std::string::npos);

    CHECK(ws.fails({"export", "S.weft", "--codebook", "codebook.xlsx"}).exitCode == 2);
    CHECK(ws.fails({"export", "S.weft"}).exitCode == 2);
    CHECK(ws.fails({"export", "S.weft", "--excerpts", "a.csv", "--codebook", "b.csv"}).exitCode == 2);
}
