// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/csvwriter.h"

namespace weft::core {

CsvWriter::CsvWriter(bool byteOrderMark)
{
    if (byteOrderMark)
        m_out = "\xEF\xBB\xBF";
}

std::string CsvWriter::field(const std::string &value)
{
    if (value.find_first_of(",\"\r\n") == std::string::npos)
        return value;
    std::string out = "\"";
    for (char c : value) {
        if (c == '"')
            out += '"';
        out += c;
    }
    return out + "\"";
}

void CsvWriter::addRow(const std::vector<std::string> &fields)
{
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i)
            m_out += ',';
        m_out += field(fields[i]);
    }
    m_out += "\r\n";
}

} // namespace weft::core
