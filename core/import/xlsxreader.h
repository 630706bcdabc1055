// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/documentreader.h"

#include <cstddef>

namespace weft::core {

/// A sheet larger than this is refused: a feedback form or participant table is a few thousand
/// cells, and the whole sheet is held in memory.
inline constexpr std::size_t kMaxSheetCells = 1000000;

/// Excel .xlsx (SpreadsheetML): the first visible worksheet, or the one named by
/// ImportOptions::sheet, as a Table whose header is the first non-empty row. Cells read as the
/// user sees them where it matters for analysis: shared and inline strings, TRUE/FALSE, dates
/// (by their number format) as YYYY-MM-DD or YYYY-MM-DD hh:mm:ss, numbers as written.
class XlsxReader : public TableReader {
public:
    std::vector<std::string> extensions() const override { return {"xlsx"}; }
    Result<Table> readTable(std::string_view bytes, const ImportOptions &options) const override;
};

/// Excel's serial date `serial` as "YYYY-MM-DD" (with " hh:mm:ss" when `withTime` or when the
/// serial has a time of day), in the 1900 date system or, with `date1904`, the 1904 one. Empty
/// when the serial is outside Excel's date range. Exposed for tests.
std::string excelSerialToIso(double serial, bool date1904, bool withTime);

} // namespace weft::core
