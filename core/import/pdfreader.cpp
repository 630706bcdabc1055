// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/pdfreader.h"

#include "core/text/normalize.h"

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <algorithm>
#include <climits>
#include <cmath>
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

void ignorePopplerMessage(const std::string &, void *) { }

/// Poppler reports every damaged object on stderr unless told otherwise; a researcher
/// importing a folder should see one clear error per bad file, not a wall of syntax errors.
void silencePoppler()
{
    static std::once_flag once;
    std::call_once(once, [] { poppler::set_debug_error_function(&ignorePopplerMessage, nullptr); });
}

/// One line of words as poppler's reading order yields them.
struct PdfLine {
    std::string text;
    double top = 0; ///< extent of all its words, y grows downwards
    double bottom = 0;
    double baseline = 0; ///< bottom edge of its tallest word: a baseline proxy
    double height = 0; ///< height of its tallest word, roughly the font size
};

std::string toUtf8(const poppler::ustring &s)
{
    const poppler::byte_array bytes = s.to_utf8();
    return std::string(bytes.begin(), bytes.end());
}

/// Groups a page's words (poppler's text_list, already in reading order: columns one after
/// the other) into lines. A word continues the line when it overlaps the line vertically by
/// at least half its height, so superscripts and subscripts stay in their line.
std::vector<PdfLine> pageLines(const poppler::page &page)
{
    std::vector<PdfLine> lines;
    bool spaceBefore = false;
    for (const poppler::text_box &box : page.text_list()) {
        const std::string word = toUtf8(box.text());
        if (word.empty())
            continue;
        const poppler::rectf r = box.bbox();
        const double height = std::max(r.height(), 0.5);
        const double top = r.y();
        const double bottom = r.y() + height;
        bool sameLine = false;
        if (!lines.empty()) {
            const PdfLine &line = lines.back();
            const double overlap = std::min(bottom, line.bottom) - std::max(top, line.top);
            sameLine = overlap > 0.5 * std::min(height, line.height);
        }
        if (!sameLine) {
            lines.push_back(PdfLine{word, top, bottom, bottom, height});
        } else {
            PdfLine &line = lines.back();
            if (spaceBefore)
                line.text.push_back(' ');
            line.text += word;
            line.top = std::min(line.top, top);
            line.bottom = std::max(line.bottom, bottom);
            if (height > line.height) {
                line.height = height;
                line.baseline = bottom;
            }
        }
        spaceBefore = box.has_space_after();
    }
    return lines;
}

/// Line pitch relative to line height: about 0.9-1.2 within a single-spaced paragraph, about
/// twice that across an empty line.
double pitchRatio(const PdfLine &above, const PdfLine &below)
{
    return (below.baseline - above.baseline) / ((above.height + below.height) / 2);
}

/// Poppler's text layout keeps lines but not the space between paragraphs, which matters
/// (a transcript's header block ends at the first empty line). A paragraph break is a pitch
/// clearly wider than the document's usual one: 1.3 times its 20th percentile, but at least
/// 1.2 (so single-spaced text needs a real gap) and at most 1.6 (so a document whose lines
/// are all far apart, one-line paragraphs with empty lines between, still gets them).
double paragraphThreshold(const std::vector<std::vector<PdfLine>> &pages)
{
    std::vector<double> ratios;
    for (const auto &lines : pages) {
        for (std::size_t i = 1; i < lines.size(); ++i) {
            const double ratio = pitchRatio(lines[i - 1], lines[i]);
            if (ratio > 0)
                ratios.push_back(ratio);
        }
    }
    if (ratios.empty())
        return 1.2;
    const auto nth = ratios.begin() + static_cast<long>(ratios.size() / 5);
    std::nth_element(ratios.begin(), nth, ratios.end());
    return std::clamp(1.3 * *nth, 1.2, 1.6);
}

/// A page's text: one line per text line, an empty line between paragraphs and where the
/// reading order jumps back up the page (a new column or text box).
std::string pageText(const std::vector<PdfLine> &lines, double threshold)
{
    std::string text;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (i > 0) {
            const double ratio = pitchRatio(lines[i - 1], lines[i]);
            text += ratio > threshold || ratio < 0 ? "\n\n" : "\n";
        }
        text += lines[i].text;
    }
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

    std::vector<std::vector<PdfLine>> pages;
    for (int i = 0; i < pageCount; ++i) {
        const std::unique_ptr<poppler::page> page(pdf->create_page(i));
        if (page) // a damaged page object: keep the pages that can be read
            pages.push_back(pageLines(*page));
    }
    const double threshold = paragraphThreshold(pages);
    std::string text;
    for (const auto &lines : pages) {
        const std::string pageContent = pageText(lines, threshold);
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
