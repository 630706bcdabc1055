// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/importeddocument.h"
#include "core/util/result.h"

#include <optional>
#include <string>
#include <vector>

namespace weft::storage {
class Project;
}

namespace weft::services {

struct ImportRequest {
    std::vector<std::string> paths;
    std::optional<core::DocumentKind> kind; ///< overrides detection
    std::string participant;                ///< participant label to link every document to
    core::ImportOptions options;
};

struct ImportedFile {
    std::string path;
    std::string document;     ///< name in the project
    std::string documentUuid;
    core::DocumentKind kind = core::DocumentKind::Document;
    std::int64_t characters = 0;
    bool skipped = false; ///< its text was already in the project
    std::string skippedBecause;
};

/// The kind a file's location suggests: its folder (interviews/, journals/, feedback/), then a
/// "J_" name prefix for journals; nullopt when neither says.
std::optional<core::DocumentKind> kindFromPath(const std::string &path);

/// Reads every file first; only when all of them read cleanly are they added, all in one
/// transaction. A bad file therefore leaves the project exactly as it was.
Result<std::vector<ImportedFile>> importFiles(storage::Project &project,
                                              const ImportRequest &request);

} // namespace weft::services
