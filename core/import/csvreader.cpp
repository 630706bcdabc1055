// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/csvreader.h"

#include "core/text/charset.h"
#include "core/text/normalize.h"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace weft::core {

namespace {

struct Record {
    std::vector<std::string> cells;
    bool emptyLine = false; ///< a line with nothing on it: not a record (pandas agrees)
};

bool isBlankRecord(const std::vector<std::string> &cells)
{
    return std::all_of(cells.begin(), cells.end(), [](const std::string &c) { return c.empty(); });
}

std::string trimmed(std::string_view s)
{
    const std::size_t first = s.find_first_not_of(" \t\n");
    if (first == std::string_view::npos)
        return {};
    const std::size_t last = s.find_last_not_of(" \t\n");
    return std::string(s.substr(first, last - first + 1));
}

std::string columnName(std::size_t index)
{
    return "Column " + std::to_string(index + 1);
}

/// Skips blank lines; returns the offset where the first record starts.
std::size_t firstContentOffset(std::string_view text)
{
    std::size_t pos = 0;
    while (pos < text.size() && (text[pos] == '\r' || text[pos] == '\n'))
        ++pos;
    return pos;
}

/// Excel understands a first line "sep=;" naming the delimiter, and some tools write one.
bool takeSeparatorLine(std::string_view &text, char &delimiter)
{
    if (!text.starts_with("sep=") || text.size() < 5)
        return false;
    const char candidate = text[4];
    const std::size_t after = 5;
    if (after < text.size() && text[after] != '\r' && text[after] != '\n')
        return false;
    delimiter = candidate;
    std::size_t next = after;
    if (next < text.size() && text[next] == '\r')
        ++next;
    if (next < text.size() && text[next] == '\n')
        ++next;
    text.remove_prefix(next);
    return true;
}

class CsvParser {
public:
    CsvParser(std::string_view text, char delimiter, std::size_t firstLine)
        : m_text(text)
        , m_delimiter(delimiter)
        , m_line(firstLine)
    {
    }

    Result<std::vector<Record>> parse()
    {
        Record record;
        std::string field;
        bool quoted = false; // inside a quoted section
        bool wasQuoted = false; // the field began with a quote
        std::size_t quoteLine = 0;
        const auto endField = [&]() -> Result<void> {
            if (++m_cells > CsvReader::kMaxCells)
                return makeError(ErrorCode::BadFormat,
                        "the table has more than " + std::to_string(CsvReader::kMaxCells)
                                + " cells; split it into smaller files");
            record.cells.push_back(text::toStoredText(field));
            field.clear();
            wasQuoted = false;
            return {};
        };
        const auto endRecord = [&]() -> Result<void> {
            const bool emptyLine = record.cells.empty() && field.empty() && !wasQuoted;
            WEFT_TRY(endField());
            record.emptyLine = emptyLine;
            m_records.push_back(std::move(record));
            record = Record{};
            return {};
        };

        for (std::size_t i = 0; i < m_text.size(); ++i) {
            const char c = m_text[i];
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < m_text.size() && m_text[i + 1] == '"') {
                        field.push_back('"');
                        ++i;
                    } else {
                        quoted = false;
                    }
                    continue;
                }
                countLine(i);
                field.push_back(c);
                continue;
            }
            if (c == '"' && field.empty() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
                quoteLine = m_line;
            } else if (c == m_delimiter) {
                WEFT_TRY(endField());
            } else if (c == '\r' || c == '\n') {
                ++m_line;
                if (c == '\r' && i + 1 < m_text.size() && m_text[i + 1] == '\n')
                    ++i; // CRLF is one line end
                WEFT_TRY(endRecord());
            } else {
                // a quote inside an unquoted field, or text after a closing quote: kept as
                // written, as spreadsheets do
                field.push_back(c);
            }
        }
        if (quoted)
            return makeError(ErrorCode::BadFormat,
                    "the quoted field that starts on line " + std::to_string(quoteLine)
                            + " is never closed (a \" is missing); fix the quotes in "
                              "a text editor or export the table again");
        if (!field.empty() || wasQuoted || !record.cells.empty())
            WEFT_TRY(endRecord());
        return std::move(m_records);
    }

private:
    /// Counts a line end at m_text[i] ("\r\n" once) for error messages.
    void countLine(std::size_t i)
    {
        const char c = m_text[i];
        if (c == '\n' || (c == '\r' && (i + 1 >= m_text.size() || m_text[i + 1] != '\n')))
            ++m_line;
    }

    std::string_view m_text;
    char m_delimiter;
    std::size_t m_line;
    std::size_t m_cells = 0;
    std::vector<Record> m_records;
};

} // namespace

char CsvReader::sniffDelimiter(std::string_view text)
{
    static constexpr std::array<char, 3> candidates{',', ';', '\t'};
    std::array<std::size_t, 3> counts{};
    bool quoted = false;
    for (std::size_t i = firstContentOffset(text); i < text.size(); ++i) {
        const char c = text[i];
        if (c == '"') {
            quoted = !quoted; // "" inside quotes toggles twice: still quoted
            continue;
        }
        if (quoted)
            continue;
        if (c == '\r' || c == '\n')
            break;
        for (std::size_t k = 0; k < candidates.size(); ++k) {
            if (c == candidates[k])
                ++counts[k];
        }
    }
    std::size_t best = 0;
    for (std::size_t k = 1; k < candidates.size(); ++k) {
        if (counts[k] > counts[best])
            best = k;
    }
    return candidates[best];
}

Result<Table> CsvReader::readTable(std::string_view bytes, const ImportOptions &options) const
{
    auto decoded = text::decodeText(bytes, options.encoding);
    if (!decoded)
        return decoded.error();
    std::string_view text = decoded->text;

    char delimiter = 0;
    std::size_t firstLine = 1;
    if (takeSeparatorLine(text, delimiter))
        firstLine = 2;
    else
        delimiter = sniffDelimiter(text);

    CsvParser parser(text, delimiter, firstLine);
    auto records = parser.parse();
    if (!records)
        return records.error();

    auto &all = *records;
    auto headerIt = std::find_if(
            all.begin(), all.end(), [](const Record &r) { return !isBlankRecord(r.cells); });
    if (headerIt == all.end())
        return makeError(
                ErrorCode::BadFormat, "the table is empty: it has no header row with column names");

    Table table;
    // a header that ends in empty cells ("a,b,,") names no further columns
    std::size_t width = headerIt->cells.size();
    while (width > 1 && trimmed(headerIt->cells[width - 1]).empty())
        --width;
    for (std::size_t k = 0; k < width; ++k) {
        std::string name = trimmed(headerIt->cells[k]);
        table.header.push_back(name.empty() ? columnName(k) : std::move(name));
    }

    auto end = all.end();
    while (end != headerIt + 1 && isBlankRecord((end - 1)->cells))
        --end;
    for (auto it = headerIt + 1; it != end; ++it) {
        if (it->emptyLine)
            continue;
        std::vector<std::string> &cells = it->cells;
        while (cells.size() > table.header.size() && cells.back().empty())
            cells.pop_back();
        // never drop an answer: cells past the header get a column of their own
        while (cells.size() > table.header.size())
            table.header.push_back(columnName(table.header.size()));
        table.rows.push_back(std::move(cells));
    }
    for (auto &row : table.rows)
        row.resize(table.header.size());
    return table;
}

} // namespace weft::core
