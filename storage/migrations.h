// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/result.h"

#include <functional>
#include <string>
#include <vector>

namespace weft::storage {

class Connection;

/// One schema step from `fromVersion` to `fromVersion + 1`.
struct MigrationStep {
    int fromVersion = 0;
    std::string description;
    std::function<void(Connection &)> apply; ///< throws DbError/StorageFailure on failure
};

/// The steps this build knows. Version 1 is the first schema, so the list starts empty; each
/// later schema change appends a step here and never edits an old one.
const std::vector<MigrationStep> &migrationSteps();

/// Brings a project from `fromVersion` to `toVersion`: first a backup copy beside the file
/// (`NAME.weft.vN.bak`, SQLite backup API), then every step and the new user_version in one
/// transaction. On failure nothing is changed and the backup is kept.
Result<void> migrate(Connection &db, const std::string &path, int fromVersion, int toVersion,
                     const std::vector<MigrationStep> &steps);

/// The path of the pre-migration backup for a version.
std::string backupPathFor(const std::string &path, int version);

} // namespace weft::storage
