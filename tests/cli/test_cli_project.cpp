// SPDX-License-Identifier: GPL-3.0-or-later
#include "clitestsupport.h"

#include <sqlite3.h>

using namespace weft::test;

namespace {

std::int64_t sqlInt(const std::string &path, const std::string &sql)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    sqlite3_stmt *st = nullptr;
    std::int64_t value = -1;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW)
        value = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    sqlite3_close(db);
    return value;
}

} // namespace

TEST_CASE("cli new and info report the documented JSON keys")
{
    CliWorkspace ws;
    ws.ok({"new", "S.weft", "--title", "Peer education study"});
    const auto info = ws.ok({"info", "S.weft", "--json"}).json();
    REQUIRE(info["schema_version"] == 1);
    REQUIRE(info["title"] == "Peer education study");
    for (const char *kind : {"interview", "journal", "feedback", "document"})
        REQUIRE(info["documents"][kind] == 0);
    for (const char *key : {"participants", "codes", "codings", "themes", "memos", "coders"})
        REQUIRE(info[key].is_number_integer());
    REQUIRE(info["coders"] == 1); // the creator
    // The file is a single, closed SQLite file with Weft's identity.
    REQUIRE_FALSE(std::filesystem::exists(ws.path("S.weft-wal")));
    REQUIRE(sqlInt(ws.path("S.weft"), "PRAGMA application_id") == 0x57454654);
    REQUIRE(sqlInt(ws.path("S.weft"), "PRAGMA user_version") == 1);
}

TEST_CASE("cli refuses a newer project, a non-Weft SQLite file and garbage, in one line")
{
    CliWorkspace ws;
    ws.ok({"new", "S.weft"});
    sqlInt(ws.path("S.weft"), "PRAGMA user_version = 2");
    auto newer = ws.fails({"info", "S.weft", "--json"});
    REQUIRE_THAT(newer.err, Catch::Contains("newer version of Weft"));

    sqlInt(ws.path("other.db"), "CREATE TABLE t(x)");
    REQUIRE_THAT(ws.fails({"info", "other.db"}).err, Catch::Contains("not a Weft project"));
    ws.write("junk.weft", std::string(500, 'j'));
    REQUIRE_THAT(ws.fails({"documents", "junk.weft"}).err, Catch::Contains("not a Weft project"));
    REQUIRE_THAT(ws.fails({"info", "missing.weft"}).err, Catch::Contains("missing.weft"));
    ws.fails({"new", "S.weft"});
}

TEST_CASE("cli usage errors: unknown verb, unknown option, missing value")
{
    CliWorkspace ws;
    ws.ok({"new", "S.weft"});
    REQUIRE(ws.fails({"frobnicate", "S.weft"}).exitCode == 2);
    REQUIRE(ws.fails({"info", "S.weft", "--bogus", "x"}).exitCode == 2);
    REQUIRE(ws.fails({"codes", "add", "S.weft", "A", "--color"}).exitCode == 2);
    REQUIRE(ws.fails({"codes", "add", "S.weft", "A", "--color", "red"}).exitCode == 1);
    REQUIRE(ws.ok({"help"}).out.find("excerpts") != std::string::npos);
}

TEST_CASE("cli history lists every change with the documented keys and the coder")
{
    CliWorkspace ws;
    ws.ok({"new", "S.weft"});
    ws.write("P01.txt", "I felt safe in the group.");
    ws.ok({"import", "S.weft", "P01.txt"});
    ws.ok({"--coder", "dana", "code", "S.weft", "--doc", "P01", "--code", "Safety",
           "--match", "felt safe"});
    const auto history = ws.ok({"history", "S.weft", "--json"}).json();
    REQUIRE(history.is_array());
    const auto &last = history.back();
    for (const char *key : {"time", "coder", "action", "entity_type", "entity", "before", "after"})
        REQUIRE(last.contains(key));
    REQUIRE(last["action"] == "coding.add");
    REQUIRE(last["entity_type"] == "coding");
    REQUIRE(last["coder"] == "dana");
    REQUIRE(last["before"].is_null());
    REQUIRE(last["after"]["start"] == 2);
    REQUIRE(last["time"].get<std::string>().back() == 'Z');
    bool sawImport = false;
    for (const auto &e : history)
        sawImport |= e["action"] == "document.add" && e["coder"] == "tester";
    REQUIRE(sawImport);
}

TEST_CASE("cli reads a project open in another process but refuses to write it")
{
    CliWorkspace ws;
    ws.ok({"new", "S.weft"});
    ws.write("P01.txt", "Text");
    // Hold the project open for writing from a background weft-cli-like process: flock it.
    const std::string hold = "flock -x -n '" + ws.path("S.weft") + "' -c 'sleep 3' & sleep 0.5";
    REQUIRE(std::system(hold.c_str()) == 0);
    auto refused = ws.fails({"import", "S.weft", "P01.txt"});
    REQUIRE_THAT(refused.err, Catch::Contains("open in another window"));
    REQUIRE(ws.ok({"info", "S.weft", "--json"}).json()["documents"]["document"] == 0);
    std::system("sleep 3");
    ws.ok({"import", "S.weft", "P01.txt"});
}
