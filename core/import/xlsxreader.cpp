// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/xlsxreader.h"

#include "core/import/safexml.h"
#include "core/import/ziparchive.h"
#include "core/text/normalize.h"
#include "core/util/ascii.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <chrono>
#include <cmath>
#include <optional>
#include <unordered_map>

namespace weft::core {

namespace {

constexpr std::string_view kSpreadsheetMain =
        "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
constexpr std::string_view kSpreadsheetStrict = "http://purl.oclc.org/ooxml/spreadsheetml/main";

constexpr std::array<std::string_view, 4> kWorkbookContentTypes{
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
        "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml",
        "application/vnd.ms-excel.template.macroEnabled.main+xml",
};

/// Excel's grid: columns A..XFD, rows 1..1048576.
constexpr std::uint32_t kMaxColumns = 16384;
constexpr std::uint32_t kMaxRows = 1048576;

ArchiveKind xlsxKind()
{
    return {"xlsx", "Excel"};
}

Error damaged(std::string_view what)
{
    return makeError(ErrorCode::BadFormat, "the .xlsx is damaged (" + std::string(what) +
                                                   "); re-save it from Excel");
}

// SpreadsheetML parts have a rigid structure without mixed content or foreign elements where
// we look (sheetData, sst, numFmts, cellXfs), so children are matched by local name; the
// root's namespace is checked once.

template <typename F>
void forEachChild(const pugi::xml_node &parent, std::string_view local, F &&f)
{
    for (const pugi::xml_node &child : parent.children()) {
        if (child.type() == pugi::node_element && localName(child.name()) == local)
            f(child);
    }
}

pugi::xml_node firstChild(const pugi::xml_node &parent, std::string_view local)
{
    for (const pugi::xml_node &child : parent.children()) {
        if (child.type() == pugi::node_element && localName(child.name()) == local)
            return child;
    }
    return {};
}

bool isSpreadsheetRoot(const pugi::xml_node &root, std::string_view local)
{
    XmlNamespaces ns;
    NamespaceScope scope(ns, root);
    const std::string_view uri = ns.elementUri(root);
    return localName(root.name()) == local && (uri == kSpreadsheetMain || uri == kSpreadsheetStrict);
}

std::string elementText(const pugi::xml_node &node)
{
    std::string out;
    for (const pugi::xml_node &child : node.children()) {
        if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata)
            out += child.value();
    }
    return out;
}

/// The UTF-16 unit of an "_xHHHH_" escape at `i`, or -1.
long escapeAt(std::string_view s, std::size_t i)
{
    if (i + 7 > s.size() || s[i] != '_' || s[i + 1] != 'x' || s[i + 6] != '_')
        return -1;
    long unit = 0;
    for (std::size_t k = 2; k < 6; ++k) {
        const int h = hexDigitValue(s[i + k]);
        if (h < 0)
            return -1;
        unit = unit * 16 + h;
    }
    return unit;
}

/// OOXML strings escape characters XML cannot hold as "_xHHHH_" (Excel writes a carriage
/// return in a cell as "_x000D_", and a literal "_x" as "_x005F_x").
std::string decodeEscapes(std::string_view s)
{
    if (s.find("_x") == std::string_view::npos)
        return std::string(s);
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        const long unit = escapeAt(s, i);
        if (unit < 0) {
            out.push_back(s[i]);
            ++i;
            continue;
        }
        i += 7;
        if (unit >= 0xD800 && unit <= 0xDBFF) {
            const long low = escapeAt(s, i);
            if (low >= 0xDC00 && low <= 0xDFFF) {
                appendCodePoint(out, 0x10000 + ((static_cast<char32_t>(unit) - 0xD800) << 10) +
                                             (static_cast<char32_t>(low) - 0xDC00));
                i += 7;
                continue;
            }
        }
        appendCodePoint(out, static_cast<char32_t>(unit)); // lone surrogates become U+FFFD
    }
    return out;
}

/// A shared or inline string: plain <t>, or rich-text runs <r><t> concatenated. Phonetic
/// guides (<rPh>) are not part of the cell's text.
std::string richText(const pugi::xml_node &node)
{
    std::string out;
    for (const pugi::xml_node &child : node.children()) {
        if (child.type() != pugi::node_element)
            continue;
        const std::string_view name = localName(child.name());
        if (name == "t")
            out += elementText(child);
        else if (name == "r")
            forEachChild(child, "t", [&](const pugi::xml_node &t) { out += elementText(t); });
    }
    return decodeEscapes(out);
}

/// How a number format shows a serial number: as a date, a time of day, or an elapsed time.
struct DateStyle {
    bool date = false;
    bool time = false;
    bool elapsed = false; ///< [h]:mm:ss: a duration, hours beyond 24 allowed
    bool any() const { return date || time; }
};

/// Built-in formats (ECMA-376 Part 1, 18.8.30): 14-22 and 45-47 everywhere; 27-36 and 50-58
/// are East Asian date and time formats.
DateStyle builtinDateStyle(unsigned id)
{
    DateStyle style;
    if ((id >= 14 && id <= 17) || (id >= 27 && id <= 31) || (id >= 34 && id <= 36) ||
        (id >= 50 && id <= 58))
        style.date = true;
    else if (id == 22)
        style.date = style.time = true;
    else if ((id >= 18 && id <= 21) || id == 32 || id == 33 || id == 45 || id == 47)
        style.time = true;
    else if (id == 46)
        style.time = style.elapsed = true;
    return style;
}

/// Reads a custom format code the way Excel decides whether it is a date: date and time letters
/// outside quotes, escapes and brackets. "m" is minutes after "h" or before "s", else months.
DateStyle customDateStyle(std::string_view code)
{
    DateStyle style;
    std::vector<char> tokens; // one letter per run of date/time letters: d, m, y, h, s
    bool inQuotes = false;
    for (std::size_t i = 0; i < code.size(); ++i) {
        const char c = code[i];
        if (inQuotes) {
            inQuotes = c != '"';
            continue;
        }
        if (c == '"') {
            inQuotes = true;
        } else if (c == '\\' || c == '_' || c == '*') {
            ++i; // escaped literal, padding width, fill character
        } else if (c == ';') {
            break; // the first section decides
        } else if (c == '[') {
            const std::size_t close = code.find(']', i);
            if (close == std::string_view::npos)
                break;
            std::string inside(code.substr(i + 1, close - i - 1));
            std::transform(inside.begin(), inside.end(), inside.begin(),
                           [](char ch) { return static_cast<char>(std::tolower(
                                                 static_cast<unsigned char>(ch))); });
            if (!inside.empty() && inside.find_first_not_of(inside[0]) == std::string::npos &&
                (inside[0] == 'h' || inside[0] == 'm' || inside[0] == 's')) {
                style.time = style.elapsed = true;
                tokens.push_back(inside[0]);
            }
            i = close; // colours, conditions and locales otherwise
        } else {
            const char lower = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            if (lower == 'a' && (code.substr(i, 5) == "AM/PM" || code.substr(i, 5) == "am/pm")) {
                style.time = true;
                i += 4;
            } else if (lower == 'a' && (code.substr(i, 3) == "A/P" || code.substr(i, 3) == "a/p")) {
                style.time = true;
                i += 2;
            } else if (lower == 'd' || lower == 'm' || lower == 'y' || lower == 'h' ||
                       lower == 's') {
                if (tokens.empty() || tokens.back() != lower || i == 0 ||
                    std::tolower(static_cast<unsigned char>(code[i - 1])) != lower)
                    tokens.push_back(lower);
            }
        }
    }
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        switch (tokens[i]) {
        case 'd':
        case 'y':
            style.date = true;
            break;
        case 'h':
        case 's':
            style.time = true;
            break;
        case 'm': {
            const bool afterHour = i > 0 && tokens[i - 1] == 'h';
            const bool beforeSecond = i + 1 < tokens.size() && tokens[i + 1] == 's';
            if (afterHour || beforeSecond)
                style.time = true;
            else
                style.date = true;
            break;
        }
        default:
            break;
        }
    }
    return style;
}

/// The date style of each cell format (cellXfs index), from styles.xml.
class Styles {
public:
    void load(const pugi::xml_node &styleSheet)
    {
        std::unordered_map<unsigned, DateStyle> custom;
        if (const pugi::xml_node numFmts = firstChild(styleSheet, "numFmts")) {
            forEachChild(numFmts, "numFmt", [&](const pugi::xml_node &numFmt) {
                custom[numFmt.attribute("numFmtId").as_uint()] =
                        customDateStyle(numFmt.attribute("formatCode").value());
            });
        }
        if (const pugi::xml_node cellXfs = firstChild(styleSheet, "cellXfs")) {
            forEachChild(cellXfs, "xf", [&](const pugi::xml_node &xf) {
                const unsigned id = xf.attribute("numFmtId").as_uint();
                const auto found = custom.find(id);
                m_xfs.push_back(found != custom.end() ? found->second : builtinDateStyle(id));
            });
        }
    }

    DateStyle forCell(const pugi::xml_node &cell) const
    {
        const pugi::xml_attribute s = cell.attribute("s");
        if (!s)
            return {};
        const unsigned index = s.as_uint();
        return index < m_xfs.size() ? m_xfs[index] : DateStyle{};
    }

private:
    std::vector<DateStyle> m_xfs;
};

std::optional<double> parseDouble(std::string_view s)
{
    while (!s.empty() && s.front() == ' ')
        s.remove_prefix(1);
    while (!s.empty() && s.back() == ' ')
        s.remove_suffix(1);
    if (!s.empty() && s.front() == '+')
        s.remove_prefix(1);
    double value = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
    if (s.empty() || ec != std::errc() || end != s.data() + s.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

/// A number as Excel's General format shows it: integers without ".0", at most 15 significant
/// digits (so 0.10000000000000001 reads 0.1). Locale-independent, unlike printf. Values only
/// scientific notation can show are kept as written.
std::string formatNumber(std::string_view written)
{
    const std::optional<double> value = parseDouble(written);
    if (!value)
        return std::string(written);
    const double v = *value;
    if (v == std::trunc(v) && std::fabs(v) < 1e15)
        return std::to_string(static_cast<long long>(v));
    std::array<char, 64> buffer{};
    const auto [end, ec] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), v,
                                         std::chars_format::general, 15);
    if (ec != std::errc())
        return std::string(written);
    const std::string_view shown(buffer.data(), static_cast<std::size_t>(end - buffer.data()));
    if (shown.find('e') != std::string_view::npos)
        return std::string(written);
    return std::string(shown);
}

std::string twoDigits(long long n)
{
    return (n < 10 ? "0" : "") + std::to_string(n);
}

std::string clockTime(long long seconds, bool elapsed)
{
    const long long hours = seconds / 3600;
    const std::string h = elapsed ? std::to_string(hours) : twoDigits(hours % 24);
    return h + ":" + twoDigits(seconds / 60 % 60) + ":" + twoDigits(seconds % 60);
}

/// A number cell: a date or time when its format says so, else the number.
std::string numberCell(std::string_view written, DateStyle style, bool date1904)
{
    if (!style.any())
        return formatNumber(written);
    const std::optional<double> serial = parseDouble(written);
    if (!serial || *serial < 0)
        return formatNumber(written);
    if (style.time && !style.date) {
        const long long seconds = std::llround(*serial * 86400.0);
        if (style.elapsed || seconds < 86400)
            return clockTime(seconds, style.elapsed);
    }
    std::string iso = excelSerialToIso(*serial, date1904, style.time);
    if (!iso.empty())
        return iso;
    if (*serial > 0 && *serial < 1)
        return clockTime(std::llround(*serial * 86400.0), false); // day 0 of the 1900 system
    return formatNumber(written);
}

/// t="d": an ISO 8601 date-time written by Strict OOXML producers.
std::string isoDateCell(std::string_view value)
{
    std::string out(value.substr(0, 10));
    if (value.size() >= 19 && (value[10] == 'T' || value[10] == ' ')) {
        const std::string_view time = value.substr(11, 8);
        if (time != "00:00:00")
            out += " " + std::string(time);
    }
    return out;
}

struct Cell {
    std::uint32_t row = 0;
    std::uint32_t column = 0;
    std::string value;
};

/// "C5" -> column 2, row 5. False for anything outside Excel's grid.
bool parseCellReference(std::string_view ref, std::uint32_t &row, std::uint32_t &column)
{
    std::size_t i = 0;
    std::uint32_t col = 0;
    while (i < ref.size() && std::isalpha(static_cast<unsigned char>(ref[i]))) {
        col = col * 26 + static_cast<std::uint32_t>(
                                 std::toupper(static_cast<unsigned char>(ref[i])) - 'A' + 1);
        if (col > kMaxColumns)
            return false;
        ++i;
    }
    if (i == 0 || i == ref.size())
        return false;
    std::uint32_t r = 0;
    const auto [end, ec] = std::from_chars(ref.data() + i, ref.data() + ref.size(), r);
    if (ec != std::errc() || end != ref.data() + ref.size() || r == 0 || r > kMaxRows)
        return false;
    row = r;
    column = col - 1;
    return true;
}

struct SheetEntry {
    std::string name;
    std::string relationshipId;
    bool visible = true;
};

struct Workbook {
    std::vector<SheetEntry> sheets;
    bool date1904 = false;
};

Result<Workbook> readWorkbook(ZipArchive &archive, const std::string &part)
{
    pugi::xml_document document;
    WEFT_TRY(readXmlPart(archive, part, document));
    const pugi::xml_node root = document.document_element();
    if (!isSpreadsheetRoot(root, "workbook")) {
        if (localName(root.name()) == "document") {
            return makeError(ErrorCode::BadFormat,
                             "the file is a Word document, not an Excel workbook; rename it to "
                             ".docx to import it as a document");
        }
        return makeError(ErrorCode::BadFormat,
                         "the .xlsx main part is not an Excel workbook; re-save it from Excel");
    }
    Workbook workbook;
    if (const pugi::xml_node properties = firstChild(root, "workbookPr")) {
        const std::string_view value = properties.attribute("date1904").value();
        workbook.date1904 = value == "1" || value == "true";
    }
    if (const pugi::xml_node sheets = firstChild(root, "sheets")) {
        forEachChild(sheets, "sheet", [&](const pugi::xml_node &sheet) {
            SheetEntry entry;
            entry.name = sheet.attribute("name").value();
            const std::string_view state = sheet.attribute("state").value();
            entry.visible = state != "hidden" && state != "veryHidden";
            // r:id is the only prefixed "id" attribute a sheet has.
            for (const pugi::xml_attribute &attribute : sheet.attributes()) {
                const std::string_view name = attribute.name();
                if (name.find(':') != std::string_view::npos && localName(name.data()) == "id")
                    entry.relationshipId = attribute.value();
            }
            workbook.sheets.push_back(std::move(entry));
        });
    }
    return workbook;
}

std::string quotedList(const std::vector<SheetEntry> &sheets)
{
    std::string out;
    for (const SheetEntry &sheet : sheets)
        out += (out.empty() ? "\"" : ", \"") + sheet.name + "\"";
    return out;
}

char asciiLower(char c)
{
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

bool equalsIgnoringAsciiCase(std::string_view a, std::string_view b)
{
    return a.size() == b.size() &&
           std::equal(a.begin(), a.end(), b.begin(),
                      [](char x, char y) { return asciiLower(x) == asciiLower(y); });
}

/// Reads the cells of a worksheet; only non-empty values are kept.
Result<std::vector<Cell>> readCells(const pugi::xml_node &worksheet,
                                    const std::vector<std::string> &sharedStrings,
                                    const Styles &styles, bool date1904)
{
    std::vector<Cell> cells;
    const pugi::xml_node sheetData = firstChild(worksheet, "sheetData");
    std::size_t count = 0;
    std::uint32_t nextRow = 1;
    for (const pugi::xml_node &row : sheetData.children()) {
        if (row.type() != pugi::node_element || localName(row.name()) != "row")
            continue;
        std::uint32_t rowNumber = nextRow;
        if (const pugi::xml_attribute r = row.attribute("r")) {
            rowNumber = r.as_uint();
            if (rowNumber == 0 || rowNumber > kMaxRows)
                return damaged("a row number is outside the sheet");
        }
        if (rowNumber > kMaxRows)
            return damaged("a row number is outside the sheet");
        nextRow = rowNumber + 1;
        std::uint32_t nextColumn = 0;
        for (const pugi::xml_node &c : row.children()) {
            if (c.type() != pugi::node_element || localName(c.name()) != "c")
                continue;
            if (++count > kMaxSheetCells) {
                return makeError(ErrorCode::BadFormat,
                                 "the sheet holds more than " + std::to_string(kMaxSheetCells) +
                                         " cells, far more than a form or participant table; "
                                         "export the part you need to its own sheet");
            }
            Cell cell{rowNumber, nextColumn, {}};
            if (const pugi::xml_attribute r = c.attribute("r")) {
                if (!parseCellReference(r.value(), cell.row, cell.column))
                    return damaged("a cell reference is not valid");
            }
            if (cell.column >= kMaxColumns)
                return damaged("a cell lies beyond the last column");
            nextColumn = cell.column + 1;

            const std::string_view type = c.attribute("t").value();
            const pugi::xml_node v = firstChild(c, "v");
            const std::string value = v ? elementText(v) : std::string();
            if (type == "s") {
                if (!v)
                    continue;
                const std::optional<double> index = parseDouble(value);
                if (!index || *index < 0 || *index >= static_cast<double>(sharedStrings.size()) ||
                    *index != std::trunc(*index))
                    return damaged("a cell refers to a shared string that does not exist");
                cell.value = sharedStrings[static_cast<std::size_t>(*index)];
            } else if (type == "inlineStr") {
                if (const pugi::xml_node is = firstChild(c, "is"))
                    cell.value = richText(is);
            } else if (type == "str") {
                cell.value = decodeEscapes(value);
            } else if (type == "b") {
                cell.value = value == "1" ? "TRUE" : value == "0" ? "FALSE" : value;
            } else if (type == "e") {
                cell.value.clear(); // #N/A, #DIV/0!: no data
            } else if (type == "d") {
                cell.value = isoDateCell(value);
            } else if (!value.empty()) {
                cell.value = numberCell(value, styles.forCell(c), date1904);
            }
            if (cell.value.empty())
                continue;
            cell.value = text::toStoredText(cell.value);
            cells.push_back(std::move(cell));
        }
    }
    return cells;
}

/// Lays the cells out as a table: the first non-empty row is the header, columns left of any
/// content are dropped, rows are cut to the header's width, trailing empty rows disappear.
Result<Table> layOut(std::vector<Cell> cells)
{
    Table table;
    if (cells.empty())
        return table;
    std::stable_sort(cells.begin(), cells.end(), [](const Cell &a, const Cell &b) {
        return a.row != b.row ? a.row < b.row : a.column < b.column;
    });
    const std::uint32_t headerRow = cells.front().row;
    std::uint32_t firstColumn = kMaxColumns;
    std::uint32_t lastHeaderColumn = 0;
    for (const Cell &cell : cells) {
        firstColumn = std::min(firstColumn, cell.column);
        if (cell.row == headerRow)
            lastHeaderColumn = std::max(lastHeaderColumn, cell.column);
    }
    const std::uint32_t width = lastHeaderColumn - firstColumn + 1;
    std::uint32_t lastRow = headerRow;
    for (const Cell &cell : cells) {
        if (cell.column - firstColumn < width)
            lastRow = std::max(lastRow, cell.row);
    }
    const std::uint64_t rowCount = lastRow - headerRow;
    if (rowCount * width > kMaxSheetCells) {
        return makeError(ErrorCode::BadFormat,
                         "the sheet spans more than " + std::to_string(kMaxSheetCells) +
                                 " cells, far more than a form or participant table; export "
                                 "the part you need to its own sheet");
    }
    table.header.assign(width, std::string());
    table.rows.assign(static_cast<std::size_t>(rowCount), std::vector<std::string>(width));
    for (Cell &cell : cells) {
        const std::uint32_t column = cell.column - firstColumn;
        if (column >= width || cell.row > lastRow)
            continue;
        if (cell.row == headerRow)
            table.header[column] = std::move(cell.value);
        else
            table.rows[cell.row - headerRow - 1][column] = std::move(cell.value);
    }
    return table;
}

} // namespace

std::string excelSerialToIso(double serial, bool date1904, bool withTime)
{
    using namespace std::chrono;
    if (!std::isfinite(serial) || serial < 0 || serial >= 2958466.0)
        return {};
    double whole = std::floor(serial);
    long long seconds = std::llround((serial - whole) * 86400.0);
    if (seconds >= 86400) {
        whole += 1;
        seconds -= 86400;
    }
    const auto dayNumber = static_cast<int>(whole);
    std::string date;
    if (date1904) {
        const year_month_day ymd{sys_days{year{1904} / January / 1} + days{dayNumber}};
        date = std::to_string(static_cast<int>(ymd.year())) + "-" +
               twoDigits(static_cast<unsigned>(ymd.month())) + "-" +
               twoDigits(static_cast<unsigned>(ymd.day()));
    } else if (dayNumber == 0) {
        return {}; // "1900-01-00": Excel's null date, no real day
    } else if (dayNumber == 60) {
        date = "1900-02-29"; // Excel keeps Lotus 1-2-3's phantom leap day
    } else {
        // Serial 1 is 1900-01-01; past the phantom 29 February everything shifts by one.
        const sys_days base = dayNumber < 60 ? sys_days{year{1899} / December / 31}
                                             : sys_days{year{1899} / December / 30};
        const year_month_day ymd{base + days{dayNumber}};
        date = std::to_string(static_cast<int>(ymd.year())) + "-" +
               twoDigits(static_cast<unsigned>(ymd.month())) + "-" +
               twoDigits(static_cast<unsigned>(ymd.day()));
    }
    if (date.size() != 10)
        return {}; // beyond year 9999
    if (withTime || seconds != 0)
        date += " " + clockTime(seconds, false);
    return date;
}

Result<Table> XlsxReader::readTable(std::string_view bytes, const ImportOptions &options) const
{
    auto archive = ZipArchive::open(bytes, xlsxKind());
    if (!archive)
        return archive.error();
    auto workbookPart = findMainPart(
            *archive, {kWorkbookContentTypes.begin(), kWorkbookContentTypes.end()}, "xl/workbook.xml");
    if (!workbookPart)
        return workbookPart.error();
    if (workbookPart->empty()) {
        return makeError(ErrorCode::BadFormat,
                         "the .xlsx has no workbook part (xl/workbook.xml); it is damaged or not "
                         "an Excel workbook; re-save it from Excel");
    }
    auto workbook = readWorkbook(*archive, *workbookPart);
    if (!workbook)
        return workbook.error();
    auto relationships = readRelationships(*archive, *workbookPart);
    if (!relationships)
        return relationships.error();

    // The sheet: the one asked for, else the first visible worksheet (what Excel opens on).
    const auto relationshipFor = [&](const SheetEntry &sheet) -> const Relationship * {
        for (const Relationship &r : *relationships) {
            if (r.id == sheet.relationshipId)
                return &r;
        }
        return nullptr;
    };
    const auto isWorksheet = [&](const SheetEntry &sheet) {
        const Relationship *r = relationshipFor(sheet);
        return r && r->type.size() >= 10 && r->type.substr(r->type.size() - 10) == "/worksheet";
    };
    const SheetEntry *chosen = nullptr;
    if (!options.sheet.empty()) {
        for (const SheetEntry &sheet : workbook->sheets) {
            if (sheet.name == options.sheet) {
                chosen = &sheet;
                break;
            }
        }
        for (const SheetEntry &sheet : workbook->sheets) {
            if (!chosen && equalsIgnoringAsciiCase(sheet.name, options.sheet))
                chosen = &sheet;
        }
        if (!chosen) {
            return makeError(ErrorCode::NotFound,
                             "the workbook has no sheet named \"" + options.sheet +
                                     "\"; its sheets are " + quotedList(workbook->sheets));
        }
        if (!isWorksheet(*chosen)) {
            return makeError(ErrorCode::BadFormat,
                             "the sheet \"" + chosen->name +
                                     "\" is a chart or macro sheet, not a table of cells");
        }
    } else {
        for (const SheetEntry &sheet : workbook->sheets) {
            if (!chosen && sheet.visible && isWorksheet(sheet))
                chosen = &sheet;
        }
        for (const SheetEntry &sheet : workbook->sheets) {
            if (!chosen && isWorksheet(sheet))
                chosen = &sheet;
        }
        if (!chosen) {
            return makeError(ErrorCode::BadFormat,
                             "the workbook holds no worksheet with cells; re-save it from Excel");
        }
    }
    const Relationship *sheetRelationship = relationshipFor(*chosen);
    const std::string sheetPart =
            sheetRelationship ? archive->findIgnoringCase(sheetRelationship->target) : "";
    if (sheetPart.empty())
        return damaged("the sheet \"" + chosen->name + "\" has no data part");

    std::vector<std::string> sharedStrings;
    {
        std::string part;
        if (const Relationship *r = findRelationship(*relationships, "sharedStrings"))
            part = archive->findIgnoringCase(r->target);
        if (part.empty())
            part = archive->findIgnoringCase("xl/sharedStrings.xml");
        if (!part.empty()) {
            pugi::xml_document document;
            WEFT_TRY(readXmlPart(*archive, part, document));
            forEachChild(document.document_element(), "si", [&](const pugi::xml_node &si) {
                sharedStrings.push_back(richText(si));
            });
        }
    }
    Styles styles;
    {
        std::string part;
        if (const Relationship *r = findRelationship(*relationships, "styles"))
            part = archive->findIgnoringCase(r->target);
        if (part.empty())
            part = archive->findIgnoringCase("xl/styles.xml");
        pugi::xml_document document;
        if (!part.empty()) {
            WEFT_TRY(readXmlPart(*archive, part, document));
            styles.load(document.document_element());
        }
    }

    pugi::xml_document sheetDocument;
    WEFT_TRY(readXmlPart(*archive, sheetPart, sheetDocument));
    const pugi::xml_node worksheet = sheetDocument.document_element();
    if (!isSpreadsheetRoot(worksheet, "worksheet"))
        return damaged("the sheet \"" + chosen->name + "\" is not a worksheet");
    auto cells = readCells(worksheet, sharedStrings, styles, workbook->date1904);
    if (!cells)
        return cells.error();
    return layOut(std::move(*cells));
}

} // namespace weft::core
