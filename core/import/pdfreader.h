// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/documentreader.h"

namespace weft::core {

/// PDF (.pdf): the text layer, page by page in reading order, through poppler-cpp.
///
/// Poppler's reading-order layout (what pdftotext prints by default) is used rather than the
/// physical layout: it follows columns and keeps one line per text line with a blank line
/// between paragraphs, instead of padding with spaces to mimic the page. Pages are joined by
/// a blank line. A PDF that needs a password to open is refused (one with only an owner
/// password, which restricts printing or copying, opens without one and imports); so is a
/// PDF without any text, which is a scan that needs OCR first. Poppler's own error messages
/// are silenced so that a damaged file never writes to stderr.
class PdfReader : public DocumentReader {
public:
    std::vector<std::string> extensions() const override { return {"pdf"}; }
    Result<ImportedDocument> read(std::string_view bytes,
                                  const ImportOptions &options) const override;
};

} // namespace weft::core
