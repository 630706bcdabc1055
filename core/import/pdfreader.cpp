// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/pdfreader.h"

#include "core/text/normalize.h"

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <climits>
#include <exception>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace weft::core {

namespace {

/// The PDF spec lets a file carry junk before its header; readers look this far for it.
constexpr std::size_t kHeaderSearchBytes = 1024;

void ignorePopplerMessage(const std::string &, void *) {}

/// Poppler reports every damaged object on stderr unless told otherwise; a researcher
/// importing a folder should see one clear error per bad file, not a wall of syntax errors.
void silencePoppler()
{
    static std::once_flag once;
    std::call_once(once, [] { poppler::set_debug_error_function(&ignorePopplerMessage, nullptr); });
}

bool isPdfSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\0';
}

/// One page's text: poppler ends each page with a form feed and a line end; drop them and any
/// other trailing or leading blank lines so pages join with exactly one blank line.
std::string pageText(const poppler::page &page)
{
    const poppler::byte_array utf8
            = page.text(poppler::rectf(), poppler::page::non_raw_non_physical_layout).to_utf8();
    std::string text(utf8.begin(), utf8.end());
    for (char &c : text) {
        if (c == '\f')
            c = '\n';
    }
    while (!text.empty() && isPdfSpace(text.back()))
        text.pop_back();
    std::size_t first = 0;
    while (first < text.size() && (text[first] == '\n' || text[first] == '\r'))
        ++first;
    text.erase(0, first);
    return text;
}

Result<ImportedDocument> readPdf(std::string_view bytes)
{
    if (bytes.substr(0, kHeaderSearchBytes).find("%PDF-") == std::string_view::npos)
        return makeError(ErrorCode::BadFormat,
                         "the file is not a PDF (no %PDF header); check that it really is a "
                         "PDF, or open it and export it as PDF again");
    if (bytes.size() > static_cast<std::size_t>(INT_MAX))
        return makeError(ErrorCode::BadFormat, "the PDF is too large; split it");

    silencePoppler();
    std::unique_ptr<poppler::document> pdf(poppler::document::load_from_raw_data(
            bytes.data(), static_cast<int>(bytes.size()), std::string(), std::string()));
    if (!pdf)
        return makeError(ErrorCode::BadFormat,
                         "the PDF is damaged and cannot be read; open it in a PDF viewer and "
                         "save or print it to a new PDF");
    if (pdf->is_locked())
        return makeError(ErrorCode::BadFormat,
                         "the PDF is protected by a password; remove the password (or print it "
                         "to a new PDF) and import again");
    const int pageCount = pdf->pages();
    if (pageCount <= 0)
        return makeError(ErrorCode::BadFormat,
                         "the PDF has no pages; open it in a PDF viewer and save it again");

    std::string text;
    for (int i = 0; i < pageCount; ++i) {
        const std::unique_ptr<poppler::page> page(pdf->create_page(i));
        if (!page)
            continue; // a damaged page object: keep the pages that can be read
        const std::string pageContent = pageText(*page);
        if (pageContent.find_first_not_of(" \t\r\n\f") == std::string::npos)
            continue;
        if (!text.empty())
            text += "\n\n";
        text += pageContent;
    }
    if (text.empty())
        return makeError(ErrorCode::BadFormat,
                         "the PDF has no text layer (it is a scanned image); run OCR first");

    ImportedDocument doc;
    doc.encoding = "UTF-8"; // poppler hands over Unicode, whatever the fonts' encodings
    doc.text = text::toStoredText(text);
    return doc;
}

} // namespace

Result<ImportedDocument> PdfReader::read(std::string_view bytes, const ImportOptions &) const
{
    try {
        return readPdf(bytes);
    } catch (const std::bad_alloc &) {
        return makeError(ErrorCode::BadFormat,
                         "the PDF needs more memory than is available to read; split it");
    } catch (const std::exception &) {
        return makeError(ErrorCode::BadFormat,
                         "the PDF is damaged and cannot be read; open it in a PDF viewer and "
                         "save or print it to a new PDF");
    }
}

} // namespace weft::core
