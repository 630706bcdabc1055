// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace weft::storage {

class Connection;

/// `PRAGMA application_id` of every Weft project: the bytes "WEFT".
inline constexpr std::int32_t kApplicationId = 0x57454654;
/// The schema version this build writes; `PRAGMA user_version` of a current project.
inline constexpr int kSchemaVersion = 1;

/// Creates the version-1 schema in an empty database (inside the caller's transaction).
void createSchemaV1(Connection &db);

/// Tables a project of the given version must have (checked at open, before any use).
std::vector<std::string> requiredTables(int version);

} // namespace weft::storage
