// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/migrations.h"

#include "storage/projectfile.h"
#include "storage/sqlite/connection.h"
#include "storage/sqlite/dberror.h"

namespace weft::storage {

const std::vector<MigrationStep> &migrationSteps()
{
    static const std::vector<MigrationStep> steps;
    return steps;
}

std::string backupPathFor(const std::string &path, int version)
{
    return path + ".v" + std::to_string(version) + ".bak";
}

Result<void> migrate(Connection &db, const std::string &path, int fromVersion, int toVersion,
                     const std::vector<MigrationStep> &steps)
{
    // Every step must be known before anything is touched.
    std::vector<const MigrationStep *> plan;
    for (int v = fromVersion; v < toVersion; ++v) {
        const MigrationStep *found = nullptr;
        for (const MigrationStep &step : steps) {
            if (step.fromVersion == v)
                found = &step;
        }
        if (!found) {
            return makeError(ErrorCode::Internal, "no upgrade from project schema " +
                                                      std::to_string(v) + "; report this bug");
        }
        plan.push_back(found);
    }
    WEFT_TRY(backupDatabase(db, backupPathFor(path, fromVersion)));
    try {
        db.exec("BEGIN IMMEDIATE");
        for (const MigrationStep *step : plan)
            step->apply(db);
        db.exec("PRAGMA user_version = " + std::to_string(toVersion));
        db.exec("COMMIT");
    } catch (const std::exception &error) {
        try {
            db.exec("ROLLBACK");
        } catch (const DbError &) {
        }
        return makeError(ErrorCode::Database,
                         "upgrading " + path + " to schema " + std::to_string(toVersion) +
                             " failed (" + error.what() + "); the project is unchanged and a "
                             "backup is at " + backupPathFor(path, fromVersion));
    }
    return {};
}

} // namespace weft::storage
