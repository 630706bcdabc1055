// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/result.h"
#include "storage/sqlite/statement.h"

#include <map>
#include <memory>
#include <string>
#include <string_view>

struct sqlite3;

namespace weft::storage {

/// An open SQLite connection. Owns a cache of prepared statements: storage code asks for the
/// same SQL text many times (batch coding), so each statement is compiled once.
class Connection {
public:
    enum class Mode { ReadWrite, ReadWriteCreate, ReadOnly };

    static Result<std::unique_ptr<Connection>> open(const std::string &path, Mode mode);
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    /// Runs one or more statements without results. Throws DbError.
    void exec(std::string_view sql);
    /// A fresh statement owned by the caller.
    Statement prepare(std::string_view sql);
    /// A cached statement, reset and with bindings cleared. Valid until the connection closes;
    /// do not hold two uses of the same SQL text at once.
    Statement &cached(const std::string &sql);

    /// Resets every cached statement still holding a row, so no read transaction stays open
    /// between user actions (it would keep WAL checkpoints from completing).
    void resetActive();

    std::int64_t lastInsertRowId() const;
    int changes() const;
    sqlite3 *handle() const { return m_db; }
    std::string lastErrorMessage() const;

    /// Fault injection for tests: the Nth write step from now fails with an I/O error.
    /// 0 disables. Proves that every action rolls back completely.
    void failAfterWrites(int n) { m_writesUntilFailure = n; }
    bool consumeWriteBudget();

    [[noreturn]] void throwError(int code, std::string_view context) const;

private:
    explicit Connection(sqlite3 *db) : m_db(db) {}
    sqlite3 *m_db;
    std::map<std::string, std::unique_ptr<Statement>, std::less<>> m_cache;
    int m_writesUntilFailure = 0;
};

} // namespace weft::storage
