// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/importeddocument.h"
#include "core/util/result.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace weft::storage {
class Project;
}

namespace weft::services {

struct ImportRequest {
    std::vector<std::string> paths;         ///< files and folders (folders are walked recursively)
    std::optional<core::DocumentKind> kind; ///< overrides detection
    std::string participant;                ///< participant id to link every document to
    core::ImportOptions options;
};

/// The outcome for one document (a feedback-form table yields one per row) or one failed file.
struct ImportedFile {
    enum class Status { Imported, Skipped, Failed };
    std::string path;
    Status status = Status::Imported;
    std::string document;     ///< name in the project
    std::string documentUuid;
    core::DocumentKind kind = core::DocumentKind::Document;
    std::optional<std::string> participant;
    std::string encoding;
    std::int64_t characters = 0;
    std::size_t turns = 0, entries = 0, sections = 0;
    std::string message; ///< why skipped or failed
};

/// Expands folders (recursively, importable extensions only, sorted) and keeps files as given.
std::vector<std::string> expandImportPaths(const std::vector<std::string> &paths);

/// Imports every file; a bad file fails alone (under its own savepoint it leaves no trace) while
/// the good ones are imported, committed in groups. Documents whose text is already in the
/// project are skipped.
/// `progress` (optional) is called after each file with (done, total); returning false stops.
std::vector<ImportedFile>
importFiles(storage::Project &project, const ImportRequest &request,
            const std::function<bool(std::size_t, std::size_t)> &progress = {});

/// Creates or updates participants from a table (.csv/.xlsx) with typed attributes.
struct ParticipantImport {
    std::size_t created = 0;
    std::size_t updated = 0;
};
Result<ParticipantImport> importParticipants(storage::Project &project, const std::string &path,
                                             const core::ImportOptions &options);

} // namespace weft::services
