// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/schema.h"
#include "storagetestsupport.h"

#include <fstream>

using namespace weft;
using namespace weft::test;
namespace fs = std::filesystem;

TEST_CASE("a new project carries the Weft application id, schema version and pragmas")
{
    TempDir dir;
    {
        auto project = newProject(dir);
        REQUIRE(must(project->info()).schemaVersion == storage::kSchemaVersion);
        REQUIRE(must(project->title()) == "Test study");
    }
    const std::string path = dir.file("S.weft");
    REQUIRE(sqlInt(path, "PRAGMA application_id") == storage::kApplicationId);
    REQUIRE(sqlInt(path, "PRAGMA user_version") == storage::kSchemaVersion);
    // WAL is a persistent property of the file.
    REQUIRE(sqlInt(path, "SELECT count(*) FROM pragma_journal_mode WHERE journal_mode = 'wal'") ==
            1);
}

TEST_CASE("closing a project leaves one file: the WAL is checkpointed and removed")
{
    TempDir dir;
    auto project = newProject(dir);
    addText(*project, "P01", "Some interview text.");
    REQUIRE(fs::exists(dir.file("S.weft-wal")));
    must(project->close());
    REQUIRE_FALSE(fs::exists(dir.file("S.weft-wal")));
    REQUIRE_FALSE(fs::exists(dir.file("S.weft-shm")));
    REQUIRE(sqlInt(dir.file("S.weft"), "SELECT count(*) FROM document") == 1);
}

TEST_CASE("creating a project refuses to overwrite an existing file")
{
    TempDir dir;
    std::ofstream(dir.file("S.weft")) << "precious";
    auto result = storage::Project::create(dir.file("S.weft"), "t", "alice");
    REQUIRE_FALSE(result.ok());
    REQUIRE(result.error().code == ErrorCode::AlreadyExists);
    std::ifstream in(dir.file("S.weft"));
    std::string content;
    in >> content;
    REQUIRE(content == "precious");
}

TEST_CASE("a project with a newer schema version is refused with a clear message")
{
    TempDir dir;
    newProject(dir).reset();
    const std::string path = dir.file("S.weft");
    sqlExec(path, "PRAGMA user_version = " + std::to_string(storage::kSchemaVersion + 1));
    auto result = storage::Project::open(path);
    REQUIRE_FALSE(result.ok());
    REQUIRE(result.error().code == ErrorCode::TooNew);
    REQUIRE_THAT(result.error().message, Catch::Contains("newer version of Weft"));
    // Refusal changes nothing.
    REQUIRE(sqlInt(path, "PRAGMA user_version") == storage::kSchemaVersion + 1);
}

TEST_CASE("an SQLite file that is not a Weft project is refused")
{
    TempDir dir;
    const std::string path = dir.file("other.sqlite");
    sqlExec(path, "CREATE TABLE t (x); INSERT INTO t VALUES (1);");
    auto result = storage::Project::open(path);
    REQUIRE_FALSE(result.ok());
    REQUIRE(result.error().code == ErrorCode::NotAProject);
    REQUIRE_THAT(result.error().message, Catch::Contains("not a Weft project"));
}

TEST_CASE("a file that is not SQLite at all, or empty, is refused")
{
    TempDir dir;
    std::ofstream(dir.file("notes.weft")) << "Just some notes, not a database at all. "
                                             "Padding to exceed one hundred bytes of header "
                                             "so the magic check is what decides.";
    std::ofstream(dir.file("empty.weft"));
    for (const char *name : {"notes.weft", "empty.weft"}) {
        auto result = storage::Project::open(dir.file(name));
        REQUIRE_FALSE(result.ok());
        REQUIRE(result.error().code == ErrorCode::NotAProject);
    }
    auto missing = storage::Project::open(dir.file("missing.weft"));
    REQUIRE_FALSE(missing.ok());
    REQUIRE(missing.error().code == ErrorCode::Io);
}

TEST_CASE("a project with a missing table is reported as damaged at open")
{
    TempDir dir;
    newProject(dir).reset();
    sqlExec(dir.file("S.weft"), "DROP TABLE map_position");
    auto result = storage::Project::open(dir.file("S.weft"));
    REQUIRE_FALSE(result.ok());
    REQUIRE(result.error().code == ErrorCode::Corrupt);
    REQUIRE_THAT(result.error().message, Catch::Contains("map_position"));
}

TEST_CASE("a second writer gets 'open in another window', a reader may still read")
{
    TempDir dir;
    auto first = newProject(dir);
    addText(*first, "P01", "Text");
    auto second = storage::Project::open(dir.file("S.weft"));
    REQUIRE_FALSE(second.ok());
    REQUIRE(second.error().code == ErrorCode::Locked);
    REQUIRE_THAT(second.error().message, Catch::Contains("open in another window"));

    storage::OpenOptions readOnly;
    readOnly.readOnly = true;
    auto reader = must(storage::Project::open(dir.file("S.weft"), readOnly));
    REQUIRE(must(reader->documents().count()) == 1);
    auto refused = reader->codes().add({std::nullopt, "X", std::nullopt, std::nullopt});
    REQUIRE_FALSE(refused.ok());
    reader.reset();
    first.reset();
    // Once the first window closes, writing works again.
    REQUIRE(storage::Project::open(dir.file("S.weft")).ok());
}

TEST_CASE("an unclean shutdown is detected and the project is checked at open")
{
    TempDir dir;
    auto project = newProject(dir);
    addText(*project, "P01", "Text written before the crash");
    // Simulate a crash: copy the database and its WAL while the project is open.
    fs::copy_file(dir.file("S.weft"), dir.file("crash.weft"));
    fs::copy_file(dir.file("S.weft-wal"), dir.file("crash.weft-wal"));
    project.reset();
    auto reopened = must(storage::Project::open(dir.file("crash.weft")));
    REQUIRE(reopened->recoveredFromUncleanShutdown());
    REQUIRE(must(reopened->documents().count()) == 1);
    reopened.reset();
    auto clean = must(storage::Project::open(dir.file("crash.weft")));
    REQUIRE_FALSE(clean->recoveredFromUncleanShutdown());
}

TEST_CASE("the background integrity check passes on a healthy project and fails on a damaged one")
{
    TempDir dir;
    {
        auto project = newProject(dir);
        for (int i = 0; i < 50; ++i)
            addText(*project, "D" + std::to_string(i), std::string(2000, 'a' + i % 26));
        auto check = project->checkIntegrityInBackground();
        REQUIRE(check.get().ok());
    }
    // Overwrite the b-tree pages after the first ten (the schema stays readable).
    {
        const auto size = fs::file_size(dir.file("S.weft"));
        std::fstream f(dir.file("S.weft"), std::ios::in | std::ios::out | std::ios::binary);
        f.seekp(4096 * 10);
        const std::string garbage(static_cast<std::size_t>(size) - 4096 * 10, '\x5a');
        f.write(garbage.data(), static_cast<std::streamsize>(garbage.size()));
    }
    auto project = storage::Project::open(dir.file("S.weft"));
    if (project.ok()) {
        auto check = (*project)->checkIntegrityInBackground();
        REQUIRE_FALSE(check.get().ok());
    } else {
        REQUIRE(project.error().code == ErrorCode::Corrupt);
    }
}
