// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/project.h"

#include <catch2/catch.hpp>

#include <sqlite3.h>

#include <filesystem>
#include <memory>
#include <random>
#include <string>

namespace weft::test {

/// A fresh directory under the system temp dir, removed with everything in it.
class TempDir {
public:
    TempDir()
    {
        std::random_device rd;
        m_path = std::filesystem::temp_directory_path() /
                 ("weft-test-" + std::to_string(rd()) + std::to_string(rd()));
        std::filesystem::create_directories(m_path);
    }
    ~TempDir()
    {
        std::error_code ec;
        std::filesystem::remove_all(m_path, ec);
    }
    std::string file(const std::string &name) const { return (m_path / name).string(); }
    const std::filesystem::path &path() const { return m_path; }

private:
    std::filesystem::path m_path;
};

template <typename T>
T must(Result<T> result)
{
    if (!result)
        FAIL("unexpected error: " << result.error().message);
    return std::move(*result);
}

inline void must(Result<void> result)
{
    if (!result)
        FAIL("unexpected error: " << result.error().message);
}

inline std::unique_ptr<storage::Project> newProject(const TempDir &dir,
                                                    const std::string &name = "S.weft")
{
    return must(storage::Project::create(dir.file(name), "Test study", "alice"));
}

inline core::Document addText(storage::Project &project, const std::string &name,
                              const std::string &text,
                              core::DocumentKind kind = core::DocumentKind::Interview)
{
    storage::NewDocument doc;
    doc.name = name;
    doc.kind = kind;
    doc.text = text;
    doc.originalName = name + ".txt";
    doc.originalFormat = "txt";
    return must(project.documents().add(doc));
}

/// Runs one SQL query returning a single integer, through the plain SQLite API.
inline std::int64_t sqlInt(const std::string &path, const std::string &sql)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *st = nullptr;
    std::int64_t value = -1;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW)
        value = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    sqlite3_close(db);
    return value;
}

inline void sqlExec(const std::string &path, const std::string &sql)
{
    sqlite3 *db = nullptr;
    sqlite3_open(path.c_str(), &db);
    char *err = nullptr;
    const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &err);
    INFO(sql << " -> " << (err ? err : "ok"));
    sqlite3_free(err);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
}

/// The newest audit entry.
inline core::AuditEntry lastAudit(storage::Project &project)
{
    auto entries = must(project.history().entries(1));
    REQUIRE(entries.size() == 1);
    return entries.back();
}

} // namespace weft::test
