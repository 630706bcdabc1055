// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/result.h"

#include <string>

namespace weft::storage {

class Connection;

/// Reads the 100-byte SQLite header without opening the database, so a non-SQLite file is
/// refused before SQLite ever parses it. Returns the stored user_version.
struct FileHeader {
    std::int32_t applicationId = 0;
    std::int32_t userVersion = 0;
};
Result<FileHeader> readHeader(const std::string &path);

/// An exclusive advisory lock (flock) on the project file for the lifetime of the object:
/// a second process that wants to write the same project is told it is open elsewhere.
class ProjectLock {
public:
    static Result<ProjectLock> acquire(const std::string &path);
    ProjectLock(ProjectLock &&other) noexcept;
    ProjectLock &operator=(ProjectLock &&) = delete;
    ProjectLock(const ProjectLock &) = delete;
    ~ProjectLock();

private:
    explicit ProjectLock(int fd) : m_fd(fd) {}
    int m_fd = -1;
};

/// Copies a database with SQLite's online backup API (used before every migration).
Result<void> backupDatabase(Connection &source, const std::string &destination);

/// PRAGMA quick_check; an error names what is wrong.
Result<void> quickCheck(Connection &db, const std::string &path);

/// True when a write-ahead log with content lies beside the file: the last session did not
/// close cleanly.
bool hasLeftoverWal(const std::string &path);

} // namespace weft::storage
