// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/xlsxreader.h"

#include "zipfixtures.h"

#include <catch2/catch.hpp>

#include <string>

using namespace weft::core;
using namespace weft::core::test;
using Catch::Matchers::Contains;
using weft::ErrorCode;

namespace {

using Row = std::vector<std::string>;

Table readTable(const std::string &bytes, const std::string &sheet = {})
{
    ImportOptions options;
    options.sheet = sheet;
    auto table = XlsxReader().readTable(bytes, options);
    if (!table.ok())
        FAIL("XlsxReader failed: " << table.error().message);
    return *table;
}

weft::Error readError(const std::string &bytes, const std::string &sheet = {})
{
    ImportOptions options;
    options.sheet = sheet;
    auto table = XlsxReader().readTable(bytes, options);
    if (table.ok())
        FAIL("XlsxReader accepted the input");
    return table.error();
}

std::string cell(const std::string &ref, const std::string &inner, const std::string &attributes = {})
{
    return "<c r=\"" + ref + "\"" + attributes + ">" + inner + "</c>";
}

std::string number(const std::string &ref, const std::string &value, int style = -1)
{
    return cell(ref, "<v>" + value + "</v>", style >= 0 ? " s=\"" + std::to_string(style) + "\"" : "");
}

std::string shared(const std::string &ref, int index)
{
    return cell(ref, "<v>" + std::to_string(index) + "</v>", " t=\"s\"");
}

std::string inlineString(const std::string &ref, const std::string &text)
{
    return cell(ref, "<is><t>" + text + "</t></is>", " t=\"inlineStr\"");
}

std::string row(int n, const std::string &cells)
{
    return "<row r=\"" + std::to_string(n) + "\">" + cells + "</row>";
}

/// A one-sheet workbook whose cells each use one of the given number formats as their style.
XlsxFixture dateFixture(const std::string &sheetData)
{
    XlsxFixture fixture;
    fixture.sheets = {{"Dates", sheetData}};
    fixture.numFmts = {{164, "dd/mm/yyyy"},
                       {165, "yyyy-mm-dd hh:mm"},
                       {166, "mm:ss"},
                       {167, "0.00"},
                       {168, "&quot;Day &quot;0"},
                       {169, "[Red]0;[Blue]-0"},
                       {170, "[$-409]mmmm d, yyyy;@"},
                       {171, "[h]:mm:ss"}};
    // style index: 0 General, 1 fmt 14, 2 fmt 22, 3 fmt 20, 4 fmt 46, 5..12 the custom ones
    fixture.cellXfs = {0, 14, 22, 20, 46, 164, 165, 166, 167, 168, 169, 170, 171};
    return fixture;
}

} // namespace

TEST_CASE("XlsxReader reads shared, rich, inline and formula strings, numbers and booleans",
          "[xlsx]")
{
    CHECK(XlsxReader().extensions() == std::vector<std::string>{"xlsx"});
    XlsxFixture fixture;
    fixture.sharedStrings = {
            "<t>Participant</t>",
            "<t>Session</t>",
            "<t>Answer</t>",
            "<r><t xml:space=\"preserve\">Rich </t></r><r><rPr><b/></rPr><t>text</t></r>",
            "<t>P01</t>",
            "<t>Line one_x000D_\nline two _x005F_x0041_ \U0001F642</t>",
            "<t>\u6f22\u5b57</t><rPh sb=\"0\" eb=\"2\"><t>\u304b\u3093\u3058</t></rPh>",
            "<t>cafe\u0301</t>",
    };
    fixture.sheets = {{"Responses",
                       row(1, shared("A1", 0) + shared("B1", 1) + shared("C1", 2) +
                                      inlineString("D1", "Score") +
                                      cell("E1", "<f>\"Flag\"</f><v>Flag</v>", " t=\"str\"")) +
                               row(2, shared("A2", 4) + number("B2", "1") + shared("C2", 3) +
                                              number("D2", "3.5") + cell("E2", "<v>1</v>", " t=\"b\"")) +
                               row(3, cell("A3", "<is><r><t>P</t></r><r><t>02</t></r></is>", " t=\"inlineStr\"") +
                                              number("B3", "2.0") + shared("C3", 5) +
                                              cell("D3", "<v>#DIV/0!</v>", " t=\"e\"") +
                                              cell("E3", "<v>0</v>", " t=\"b\"")) +
                               row(4, shared("A4", 6) + cell("C4", "<f>A1</f><v>calc</v>", " t=\"str\"") +
                                              number("D4", "0.10000000000000001") +
                                              number("E4", "1.5E+20")) +
                               row(5, shared("A5", 7) + number("B5", "-12") + number("C5", "1E-3"))}};
    const Table table = readTable(makeXlsx(fixture));
    CHECK(table.header == Row{"Participant", "Session", "Answer", "Score", "Flag"});
    REQUIRE(table.rows.size() == 4);
    CHECK(table.rows[0] == Row{"P01", "1", "Rich text", "3.5", "TRUE"});
    CHECK(table.rows[1] == Row{"P02", "2", "Line one\nline two _x0041_ \U0001F642", "", "FALSE"});
    CHECK(table.rows[2] == Row{"\u6f22\u5b57", "", "calc", "0.1", "1.5E+20"});
    CHECK(table.rows[3] == Row{"caf\u00e9", "-12", "0.001", "", ""});
}

TEST_CASE("XlsxReader shows date cells as ISO dates by their number format", "[xlsx]")
{
    const std::string data =
            row(1, inlineString("A1", "What") + inlineString("B1", "Value")) +
            row(2, inlineString("A2", "builtin 14") + number("B2", "43831", 1)) +
            row(3, inlineString("A3", "builtin 14 with a time of day") + number("B3", "43831.5", 1)) +
            row(4, inlineString("A4", "custom dd/mm/yyyy") + number("B4", "43905", 5)) +
            row(5, inlineString("A5", "builtin 22") + number("B5", "43831.75", 2)) +
            row(6, inlineString("A6", "custom date and time, midnight") + number("B6", "43831", 6)) +
            row(7, inlineString("A7", "builtin 20 h:mm") + number("B7", "0.5", 3)) +
            row(8, inlineString("A8", "custom mm:ss") + number("B8", "0.010416666666666666", 7)) +
            row(9, inlineString("A9", "builtin 46 elapsed") + number("B9", "1.5", 4)) +
            row(10, inlineString("A10", "custom [h]:mm:ss") + number("B10", "2.25", 12)) +
            row(11, inlineString("A11", "custom 0.00") + number("B11", "3.5", 8)) +
            row(12, inlineString("A12", "custom quoted Day") + number("B12", "12", 9)) +
            row(13, inlineString("A13", "custom colours") + number("B13", "7", 10)) +
            row(14, inlineString("A14", "custom locale long date") + number("B14", "45000", 11)) +
            row(15, inlineString("A15", "general") + number("B15", "45000", 0)) +
            row(16, inlineString("A16", "ISO date cell") + cell("B16", "<v>2019-03-14T10:30:00Z</v>", " t=\"d\""));
    const Table table = readTable(makeXlsx(dateFixture(data)));
    REQUIRE(table.rows.size() == 15);
    const auto value = [&](std::size_t i) { return table.rows[i][1]; };
    CHECK(value(0) == "2020-01-01");
    CHECK(value(1) == "2020-01-01 12:00:00");
    CHECK(value(2) == "2020-03-15");
    CHECK(value(3) == "2020-01-01 18:00:00");
    CHECK(value(4) == "2020-01-01 00:00:00");
    CHECK(value(5) == "12:00:00");
    CHECK(value(6) == "00:15:00");
    CHECK(value(7) == "36:00:00");
    CHECK(value(8) == "54:00:00");
    CHECK(value(9) == "3.5");
    CHECK(value(10) == "12");
    CHECK(value(11) == "7");
    CHECK(value(12) == "2023-03-15");
    CHECK(value(13) == "45000");
    CHECK(value(14) == "2019-03-14 10:30:00");
}

TEST_CASE("XlsxReader honours the 1904 date system", "[xlsx]")
{
    XlsxFixture fixture = dateFixture(row(1, inlineString("A1", "Date")) + row(2, number("A2", "42369", 1)) +
                                      row(3, number("A3", "0", 1)));
    fixture.date1904 = true;
    const Table table = readTable(makeXlsx(fixture));
    REQUIRE(table.rows.size() == 2);
    CHECK(table.rows[0][0] == "2020-01-01");
    CHECK(table.rows[1][0] == "1904-01-01");
}

TEST_CASE("excelSerialToIso follows Excel's calendar, phantom leap day included", "[xlsx]")
{
    CHECK(excelSerialToIso(1, false, false) == "1900-01-01");
    CHECK(excelSerialToIso(59, false, false) == "1900-02-28");
    CHECK(excelSerialToIso(60, false, false) == "1900-02-29");
    CHECK(excelSerialToIso(61, false, false) == "1900-03-01");
    CHECK(excelSerialToIso(43831, false, false) == "2020-01-01");
    CHECK(excelSerialToIso(43831, false, true) == "2020-01-01 00:00:00");
    CHECK(excelSerialToIso(43831.999999999, false, false) == "2020-01-02");
    CHECK(excelSerialToIso(2958465, false, false) == "9999-12-31");
    CHECK(excelSerialToIso(2958466, false, false).empty());
    CHECK(excelSerialToIso(-1, false, false).empty());
    CHECK(excelSerialToIso(0, false, false).empty());
    CHECK(excelSerialToIso(0, true, false) == "1904-01-01");
    CHECK(excelSerialToIso(42369.25, true, false) == "2020-01-01 06:00:00");
}

TEST_CASE("XlsxReader places cells by reference and cuts the table to its header", "[xlsx]")
{
    XlsxFixture fixture;
    fixture.sheets = {{"Sheet1",
                       row(3, inlineString("B3", "Name") + inlineString("C3", "Age")) +
                               row(4, inlineString("B4", "Ann") + inlineString("D4", "beyond the header")) +
                               row(5, "<c r=\"B5\" s=\"0\"/>") + // formatted but empty: an empty row
                               row(6, number("C6", "41")) +
                               row(8, number("D8", "5")) + // only beyond the header: trailing, dropped
                               row(9, "<c r=\"B9\" s=\"0\"/>")}};
    const Table table = readTable(makeXlsx(fixture));
    CHECK(table.header == Row{"Name", "Age"});
    REQUIRE(table.rows.size() == 3);
    CHECK(table.rows[0] == Row{"Ann", ""});
    CHECK(table.rows[1] == Row{"", ""});
    CHECK(table.rows[2] == Row{"", "41"});

    // Cells and rows without references follow one another.
    XlsxFixture sequential;
    sequential.sheets = {{"S", "<row>" + std::string("<c t=\"inlineStr\"><is><t>a</t></is></c>") +
                                       "<c t=\"inlineStr\"><is><t>b</t></is></c></row>"
                                       "<row><c><v>1</v></c><c r=\"B2\"><v>2</v></c></row>"}};
    const Table plain = readTable(makeXlsx(sequential));
    CHECK(plain.header == Row{"a", "b"});
    REQUIRE(plain.rows.size() == 1);
    CHECK(plain.rows[0] == Row{"1", "2"});

    // An empty sheet is an empty table.
    XlsxFixture empty;
    empty.sheets = {{"Blank", ""}};
    const Table none = readTable(makeXlsx(empty));
    CHECK(none.header.empty());
    CHECK(none.rows.empty());
}

TEST_CASE("XlsxReader reads the first visible sheet or the named one", "[xlsx]")
{
    XlsxFixture fixture;
    fixture.sheets = {{"Hidden", row(1, inlineString("A1", "hidden")), true},
                      {"Responses", row(1, inlineString("A1", "responses"))},
                      {"Second", row(1, inlineString("A1", "second"))}};
    const std::string bytes = makeXlsx(fixture);
    CHECK(readTable(bytes).header == Row{"responses"});
    CHECK(readTable(bytes, "Second").header == Row{"second"});
    CHECK(readTable(bytes, "second").header == Row{"second"});
    CHECK(readTable(bytes, "Hidden").header == Row{"hidden"});

    const weft::Error error = readError(bytes, "Session 4");
    CHECK(error.code == ErrorCode::NotFound);
    CHECK(error.message ==
          "the workbook has no sheet named \"Session 4\"; its sheets are \"Hidden\", "
          "\"Responses\", \"Second\"");
}

TEST_CASE("XlsxReader refuses sheets of more than a million cells", "[xlsx][hostile]")
{
    SECTION("a million and one cell elements")
    {
        std::string data;
        const std::string thousandCells = [] {
            std::string cells;
            for (int i = 0; i < 1000; ++i)
                cells += "<c/>";
            return cells;
        }();
        for (int r = 0; r < 1001; ++r)
            data += "<row>" + thousandCells + "</row>";
        data += "<row><c/></row>";
        XlsxFixture fixture;
        fixture.sheets = {{"Big", data}};
        fixture.storeSheets = true;
        const weft::Error error = readError(makeXlsx(fixture));
        CHECK(error.code == ErrorCode::BadFormat);
        CHECK_THAT(error.message, Contains("more than 1000000 cells"));
    }
    SECTION("two cells a million rows apart")
    {
        XlsxFixture fixture;
        fixture.sheets = {{"Sparse", row(1, inlineString("A1", "h")) + row(1048576, number("A1048576", "1"))}};
        const weft::Error error = readError(makeXlsx(fixture));
        CHECK(error.code == ErrorCode::BadFormat);
        CHECK_THAT(error.message, Contains("spans more than"));
    }
}

TEST_CASE("XlsxReader refuses hostile and damaged workbooks with one clear error", "[xlsx][hostile]")
{
    SECTION("a DTD in a sheet")
    {
        const std::string bytes =
                ZipBuilder()
                        .add("xl/workbook.xml",
                             "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                             "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                             "<sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>")
                        .add("xl/_rels/workbook.xml.rels",
                             "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                             "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
                             "2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>")
                        .add("xl/worksheets/sheet1.xml",
                             "<!DOCTYPE w [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                             "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                             "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&x;</t></is></c></row>"
                             "</sheetData></worksheet>")
                        .build();
        const weft::Error error = readError(bytes);
        CHECK(error.code == ErrorCode::BadFormat);
        CHECK_THAT(error.message, Contains("DTD") && Contains("sheet1.xml"));
    }
    SECTION("a shared string index that does not exist")
    {
        XlsxFixture fixture;
        fixture.sharedStrings = {"<t>only</t>"};
        fixture.sheets = {{"S", row(1, shared("A1", 0) + shared("B1", 7))}};
        const weft::Error error = readError(makeXlsx(fixture));
        CHECK(error.code == ErrorCode::BadFormat);
        CHECK_THAT(error.message, Contains("damaged") && Contains("shared string"));
    }
    SECTION("a cell reference outside the grid")
    {
        XlsxFixture fixture;
        fixture.sheets = {{"S", row(1, number("XFE1", "1"))}};
        CHECK_THAT(readError(makeXlsx(fixture)).message, Contains("damaged"));
    }
    SECTION("a zip bomb sheet")
    {
        const std::string bomb = ZipBuilder()
                                         .add("xl/workbook.xml",
                                              "<workbook xmlns=\"http://schemas.openxmlformats.org/"
                                              "spreadsheetml/2006/main\"><sheets/></workbook>")
                                         .addZeros("xl/sharedStrings.xml", 100u << 20)
                                         .build();
        // No worksheet at all here; the bomb is not even reached.
        CHECK(readError(bomb).code == ErrorCode::BadFormat);
        ZipBuilder withBomb;
        withBomb.add("[Content_Types].xml", "<Types/>")
                .add("_rels/.rels",
                     "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                     "<Relationship Id=\"r\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                     "relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>")
                .add("xl/workbook.xml",
                     "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                     "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                     "<sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>")
                .add("xl/_rels/workbook.xml.rels",
                     "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                     "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
                     "2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>")
                .addZeros("xl/worksheets/sheet1.xml", 100u << 20);
        const weft::Error error = readError(withBomb.build());
        CHECK(error.code == ErrorCode::BadFormat);
        CHECK_THAT(error.message, Contains(".xlsx") && Contains("zip bomb"));
    }
    SECTION("a Word document renamed to .xlsx")
    {
        const std::string bytes =
                ZipBuilder()
                        .add("xl/workbook.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                                                "wordprocessingml/2006/main\"/>")
                        .build();
        CHECK_THAT(readError(bytes).message, Contains("Word document"));
    }
    SECTION("not a zip, truncated, empty")
    {
        XlsxFixture fixture;
        fixture.sheets = {{"S", row(1, number("A1", "1"))}};
        const std::string good = makeXlsx(fixture);
        CHECK_THAT(readError(truncated(good, good.size() / 2)).message, Contains("truncated or damaged"));
        CHECK(readError("id,name\nP01,Ann\n").message ==
              "the file is not a valid .xlsx (not a zip archive); re-save it from Excel");
        CHECK_THAT(readError("").message, Contains("empty"));
    }
}
