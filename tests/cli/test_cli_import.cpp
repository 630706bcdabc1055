// SPDX-License-Identifier: GPL-3.0-or-later
#include "clitestsupport.h"

#include <algorithm>

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
    REQUIRE(docs[0]["participant"] == "P05"); // the id token in the file name
    REQUIRE(docs[1]["participant"] == "P06"); // J_P06: the J marker is not an id
    REQUIRE(docs[0]["id"].get<std::string>().size() == 36);
}

TEST_CASE("cli: duplicates are skipped, names made unique, participants linked")
{
    CliWorkspace ws;
    ws.ok({"new", "S.weft"});
    ws.write("a/P03.txt", "First interview text");
    ws.write("b/P03.txt", "Second, different interview text");
    ws.write("c/copy.txt", "First interview text");
    ws.write("d/notes.txt", "No participant in this name");
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
    REQUIRE(docs[1]["participant"] == "P03");
    ws.ok({"import", "S.weft", "d/notes.txt"});
    REQUIRE(ws.ok({"documents", "S.weft", "--json"}).json()[2]["participant"].is_null());
    REQUIRE(ws.ok({"text", "S.weft", docs[1]["id"].get<std::string>()}).out ==
            "Second, different interview text");
}

TEST_CASE("cli: bad files fail alone, each with one line, and the good ones are imported")
{
    CliWorkspace ws;
    ws.ok({"new", "S.weft"});
    ws.write("good.txt", "Fine text");
    ws.write("image.txt", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    ws.write("report.xyz", "whatever");
    ws.write("empty.txt", "");
    const auto run = ws.run({"import", "S.weft", "good.txt", "image.txt", "report.xyz", "empty.txt",
                             "missing.txt"});
    REQUIRE(run.exitCode == 1);
    REQUIRE_THAT(run.out, Catch::Contains("imported good.txt"));
    // One line per failed file, each naming it.
    REQUIRE(std::count(run.err.begin(), run.err.end(), '\n') == 4);
    for (const char *name : {"image.txt", "report.xyz", "empty.txt", "missing.txt"})
        REQUIRE_THAT(run.err, Catch::Contains(name));
    const auto docs = ws.ok({"documents", "S.weft", "--json"}).json();
    REQUIRE(docs.size() == 1);
    REQUIRE(docs[0]["name"] == "good");

    const auto json = ws.run({"import", "S.weft", "image.txt", "good.txt", "--json"});
    REQUIRE(json.exitCode == 1);
    const auto rows = json.json();
    REQUIRE(rows.size() == 2);
    REQUIRE(rows[0]["status"] == "failed");
    REQUIRE(rows[0]["file"] == "image.txt");
    REQUIRE_THAT(rows[0]["error"].get<std::string>(), Catch::Contains("binary"));
    REQUIRE(rows[1]["status"] == "skipped");
    ws.fails({"import", "S.weft", "good.txt", "--kind", "podcast"});
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

TEST_CASE("cli: a 2 GB file is refused by its size before anything is read")
{
    CliWorkspace ws;
    ws.ok({"new", "S.weft"});
    // A sparse file: 2 GB on paper, nothing on disk.
    const std::string path = ws.path("huge.txt");
    std::filesystem::resize_file(ws.write("huge.txt", "x"), 2ull * 1024 * 1024 * 1024);
    const auto run = ws.run({"import", "S.weft", path, "--json"});
    REQUIRE(run.exitCode == 1);
    const auto rows = run.json();
    REQUIRE(rows[0]["status"] == "failed");
    REQUIRE_THAT(rows[0]["error"].get<std::string>(), Catch::Contains("larger than 256 MB"));
    REQUIRE(ws.ok({"info", "S.weft", "--json"}).json()["documents"]["document"] == 0);
}
