// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/documentreader.h"

namespace weft::core {

/// OpenDocument text (.odt, content.xml) with the same conventions as DocxReader: paragraphs
/// and headings as lines, tables as tab-separated lines, tracked deletions dropped, notes
/// appended after a blank line as "[citation] text".
class OdtReader : public DocumentReader {
public:
    std::vector<std::string> extensions() const override { return {"odt"}; }
    Result<ImportedDocument> read(std::string_view bytes,
                                  const ImportOptions &options) const override;
};

} // namespace weft::core
