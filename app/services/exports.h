// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/result.h"

#include <string>
#include <vector>

namespace weft::storage {
class Project;
}

namespace weft::services {

/// A table ready for a spreadsheet: header, rows, and hints for XLSX.
struct ExportTable {
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;
    std::vector<bool> numeric;  ///< per column: write as numbers in XLSX
    std::vector<double> widths; ///< per column, Excel character units
};

/// One row per coding: document, kind, participant, the participant's attributes (one column
/// each), the code path split into "code level 1..n", start, end (code points), text, coder
/// and the coding's memos. Rows in the order of `weft-cli excerpts`.
Result<ExportTable> excerptsTable(storage::Project &project);

/// The table as CSV (UTF-8 with BOM, RFC 4180) or as a one-sheet XLSX. The XLSX is stamped
/// with the project's last change, so the same project gives the same bytes.
std::string exportTableCsv(const ExportTable &table);
Result<std::string> exportTableXlsx(const ExportTable &table, const std::string &sheetName,
                                    const std::string &isoTime);

/// The time of the project's last recorded change (else its creation), for file stamps.
Result<std::string> projectLastChange(storage::Project &project);

} // namespace weft::services
