// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/documentreader.h"

namespace weft::core {

/// Word .docx (WordprocessingML) as the text a reader of the document sees: body paragraphs as
/// lines, tables as tab-separated lines, tracked insertions kept and deletions dropped, field
/// results rather than field codes, footnotes and endnotes appended after a blank line as
/// "[n] text". Headers, footers and comments are not part of the imported text.
class DocxReader : public DocumentReader {
public:
    std::vector<std::string> extensions() const override { return {"docx"}; }
    Result<ImportedDocument> read(std::string_view bytes,
                                  const ImportOptions &options) const override;
};

} // namespace weft::core
