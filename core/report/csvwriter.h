// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

namespace weft::core {

/// Comma-separated values as RFC 4180 describes them: CRLF line ends, fields quoted when they
/// hold a comma, a double quote, CR or LF, quotes doubled inside. UTF-8 with a byte order mark
/// by default, because Excel reads BOM-less CSV in the system code page and garbles accents.
/// Values are written exactly; nothing is trimmed or reinterpreted.
class CsvWriter {
public:
    explicit CsvWriter(bool byteOrderMark = true);

    void addRow(const std::vector<std::string> &fields);
    const std::string &bytes() const { return m_out; }

    /// One field, quoted when needed.
    static std::string field(const std::string &value);

private:
    std::string m_out;
};

} // namespace weft::core
