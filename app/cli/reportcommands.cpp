// SPDX-License-Identifier: GPL-3.0-or-later
// report | export

#include "app/cli/commands.h"
#include "app/services/exports.h"
#include "app/services/exportscodebook.h"
#include "app/services/findingsreport.h"
#include "app/services/reportoutput.h"

#ifdef WEFT_HAVE_QT_RENDER
#include "app/render/guiapp.h"
#include "app/render/pdfreportwriter.h"
#include "app/render/qtfigurerenderer.h"
#endif

#include <charconv>
#include <filesystem>
#include <iostream>

namespace weft::cli {

namespace {

/// The output file: `-o OUT` (kept as two operands by the option parser) or `--output OUT`.
std::string outputPath(const CliContext &ctx)
{
    std::optional<std::string> path = ctx.args.value("output");
    for (std::size_t i = 1; i < ctx.operands.size(); ++i) {
        if (ctx.operands[i] == "-o") {
            if (i + 1 >= ctx.operands.size())
                throw CliError("-o needs a file name, e.g. -o report.docx", 2);
            path = ctx.operands[i + 1];
            ++i;
        } else {
            throw CliError("unexpected argument '" + ctx.operands[i] + "'; see `weft-cli help`", 2);
        }
    }
    if (!path || path->empty())
        throw CliError("give the output file with -o OUT", 2);
    return *path;
}

/// Refuses to write over the project itself: one mistyped argument must not destroy a study.
void checkNotProject(const CliContext &ctx, const std::string &output)
{
    std::error_code error;
    if (std::filesystem::equivalent(ctx.operand(0, "project file (S.weft)"), output, error))
        throw CliError("the output " + output + " is the project file itself; choose another name", 2);
}

std::vector<std::string> splitList(const std::vector<std::string> &values)
{
    std::vector<std::string> out;
    for (const std::string &value : values) {
        std::size_t from = 0;
        while (from <= value.size()) {
            const std::size_t comma = value.find(',', from);
            std::string item = value.substr(from, comma == std::string::npos ? std::string::npos : comma - from);
            if (!item.empty())
                out.push_back(item);
            if (comma == std::string::npos)
                break;
            from = comma + 1;
        }
    }
    return out;
}

int parseQuotes(const std::string &text)
{
    int n = -1;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), n);
    if (error != std::errc() || end != text.data() + text.size() || n < 0 || n > 100)
        throw CliError("--quotes must be a number from 0 to 100", 2);
    return n;
}

std::string extensionOf(const std::string &path)
{
    std::string ext = std::filesystem::path(path).extension().string();
    for (char &c : ext)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return ext;
}

} // namespace

int runReport(CliContext &ctx)
{
    ctx.allowOptions({"format", "output", "lang", "themes", "quotes", "no-attributes", "pdf-engine", "paper"});
    ctx.operand(0, "project file (S.weft)");
    const std::string output = outputPath(ctx);
    std::optional<services::ReportFormat> format;
    if (const auto name = ctx.args.value("format")) {
        format = services::reportFormatFromName(*name);
        if (!format)
            throw CliError("--format must be docx, pdf, html or md, not '" + *name + "'", 2);
    } else {
        format = services::reportFormatFromPath(output);
        if (!format)
            throw CliError("give --format docx|pdf|html|md (the output's extension does not say)", 2);
    }
    // PDF comes from Qt (QTextDocument + QPdfWriter); --pdf-engine qt is accepted for scripts
    // written while it was optional.
    const std::string pdfEngine = ctx.args.value("pdf-engine").value_or("qt");
    if (pdfEngine != "qt")
        throw CliError("--pdf-engine must be qt, not '" + pdfEngine + "'", 2);
    const std::string paper = ctx.args.value("paper").value_or("a4");
    if (paper != "a4" && paper != "letter")
        throw CliError("--paper must be a4 or letter, not '" + paper + "'", 2);
#ifdef WEFT_HAVE_QT_RENDER
    const bool qtPdf = pdfEngine == "qt";
#else
    const bool qtPdf = false;
#endif
    if (*format == services::ReportFormat::Pdf && !qtPdf)
        throw CliError("this weft-cli was built without Qt (WEFT_BUILD_GUI=OFF), so it cannot "
                       "write PDF; write docx and convert it, or build with the GUI");
    services::FindingsReportOptions options;
    options.language = ctx.args.value("lang").value_or("en");
    if (options.language != "en" && options.language != "fr")
        throw CliError("--lang must be en or fr, not '" + options.language + "'", 2);
    options.themes = splitList(ctx.args.values("themes"));
    if (const auto quotes = ctx.args.value("quotes"))
        options.quotesPerTheme = parseQuotes(*quotes);
    options.includeAttributes = !ctx.args.has("no-attributes");
    checkNotProject(ctx, output);

    auto project = ctx.openProject(false);
    const auto report = check(services::buildFindingsReport(*project, options));
    std::string bytes;
#ifdef WEFT_HAVE_QT_RENDER
    // Figures are drawn with Qt when it can start (offscreen); else writers use their text form.
    const bool haveQt = render::ensureGuiApplication();
    const render::QtFigureRenderer qtFigures;
    const core::FigureRenderer *figures = haveQt ? &qtFigures : nullptr;
    if (*format == services::ReportFormat::Pdf) {
        if (!haveQt)
            throw CliError("Qt could not start to draw the PDF; set QT_QPA_PLATFORM=offscreen");
        bytes = check(render::PdfReportWriter(figures, paper == "letter" ? render::PdfPageSize::Letter
                                                                         : render::PdfPageSize::A4)
                          .write(report.document));
    } else {
        bytes = check(services::renderReport(report.document, *format, figures));
    }
#else
    bytes = check(services::renderReport(report.document, *format));
#endif
    check(project->close());
    check(services::writeFileAtomically(output, bytes));
    const std::string formatName(services::reportFormatName(*format));
    if (ctx.json) {
        printJson({{"output", output},
                   {"format", formatName},
                   {"themes", report.themes},
                   {"quotes", report.quotes}});
    } else {
        std::cout << "wrote " << output << " (" << formatName << ", " << report.themes
                  << " theme(s), " << report.quotes << " quote(s))\n";
    }
    return 0;
}

int runExport(CliContext &ctx)
{
    ctx.allowOptions({"excerpts", "codebook", "lang"});
    ctx.operand(0, "project file (S.weft)");
    if (ctx.operands.size() > 1)
        throw CliError("unexpected argument '" + ctx.operands[1] + "'; see `weft-cli help`", 2);
    const auto excerpts = ctx.args.value("excerpts");
    const auto codebook = ctx.args.value("codebook");
    if (excerpts.has_value() == codebook.has_value())
        throw CliError("give one of --excerpts OUT.csv|OUT.xlsx or --codebook OUT.docx|OUT.csv", 2);
    const std::string output = excerpts ? *excerpts : *codebook;
    const std::string extension = extensionOf(output);
    const bool csv = extension == ".csv";
    if (excerpts && !csv && extension != ".xlsx")
        throw CliError("--excerpts writes .csv or .xlsx; name the file OUT.csv or OUT.xlsx", 2);
    if (codebook && !csv && extension != ".docx")
        throw CliError("--codebook writes .docx or .csv; name the file OUT.docx or OUT.csv", 2);
    const std::string language = ctx.args.value("lang").value_or("en");
    if (language != "en" && language != "fr")
        throw CliError("--lang must be en or fr, not '" + language + "'", 2);
    checkNotProject(ctx, output);

    auto project = ctx.openProject(false);
    std::string bytes;
    std::size_t rows = 0;
    if (excerpts) {
        const auto table = check(services::excerptsTable(*project));
        rows = table.rows.size();
        bytes = csv ? services::exportTableCsv(table)
                    : check(services::exportTableXlsx(table, "Excerpts",
                                                      check(services::projectLastChange(*project))));
    } else {
        const auto table = check(services::codebookTable(*project));
        rows = table.rows.size();
        bytes = csv ? services::exportTableCsv(table) : check(services::codebookDocx(*project, language));
    }
    check(project->close());
    check(services::writeFileAtomically(output, bytes));
    const std::string content = excerpts ? "excerpts" : "codebook";
    if (ctx.json) {
        printJson({{"output", output},
                   {"format", extension.substr(1)},
                   {"content", content},
                   {"rows", rows}});
    } else {
        std::cout << "wrote " << output << " (" << content << ", " << rows << " row(s))\n";
    }
    return 0;
}

} // namespace weft::cli
