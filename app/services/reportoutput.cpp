// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/services/reportoutput.h"

#include "core/report/docxwriter.h"
#include "core/report/htmlwriter.h"
#include "core/report/markdownwriter.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>

namespace weft::services {

namespace {

std::string lower(std::string_view text)
{
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

} // namespace

std::optional<ReportFormat> reportFormatFromName(std::string_view name)
{
    const std::string n = lower(name);
    if (n == "docx")
        return ReportFormat::Docx;
    if (n == "html" || n == "htm")
        return ReportFormat::Html;
    if (n == "md" || n == "markdown")
        return ReportFormat::Markdown;
    if (n == "pdf")
        return ReportFormat::Pdf;
    return std::nullopt;
}

std::optional<ReportFormat> reportFormatFromPath(const std::string &path)
{
    const std::string extension = std::filesystem::path(path).extension().string();
    if (extension.size() < 2)
        return std::nullopt;
    return reportFormatFromName(std::string_view(extension).substr(1));
}

std::string_view reportFormatName(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Docx: return "docx";
    case ReportFormat::Html: return "html";
    case ReportFormat::Markdown: return "md";
    case ReportFormat::Pdf: return "pdf";
    }
    return "docx";
}

Result<std::string> renderReport(const core::ReportDocument &report, ReportFormat format,
                                 const core::FigureRenderer *figures)
{
    switch (format) {
    case ReportFormat::Docx: return core::DocxWriter(figures).write(report);
    case ReportFormat::Html: return core::HtmlWriter(figures).write(report);
    case ReportFormat::Markdown: return core::MarkdownWriter(figures).write(report);
    case ReportFormat::Pdf: break;
    }
    return makeError(ErrorCode::InvalidArgument,
                     "PDF output arrives with the Qt report renderer; use docx and convert");
}

Result<void> writeFileAtomically(const std::string &path, const std::string &bytes)
{
    namespace fs = std::filesystem;
    const fs::path target(path);
    fs::path temporary = target;
    temporary += ".part";
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        if (!out)
            return makeError(ErrorCode::Io, "cannot write " + path + "; check that the folder exists and is writable");
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        out.close();
        if (!out) {
            std::error_code ignored;
            fs::remove(temporary, ignored);
            return makeError(ErrorCode::Io, "could not write all of " + path + "; is the disk full?");
        }
    }
    std::error_code error;
    fs::rename(temporary, target, error);
    if (error) {
        std::error_code ignored;
        fs::remove(temporary, ignored);
        return makeError(ErrorCode::Io, "cannot replace " + path + ": " + error.message());
    }
    return {};
}

} // namespace weft::services
