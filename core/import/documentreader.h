// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/importeddocument.h"
#include "core/util/result.h"

#include <string>
#include <string_view>

namespace weft::core {

/// Largest file any reader accepts; beyond this a study file is almost certainly not text.
inline constexpr std::size_t kMaxImportBytes = 256u * 1024u * 1024u;

/// One reader per format: bytes in, ImportedDocument out. Readers never touch the project.
class DocumentReader {
public:
    virtual ~DocumentReader() = default;
    /// Lowercase extensions without dot that this reader handles.
    virtual std::vector<std::string> extensions() const = 0;
    virtual Result<ImportedDocument> read(std::string_view bytes,
                                          const ImportOptions &options) const = 0;
};

/// Table formats (.csv, .xlsx) for feedback forms and participant tables.
class TableReader {
public:
    virtual ~TableReader() = default;
    virtual std::vector<std::string> extensions() const = 0;
    virtual Result<Table> readTable(std::string_view bytes, const ImportOptions &options) const = 0;
};

/// Reads the file at `path` with the reader for its extension and fills in the names.
Result<ImportedDocument> readDocumentFile(const std::string &path, const ImportOptions &options);

/// The extensions that readDocumentFile accepts.
std::vector<std::string> supportedImportExtensions();

} // namespace weft::core
