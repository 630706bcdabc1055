// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sqlite/connection.h"

#include "storage/sqlite/dberror.h"

#include <sqlite3.h>

namespace weft::storage {

Result<std::unique_ptr<Connection>> Connection::open(const std::string &path, Mode mode)
{
    int flags = SQLITE_OPEN_EXRESCODE | SQLITE_OPEN_NOFOLLOW;
    switch (mode) {
    case Mode::ReadWrite: flags |= SQLITE_OPEN_READWRITE; break;
    case Mode::ReadWriteCreate: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE; break;
    case Mode::ReadOnly: flags |= SQLITE_OPEN_READONLY; break;
    }
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        std::string message = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
        sqlite3_close_v2(db);
        return makeError(ErrorCode::Io, "cannot open " + path + ": " + message);
    }
    sqlite3_extended_result_codes(db, 1);
    sqlite3_busy_timeout(db, 5000);
    // Hardening against hostile files: no views or triggers may call functions with side
    // effects, no double-quoted string literals.
    sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_DQS_DDL, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_DQS_DML, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
    return std::unique_ptr<Connection>(new Connection(db));
}

Connection::~Connection()
{
    m_cache.clear();
    sqlite3_close_v2(m_db);
}

void Connection::throwError(int code, std::string_view context) const
{
    throw DbError(code, std::string(context) + ": " + sqlite3_errmsg(m_db));
}

std::string Connection::lastErrorMessage() const { return sqlite3_errmsg(m_db); }

void Connection::exec(std::string_view sql)
{
    std::string text(sql);
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        std::string error = message ? message : sqlite3_errstr(rc);
        sqlite3_free(message);
        throw DbError(rc, error);
    }
}

Statement Connection::prepare(std::string_view sql)
{
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v3(m_db, sql.data(), static_cast<int>(sql.size()),
                                      SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK)
        throwError(rc, "prepare '" + std::string(sql.substr(0, 60)) + "'");
    return Statement(*this, stmt);
}

Statement &Connection::cached(const std::string &sql)
{
    auto it = m_cache.find(sql);
    if (it == m_cache.end())
        it = m_cache.emplace(sql, std::make_unique<Statement>(prepare(sql))).first;
    it->second->reset();
    return *it->second;
}

void Connection::resetActive()
{
    for (auto &[sql, statement] : m_cache) {
        if (statement->busy())
            statement->reset();
    }
}

std::int64_t Connection::lastInsertRowId() const { return sqlite3_last_insert_rowid(m_db); }
int Connection::changes() const { return sqlite3_changes(m_db); }

bool Connection::consumeWriteBudget()
{
    if (m_writesUntilFailure <= 0)
        return true;
    return --m_writesUntilFailure > 0;
}

} // namespace weft::storage
