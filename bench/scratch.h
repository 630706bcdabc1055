// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/entities.h"

#include <filesystem>
#include <map>
#include <memory>
#include <string>

namespace weft::storage {
class Project;
}

namespace weft::bench {

/// A fresh directory for the benchmark's project files, removed at the end unless kept.
class ScratchDir {
public:
    /// Makes a new directory under `parent` (the system temp dir when empty).
    ScratchDir(const std::filesystem::path &parent, bool keep);
    ~ScratchDir();
    ScratchDir(const ScratchDir &) = delete;
    ScratchDir &operator=(const ScratchDir &) = delete;

    const std::filesystem::path &path() const { return m_path; }
    std::filesystem::path file(const std::string &name) const { return m_path / name; }

private:
    std::filesystem::path m_path;
    bool m_keep = false;
};

/// Every run of a mutating operation starts from its own copy of a closed project file.
void copyProject(const std::filesystem::path &from, const std::filesystem::path &to);

std::unique_ptr<storage::Project> createProject(const std::filesystem::path &path);
std::unique_ptr<storage::Project> openProject(const std::filesystem::path &path);
/// Closes (checkpoints the WAL) so the file can be copied or opened by weft-cli.
void closeProject(std::unique_ptr<storage::Project> project);

/// Document ids by name and code ids by path, as the workload files refer to them.
struct IdMaps {
    std::map<std::string, core::Id> documents;
    std::map<std::string, core::Id> codes;
};
IdMaps resolveIds(storage::Project &project);

/// The coder every benchmark change is attributed to.
inline constexpr const char *kCoder = "bench";

} // namespace weft::bench
