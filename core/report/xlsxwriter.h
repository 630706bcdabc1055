// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/result.h"

#include <string>
#include <vector>

namespace weft::core {

/// One worksheet as a minimal Excel .xlsx: inline strings (no shared-string table to keep in
/// step), a bold header row that stays frozen and carries an autofilter, numbers as numbers in
/// the columns marked numeric. Deterministic like DocxWriter: fixed entry order and timestamp.
class XlsxWriter {
public:
    /// `sheetName` is cut to Excel's 31 characters with []:*?/\ replaced; `isoTime` stamps the
    /// zip entries and document properties.
    XlsxWriter(std::string sheetName, std::string isoTime);

    void setHeader(std::vector<std::string> header);
    /// Columns whose cells are written as numbers when they read fully as one.
    void setNumericColumns(std::vector<bool> numeric) { m_numeric = std::move(numeric); }
    /// Column widths in Excel character units; missing columns keep Excel's default.
    void setColumnWidths(std::vector<double> widths) { m_widths = std::move(widths); }
    void addRow(std::vector<std::string> row);

    Result<std::string> finish() const;

    /// "A", "B", ... "Z", "AA": the letters of a 0-based column.
    static std::string columnName(std::size_t column);

private:
    std::string sheetXml() const;

    std::string m_sheetName;
    std::string m_time;
    std::vector<std::string> m_header;
    std::vector<bool> m_numeric;
    std::vector<double> m_widths;
    std::vector<std::vector<std::string>> m_rows;
};

} // namespace weft::core
