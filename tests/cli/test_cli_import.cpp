// SPDX-License-Identifier: GPL-3.0-or-later
#include "clitestsupport.h"

using namespace weft::test;

TEST_CASE("cli: import decodes UTF-16 with BOM, Windows-1252 and CRLF into stored text")
{
    CliWorkspace ws;
    ws.ok({"new", "S.weft"});
    // "Zoë 🙂\r\nok" as UTF-16LE with BOM.
    const std::string utf16 = std::string("\xFF\xFE", 2) + std::string("Z\0o\0\xEB\0 \0", 8) +
                              std::string("\x3D\xD8\x42\xDE", 4) + std::string("\r\0\n\0o\0k\0", 8);
    ws.write("interviews/P05.txt", utf16);
    // "café – naïve" in Windows-1252.
    ws.write("J_P06.txt", "caf\xE9 \x96 na\xEFve\r\n");
    const auto imported =
        ws.ok({"import", "S.weft", ws.path("interviews/P05.txt"), "J_P06.txt", "--json"}).json();
    REQUIRE(imported.size() == 2);
    REQUIRE(imported[0]["kind"] == "interview");
    REQUIRE(imported[1]["kind"] == "journal");
    REQUIRE(ws.ok({"text", "S.weft", "P05"}).out == "Zoë 🙂\nok");
    REQUIRE(ws.ok({"text", "S.weft", "J_P06"}).out == "café – naïve\n");
    const auto docs = ws.ok({"documents", "S.weft", "--json"}).json();
    REQUIRE(docs.size() == 2);
    REQUIRE(docs[0]["name"] == "P05");
    REQUIRE(docs[0]["characters"] == 8);
    REQUIRE(docs[0]["participant"].is_null());
    REQUIRE(docs[0]["id"].get<std::string>().size() == 36);
}

TEST_CASE("cli: duplicates are skipped, names made unique, participants linked")
{
    CliWorkspace ws;
    ws.ok({"new", "S.weft"});
    ws.write("a/P03.txt", "First interview text");
    ws.write("b/P03.txt", "Second, different interview text");
    ws.write("c/copy.txt", "First interview text");
    ws.ok({"import", "S.weft", "a/P03.txt", "--participant", "P03"});
    const auto second =
        ws.ok({"import", "S.weft", "b/P03.txt", "c/copy.txt", "--kind", "interview", "--json"}).json();
    REQUIRE(second[0]["document"] == "P03-2");
    REQUIRE(second[0]["status"] == "imported");
    REQUIRE(second[1]["status"] == "skipped");
    REQUIRE(second[1]["document"] == "P03");
    const auto docs = ws.ok({"documents", "S.weft", "--json"}).json();
    REQUIRE(docs.size() == 2);
    REQUIRE(docs[0]["participant"] == "P03");
    REQUIRE(docs[1]["participant"].is_null());
    REQUIRE(ws.ok({"text", "S.weft", docs[1]["id"].get<std::string>()}).out ==
            "Second, different interview text");
}

TEST_CASE("cli: a bad file in an import imports nothing and says which file")
{
    CliWorkspace ws;
    ws.ok({"new", "S.weft"});
    ws.write("good.txt", "Fine text");
    ws.write("image.txt", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    ws.write("report.xyz", "whatever");
    REQUIRE_THAT(ws.fails({"import", "S.weft", "good.txt", "image.txt"}).err,
                 Catch::Contains("image.txt"));
    REQUIRE_THAT(ws.fails({"import", "S.weft", "good.txt", "report.xyz"}).err,
                 Catch::Contains("report.xyz"));
    ws.fails({"import", "S.weft", "good.txt", "missing.txt"});
    ws.fails({"import", "S.weft", "good.txt", "--kind", "podcast"});
    REQUIRE(ws.ok({"documents", "S.weft", "--json"}).json().empty());
    ws.ok({"import", "S.weft", "good.txt", "--encoding", "ISO-8859-15"});
    ws.fails({"import", "S.weft", "image.txt", "--encoding", "no-such-charset"});
}

TEST_CASE("cli: the bundled sample study imports cleanly")
{
    CliWorkspace ws;
    ws.ok({"new", "S.weft"});
    const std::string sample = WEFT_SAMPLE_DIR;
    const auto imported = ws.ok({"import", "S.weft", sample + "/interviews/P01.txt",
                                 sample + "/interviews/P02.txt", sample + "/journals/J_P01.txt",
                                 "--json"})
                              .json();
    REQUIRE(imported.size() == 3);
    REQUIRE(imported[0]["kind"] == "interview");
    REQUIRE(imported[2]["kind"] == "journal");
    const auto info = ws.ok({"info", "S.weft", "--json"}).json();
    REQUIRE(info["documents"]["interview"] == 2);
    REQUIRE(info["documents"]["journal"] == 1);
}
