// SPDX-License-Identifier: GPL-3.0-or-later
// CSV and XLSX table writers: what Excel needs to open them right.
#include "core/import/xlsxreader.h"
#include "core/import/ziparchive.h"
#include "core/report/csvwriter.h"
#include "core/report/xlsxwriter.h"

#include <catch2/catch.hpp>

using namespace weft::core;

TEST_CASE("CsvWriter writes RFC 4180 with a byte order mark", "[report][csv]")
{
    CsvWriter csv;
    csv.addRow({"document", "text", "memo"});
    csv.addRow({"P01", "She said \"no\", then left.", "line one\nline two"});
    csv.addRow({"P02", "plain", ""});
    CHECK(csv.bytes() == "\xEF\xBB\xBF"
                         "document,text,memo\r\n"
                         "P01,\"She said \"\"no\"\", then left.\",\"line one\nline two\"\r\n"
                         "P02,plain,\r\n");
    CsvWriter bare(false);
    bare.addRow({"a,b"});
    CHECK(bare.bytes() == "\"a,b\"\r\n");
    CHECK(CsvWriter::field("cr\ronly") == "\"cr\ronly\"");
}

TEST_CASE("XlsxWriter writes a sheet Excel and our reader open", "[report][xlsx]")
{
    XlsxWriter xlsx("Excerpts: all/any", "2019-05-20T17:45:12.000Z");
    xlsx.setHeader({"document", "start", "text"});
    xlsx.setNumericColumns({false, true, false});
    xlsx.setColumnWidths({12, 8, 60});
    xlsx.addRow({"P01", "14", "Café & <friends>, \"quoted\"\nsecond line"});
    xlsx.addRow({"P02", "not a number", ""});
    const auto bytes = xlsx.finish();
    REQUIRE(bytes.ok());
    CHECK(*bytes == *xlsx.finish());

    auto zip = ZipArchive::open(*bytes, ArchiveKind{"xlsx", "Excel"});
    REQUIRE(zip.ok());
    const auto workbook = zip->read("xl/workbook.xml");
    REQUIRE(workbook.ok());
    CHECK(workbook->find("name=\"Excerpts_ all_any\"") != std::string::npos);
    const auto sheet = zip->read("xl/worksheets/sheet1.xml");
    REQUIRE(sheet.ok());
    CHECK(sheet->find("<c r=\"B2\"><v>14</v></c>") != std::string::npos);
    CHECK(sheet->find("state=\"frozen\"") != std::string::npos);
    CHECK(sheet->find("<autoFilter ref=\"A1:C3\"/>") != std::string::npos);

    const auto table = XlsxReader().readTable(*bytes, {});
    REQUIRE(table.ok());
    REQUIRE(table->header == std::vector<std::string>{"document", "start", "text"});
    REQUIRE(table->rows.size() == 2);
    CHECK(table->rows[0][0] == "P01");
    CHECK(table->rows[0][1] == "14");
    CHECK(table->rows[0][2] == "Café & <friends>, \"quoted\"\nsecond line");
    CHECK(table->rows[1][1] == "not a number");
}

TEST_CASE("XlsxWriter names columns past Z", "[report][xlsx]")
{
    CHECK(XlsxWriter::columnName(0) == "A");
    CHECK(XlsxWriter::columnName(25) == "Z");
    CHECK(XlsxWriter::columnName(26) == "AA");
    CHECK(XlsxWriter::columnName(701) == "ZZ");
    CHECK(XlsxWriter::columnName(702) == "AAA");
}
