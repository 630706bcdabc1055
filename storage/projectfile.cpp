// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/projectfile.h"

#include "storage/schema.h"
#include "storage/sqlite/connection.h"
#include "storage/sqlite/dberror.h"

#include <sqlite3.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <fstream>

namespace weft::storage {

namespace {

std::int32_t bigEndian32(const unsigned char *p)
{
    return static_cast<std::int32_t>((std::uint32_t(p[0]) << 24) | (std::uint32_t(p[1]) << 16) |
                                     (std::uint32_t(p[2]) << 8) | std::uint32_t(p[3]));
}

} // namespace

Result<FileHeader> readHeader(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        return makeError(ErrorCode::Io, "cannot open " + path + ": " + std::strerror(errno) +
                                            "; check the path");
    }
    std::array<unsigned char, 100> header{};
    in.read(reinterpret_cast<char *>(header.data()), header.size());
    static constexpr char kMagic[] = "SQLite format 3";
    if (in.gcount() < 100 || std::memcmp(header.data(), kMagic, sizeof kMagic) != 0) {
        return makeError(ErrorCode::NotAProject,
                         path + " is not a Weft project (it is not an SQLite database); open a "
                                ".weft file or create one with `weft-cli new`");
    }
    FileHeader result;
    result.userVersion = bigEndian32(header.data() + 60);
    result.applicationId = bigEndian32(header.data() + 68);
    if (result.applicationId != kApplicationId) {
        return makeError(ErrorCode::NotAProject,
                         path + " is an SQLite database but not a Weft project; open a .weft "
                                "file or create one with `weft-cli new`");
    }
    return result;
}

Result<ProjectLock> ProjectLock::acquire(const std::string &path)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return makeError(ErrorCode::Io, "cannot open " + path + ": " + std::strerror(errno));
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        ::close(fd);
        return makeError(ErrorCode::Locked,
                         path + " is open in another window or process; close it there first");
    }
    return ProjectLock(fd);
}

ProjectLock::ProjectLock(ProjectLock &&other) noexcept : m_fd(other.m_fd) { other.m_fd = -1; }

ProjectLock::~ProjectLock()
{
    if (m_fd >= 0) {
        ::flock(m_fd, LOCK_UN);
        ::close(m_fd);
    }
}

Result<void> backupDatabase(Connection &source, const std::string &destination)
{
    ::unlink(destination.c_str());
    sqlite3 *target = nullptr;
    if (sqlite3_open_v2(destination.c_str(), &target,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
        sqlite3_close_v2(target);
        return makeError(ErrorCode::Io, "cannot write the backup copy " + destination +
                                            "; free some disk space and try again");
    }
    sqlite3_backup *backup = sqlite3_backup_init(target, "main", source.handle(), "main");
    int rc = backup ? sqlite3_backup_step(backup, -1) : sqlite3_errcode(target);
    if (backup)
        sqlite3_backup_finish(backup);
    // A backup of a WAL database is a normal rollback-journal file: one self-contained copy.
    if (rc == SQLITE_DONE)
        rc = sqlite3_exec(target, "PRAGMA journal_mode=DELETE", nullptr, nullptr, nullptr);
    sqlite3_close_v2(target);
    if (rc != SQLITE_OK && rc != SQLITE_DONE) {
        return makeError(ErrorCode::Io, "the backup copy " + destination +
                                            " could not be written; nothing was changed");
    }
    return {};
}

Result<void> quickCheck(Connection &db, const std::string &path)
{
    try {
        Statement check = db.prepare("PRAGMA quick_check");
        std::string problems;
        while (check.step()) {
            const std::string line = check.text(0);
            if (line != "ok")
                problems += (problems.empty() ? "" : "; ") + line;
        }
        if (!problems.empty()) {
            return makeError(ErrorCode::Corrupt,
                             path + " failed its integrity check (" + problems.substr(0, 300) +
                                 "); restore it from a backup copy");
        }
    } catch (const DbError &error) {
        return makeError(ErrorCode::Corrupt, path + " failed its integrity check (" +
                                                 error.what() + "); restore it from a backup");
    }
    return {};
}

bool hasLeftoverWal(const std::string &path)
{
    struct stat info {};
    return ::stat((path + "-wal").c_str(), &info) == 0 && info.st_size > 0;
}

} // namespace weft::storage
