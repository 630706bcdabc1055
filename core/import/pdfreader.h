// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/documentreader.h"

namespace weft::core {

/// PDF (.pdf): the text layer, page by page in reading order, through poppler-cpp.
///
/// Words come from poppler's text_list(), which is in reading order (columns one after the
/// other, like pdftotext) and keeps hyphens as printed. They are regrouped into lines, and an
/// empty line is put where the gap between two lines is clearly wider than the document's
/// usual line spacing: poppler's own text output drops those paragraph breaks, yet a
/// transcript's header block and a journal's entries are found by them. Pages are joined by
/// an empty line. A PDF that needs a password to open is refused (one with only an owner
/// password, which restricts printing or copying, opens without one and imports); so is a
/// PDF without any text, which is a scan that needs OCR first. Poppler's own error messages
/// are silenced so that a damaged file never writes to stderr.
class PdfReader : public DocumentReader {
public:
    std::vector<std::string> extensions() const override { return {"pdf"}; }
    Result<ImportedDocument> read(
            std::string_view bytes, const ImportOptions &options) const override;
};

} // namespace weft::core
