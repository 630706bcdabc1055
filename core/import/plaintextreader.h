// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/documentreader.h"

namespace weft::core {

/// Plain text in any common encoding (BOM, UTF-8, ICU detection, Windows-1252 fallback).
class PlainTextReader : public DocumentReader {
public:
    std::vector<std::string> extensions() const override { return {"txt", "text"}; }
    Result<ImportedDocument> read(std::string_view bytes,
                                  const ImportOptions &options) const override;
};

} // namespace weft::core
