// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/migrations.h"
#include "storage/schema.h"
#include "storage/sqlite/connection.h"
#include "storage/sqlite/dberror.h"
#include "storagetestsupport.h"

using namespace weft;
using namespace weft::test;
namespace fs = std::filesystem;

namespace {

// A made-up version 2 of the schema, to exercise the migration machinery.
std::vector<storage::MigrationStep> stepsToV2(bool failing)
{
    return {{1, "add code.shortcut", [failing](storage::Connection &db) {
                 db.exec("ALTER TABLE code ADD COLUMN shortcut TEXT");
                 if (failing)
                     db.exec("THIS IS NOT SQL");
             }}};
}

} // namespace

TEST_CASE("migration upgrades step by step after a backup copy")
{
    TempDir dir;
    {
        auto project = newProject(dir);
        addText(*project, "P01", "Interview text");
    }
    const auto steps = stepsToV2(false);
    storage::OpenOptions options;
    options.migrations = &steps;
    options.targetVersion = 2;
    {
        auto project = must(storage::Project::open(dir.file("S.weft"), options));
        REQUIRE(must(project->info()).schemaVersion == 2);
    }
    const std::string path = dir.file("S.weft");
    REQUIRE(sqlInt(path, "PRAGMA user_version") == 2);
    REQUIRE(sqlInt(path, "SELECT count(*) FROM pragma_table_info('code') WHERE name = 'shortcut'") ==
            1);
    const std::string backup = storage::backupPathFor(path, 1);
    REQUIRE(fs::exists(backup));
    REQUIRE(sqlInt(backup, "PRAGMA user_version") == 1);
    REQUIRE(sqlInt(backup, "SELECT count(*) FROM document") == 1);
}

TEST_CASE("a failing migration step leaves the project exactly as it was")
{
    TempDir dir;
    newProject(dir).reset();
    const auto steps = stepsToV2(true);
    storage::OpenOptions options;
    options.migrations = &steps;
    options.targetVersion = 2;
    auto result = storage::Project::open(dir.file("S.weft"), options);
    REQUIRE_FALSE(result.ok());
    REQUIRE_THAT(result.error().message, Catch::Contains("unchanged"));
    const std::string path = dir.file("S.weft");
    REQUIRE(sqlInt(path, "PRAGMA user_version") == 1);
    REQUIRE(sqlInt(path, "SELECT count(*) FROM pragma_table_info('code') WHERE name = 'shortcut'") ==
            0);
    // Still opens normally with this build's schema.
    REQUIRE(storage::Project::open(path).ok());
}

TEST_CASE("a migration with a missing step is refused before anything is touched")
{
    TempDir dir;
    newProject(dir).reset();
    const std::vector<storage::MigrationStep> none;
    storage::OpenOptions options;
    options.migrations = &none;
    options.targetVersion = 3;
    auto result = storage::Project::open(dir.file("S.weft"), options);
    REQUIRE_FALSE(result.ok());
    REQUIRE_FALSE(fs::exists(storage::backupPathFor(dir.file("S.weft"), 1)));
    REQUIRE(sqlInt(dir.file("S.weft"), "PRAGMA user_version") == 1);
}

TEST_CASE("read-only opening refuses to migrate")
{
    TempDir dir;
    newProject(dir).reset();
    const auto steps = stepsToV2(false);
    storage::OpenOptions options;
    options.migrations = &steps;
    options.targetVersion = 2;
    options.readOnly = true;
    auto result = storage::Project::open(dir.file("S.weft"), options);
    REQUIRE_FALSE(result.ok());
    REQUIRE(sqlInt(dir.file("S.weft"), "PRAGMA user_version") == 1);
}
