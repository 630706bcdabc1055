// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/xlsxwriter.h"

#include "core/report/escaping.h"
#include "core/report/zipwriter.h"
#include "core/text/textoffsets.h"

#include <charconv>
#include <cstdio>

namespace weft::core {

namespace {

constexpr const char *kDeclaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

/// Excel refuses (with a repair prompt) cells over 32,767 UTF-16 units; cut at a code point.
std::string fitCell(const std::string &text)
{
    constexpr std::size_t kMax = 32767;
    if (text.size() <= kMax || text::utf16Length(text) <= kMax)
        return text;
    std::u16string wide = text::toUtf16(text);
    std::size_t cut = kMax;
    if (cut > 0 && wide[cut - 1] >= 0xD800 && wide[cut - 1] <= 0xDBFF)
        --cut;
    wide.resize(cut);
    return text::toUtf8(wide);
}

bool readsAsNumber(const std::string &text)
{
    if (text.empty() || text.size() > 20)
        return false;
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    return error == std::errc() && end == text.data() + text.size();
}

std::string inlineCell(const std::string &ref, const std::string &text, int style)
{
    return "<c r=\"" + ref + "\"" + (style ? " s=\"" + std::to_string(style) + "\"" : std::string()) +
           " t=\"inlineStr\"><is><t xml:space=\"preserve\">" + xmlEscape(fitCell(text)) +
           "</t></is></c>";
}

} // namespace

XlsxWriter::XlsxWriter(std::string sheetName, std::string isoTime) : m_time(std::move(isoTime))
{
    for (char &c : sheetName) {
        if (std::string_view("[]:*?/\\").find(c) != std::string_view::npos)
            c = '_';
    }
    const std::u16string wide = text::toUtf16(sheetName);
    m_sheetName = wide.size() > 31 ? text::toUtf8(wide.substr(0, 31)) : sheetName;
    if (m_sheetName.empty())
        m_sheetName = "Sheet1";
}

void XlsxWriter::setHeader(std::vector<std::string> header) { m_header = std::move(header); }

void XlsxWriter::addRow(std::vector<std::string> row) { m_rows.push_back(std::move(row)); }

std::string XlsxWriter::columnName(std::size_t column)
{
    std::string name;
    ++column;
    while (column > 0) {
        name.insert(name.begin(), static_cast<char>('A' + (column - 1) % 26));
        column = (column - 1) / 26;
    }
    return name;
}

std::string XlsxWriter::sheetXml() const
{
    const std::size_t columns = m_header.size();
    std::string s = kDeclaration;
    s += "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
         "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">";
    const std::string last = columnName(columns ? columns - 1 : 0) + std::to_string(m_rows.size() + 1);
    s += "<dimension ref=\"A1:" + last + "\"/>";
    s += "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" "
         "activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews>";
    s += "<sheetFormatPr defaultRowHeight=\"15\"/>";
    if (!m_widths.empty()) {
        s += "<cols>";
        for (std::size_t c = 0; c < m_widths.size() && c < columns; ++c) {
            char width[32];
            std::snprintf(width, sizeof width, "%.1f", m_widths[c]);
            const std::string n = std::to_string(c + 1);
            s += "<col min=\"" + n + "\" max=\"" + n + "\" width=\"" + width + "\" customWidth=\"1\"/>";
        }
        s += "</cols>";
    }
    s += "<sheetData>";
    s += "<row r=\"1\">";
    for (std::size_t c = 0; c < columns; ++c)
        s += inlineCell(columnName(c) + "1", m_header[c], 1);
    s += "</row>";
    for (std::size_t r = 0; r < m_rows.size(); ++r) {
        const std::string rowNumber = std::to_string(r + 2);
        s += "<row r=\"" + rowNumber + "\">";
        for (std::size_t c = 0; c < columns && c < m_rows[r].size(); ++c) {
            const std::string &value = m_rows[r][c];
            if (value.empty())
                continue;
            const std::string ref = columnName(c) + rowNumber;
            if (c < m_numeric.size() && m_numeric[c] && readsAsNumber(value))
                s += "<c r=\"" + ref + "\"><v>" + value + "</v></c>";
            else
                s += inlineCell(ref, value, 0);
        }
        s += "</row>";
    }
    s += "</sheetData>";
    if (columns > 0)
        s += "<autoFilter ref=\"A1:" + last + "\"/>";
    s += "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>";
    return s + "</worksheet>";
}

Result<std::string> XlsxWriter::finish() const
{
    const std::string sheetName = xmlEscape(m_sheetName);
    ZipWriter zip(m_time);
    zip.add("[Content_Types].xml",
            std::string(kDeclaration) +
                "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
                "</Types>");
    zip.add("_rels/.rels",
            std::string(kDeclaration) +
                "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                "</Relationships>");
    // The autofilter needs its hidden defined name, or Excel drops the filter on open.
    std::string definedNames;
    if (!m_header.empty()) {
        std::string quoted; // a sheet name in a formula is quoted, with quotes doubled
        for (char c : m_sheetName)
            quoted += c == '\'' ? std::string("''") : std::string(1, c);
        definedNames = "<definedNames><definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"0\" "
                       "hidden=\"1\">'" + xmlEscape(quoted) + "'!$A$1:$" +
                       columnName(m_header.size() - 1) + "$" + std::to_string(m_rows.size() + 1) +
                       "</definedName></definedNames>";
    }
    zip.add("xl/workbook.xml",
            std::string(kDeclaration) +
                "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                "<sheets><sheet name=\"" + sheetName + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets>" +
                definedNames + "</workbook>");
    zip.add("xl/_rels/workbook.xml.rels",
            std::string(kDeclaration) +
                "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
                "</Relationships>");
    zip.add("xl/worksheets/sheet1.xml", sheetXml());
    // Style 0: default; style 1: bold (the header row).
    zip.add("xl/styles.xml",
            std::string(kDeclaration) +
                "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
                "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
                "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
                "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
                "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
                "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
                "<cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
                "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/></cellXfs>"
                "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
                "</styleSheet>");
    return zip.finish();
}

} // namespace weft::core
