// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/importeddocument.h"
#include "core/util/result.h"

#include <string>
#include <string_view>
#include <vector>

namespace weft::core {

/// Largest file any reader accepts; checked on the file size before anything is read.
inline constexpr std::size_t kMaxImportBytes = 256u * 1024u * 1024u;

/// One reader per format: bytes in, ImportedDocument out (text in stored form, plus any
/// structure the format itself carries). Readers never touch the project or the file system.
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

} // namespace weft::core
