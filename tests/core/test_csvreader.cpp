// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/csvreader.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using Catch::Matchers::Contains;
using weft::ErrorCode;
using weft::core::CsvReader;
using weft::core::ImportOptions;
using weft::core::Table;

namespace {

using Rows = std::vector<std::vector<std::string>>;

Table readCsv(const std::string &bytes, const ImportOptions &options = {})
{
    auto table = CsvReader().readTable(bytes, options);
    INFO(bytes);
    REQUIRE(table.ok());
    return std::move(table).value();
}

std::string utf16LeWithBom(const std::u16string &text)
{
    std::string out = "\xFF\xFE";
    for (const char16_t unit : text) {
        out.push_back(static_cast<char>(unit & 0xFF));
        out.push_back(static_cast<char>(unit >> 8));
    }
    return out;
}

} // namespace

TEST_CASE("CsvReader reads quoted fields with commas, quotes and line breaks", "[csv]")
{
    const Table table = readCsv("Name,Answer,Score\r\n"
                                "P01,\"Hello, world\",3\r\n"
                                "P02,\"Line one\r\nLine two \"\"quoted\"\"\",4\r\n"
                                "P03,\"\",\"5\"\r\n");
    CHECK(table.header == std::vector<std::string>{"Name", "Answer", "Score"});
    CHECK(table.rows
            == Rows{{"P01", "Hello, world", "3"}, {"P02", "Line one\nLine two \"quoted\"", "4"},
                    {"P03", "", "5"}});
}

TEST_CASE("CsvReader sniffs semicolons and tabs from the header line", "[csv]")
{
    CHECK(CsvReader::sniffDelimiter("a,b,c\n1;2;3;4;5") == ',');
    CHECK(CsvReader::sniffDelimiter("id;text;n\n") == ';');
    CHECK(CsvReader::sniffDelimiter("id\ttext\tn") == '\t');
    CHECK(CsvReader::sniffDelimiter("\"a;b;c\",d,e\n") == ',');
    CHECK(CsvReader::sniffDelimiter("\n\nonly\n") == ',');

    const Table semicolons = readCsv("id;text;n\n1;\"a;b\",c;2\n");
    CHECK(semicolons.header == std::vector<std::string>{"id", "text", "n"});
    CHECK(semicolons.rows == Rows{{"1", "a;b,c", "2"}});

    const Table tabs = readCsv("id\ttext\n1\ta, b; c\n");
    CHECK(tabs.header == std::vector<std::string>{"id", "text"});
    CHECK(tabs.rows == Rows{{"1", "a, b; c"}});

    // Excel's "sep=" line names the delimiter
    const Table excel = readCsv("sep=;\r\nid;text,more\r\n1;x,y\r\n");
    CHECK(excel.header == std::vector<std::string>{"id", "text,more"});
    CHECK(excel.rows == Rows{{"1", "x,y"}});
}

TEST_CASE("CsvReader decodes UTF-16LE with a BOM and windows-1252", "[csv]")
{
    const Table utf16
            = readCsv(utf16LeWithBom(u"Name\tAntwort\r\nP01\tGr\u00fc\u00dfe \U0001F642\r\n"));
    CHECK(utf16.header == std::vector<std::string>{"Name", "Antwort"});
    CHECK(utf16.rows == Rows{{"P01", "Gr\u00fc\u00dfe \U0001F642"}});

    const Table cp1252 = readCsv("Name;R\xe9ponse\nP01;\x93\x63\x61\x66\xe9\x94 \x80\n");
    CHECK(cp1252.header == std::vector<std::string>{"Name", "R\u00e9ponse"});
    CHECK(cp1252.rows
            == Rows{{"P01",
                    "\u201c"
                    "caf\u00e9\u201d \u20ac"}});

    ImportOptions latin1;
    latin1.encoding = "ISO-8859-1";
    const Table forced = readCsv("a\n\xe9\n", latin1);
    CHECK(forced.rows == Rows{{"\u00e9"}});

    const Table bom = readCsv("\xEF\xBB\xBFid,x\n1,2\n");
    CHECK(bom.header == std::vector<std::string>{"id", "x"});
}

TEST_CASE("CsvReader pads short rows and never drops cells past the header", "[csv]")
{
    const Table table = readCsv("a,b,c\n1\n1,2,3,,\n1,2,3,4\n");
    CHECK(table.header == std::vector<std::string>{"a", "b", "c", "Column 4"});
    CHECK(table.rows == Rows{{"1", "", "", ""}, {"1", "2", "3", ""}, {"1", "2", "3", "4"}});
}

TEST_CASE("CsvReader finds the header, skips blank lines and trailing empty rows", "[csv]")
{
    const Table table = readCsv("\n\r\n  Name , ,Note,,\nP01,x,y\n\nP02,,\n,,,\n\n,,\n");
    CHECK(table.header == std::vector<std::string>{"Name", "Column 2", "Note"});
    CHECK(table.rows == Rows{{"P01", "x", "y"}, {"P02", "", ""}});

    // an empty row between answers is kept: it is a record the file holds
    const Table middle = readCsv("a,b\n1,2\n,\n3,4");
    CHECK(middle.rows == Rows{{"1", "2"}, {"", ""}, {"3", "4"}});
}

TEST_CASE("CsvReader stores cells NFC with \\n line ends", "[csv]")
{
    const Table table = readCsv("q\n\"cafe\u0301\rline\r\nnext\"\n");
    CHECK(table.rows == Rows{{"caf\u00e9\nline\nnext"}});
}

TEST_CASE("CsvReader is lenient with stray quotes like spreadsheets are", "[csv]")
{
    const Table table = readCsv("a,b\n5\" screen,\"quoted\" then text\n");
    CHECK(table.rows == Rows{{"5\" screen", "quoted then text"}});
}

TEST_CASE("CsvReader refuses an unterminated quote, naming its line", "[csv]")
{
    const auto table = CsvReader().readTable(
            "id,answer\n1,fine\n2,\"never closed\n3,x\n4,y\n", ImportOptions{});
    REQUIRE_FALSE(table.ok());
    CHECK(table.error().code == ErrorCode::BadFormat);
    CHECK_THAT(table.error().message, Contains("line 3"));

    const auto crlf = CsvReader().readTable(
            "sep=,\r\nid,answer\r\n1,\"a\r\nb\"\r\n2,\"open", ImportOptions{});
    REQUIRE_FALSE(crlf.ok());
    CHECK_THAT(crlf.error().message, Contains("line 5"));
}

TEST_CASE("CsvReader refuses empty, binary and oversized tables", "[csv]")
{
    for (const std::string &bytes :
            {std::string(), std::string("\n\n\r\n"), std::string(",,\n,\n")}) {
        const auto table = CsvReader().readTable(bytes, ImportOptions{});
        REQUIRE_FALSE(table.ok());
        CHECK(table.error().code == ErrorCode::BadFormat);
        CHECK_THAT(table.error().message, Contains("empty"));
    }

    const auto binary
            = CsvReader().readTable(std::string("a,b\n\x00\x01,\x02", 8), ImportOptions{});
    REQUIRE_FALSE(binary.ok());
    CHECK(binary.error().code == ErrorCode::BadFormat);

    std::string row;
    for (int i = 0; i < 1001; ++i)
        row += i == 0 ? "x" : ",x";
    row += "\n";
    std::string huge;
    for (int i = 0; i < 1000; ++i)
        huge += row;
    const auto tooMany = CsvReader().readTable(huge, ImportOptions{});
    REQUIRE_FALSE(tooMany.ok());
    CHECK(tooMany.error().code == ErrorCode::BadFormat);
    CHECK_THAT(tooMany.error().message, Contains("cells"));

    const auto justUnder = CsvReader().readTable(huge.substr(0, row.size() * 990), ImportOptions{});
    REQUIRE(justUnder.ok());
    CHECK(justUnder->rows.size() == 989);
}
