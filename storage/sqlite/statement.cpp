// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sqlite/statement.h"

#include "storage/sqlite/connection.h"
#include "storage/sqlite/dberror.h"

#include <sqlite3.h>

namespace weft::storage {

Statement::Statement(Connection &connection, sqlite3_stmt *stmt)
    : m_connection(connection), m_stmt(stmt)
{
}

Statement::Statement(Statement &&other) noexcept
    : m_connection(other.m_connection), m_stmt(other.m_stmt)
{
    other.m_stmt = nullptr;
}

Statement::~Statement() { sqlite3_finalize(m_stmt); }

Statement &Statement::bind(int index, std::int64_t value)
{
    if (const int rc = sqlite3_bind_int64(m_stmt, index, value); rc != SQLITE_OK)
        m_connection.throwError(rc, "bind");
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    if (const int rc = sqlite3_bind_double(m_stmt, index, value); rc != SQLITE_OK)
        m_connection.throwError(rc, "bind");
    return *this;
}

Statement &Statement::bind(int index, std::string_view value)
{
    const int rc = sqlite3_bind_text64(m_stmt, index, value.data(), value.size(),
                                       SQLITE_TRANSIENT, SQLITE_UTF8);
    if (rc != SQLITE_OK)
        m_connection.throwError(rc, "bind");
    return *this;
}

Statement &Statement::bind(int index, std::nullopt_t)
{
    if (const int rc = sqlite3_bind_null(m_stmt, index); rc != SQLITE_OK)
        m_connection.throwError(rc, "bind");
    return *this;
}

bool Statement::step()
{
    if (!sqlite3_stmt_readonly(m_stmt) && !m_connection.consumeWriteBudget())
        throw DbError(SQLITE_IOERR, "disk I/O error (injected fault)");
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    const std::string sql = sqlite3_sql(m_stmt) ? sqlite3_sql(m_stmt) : "";
    sqlite3_reset(m_stmt);
    m_connection.throwError(rc, "step '" + sql.substr(0, 60) + "'");
}

void Statement::run()
{
    while (step()) {
    }
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool Statement::busy() const { return sqlite3_stmt_busy(m_stmt) != 0; }

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

std::int64_t Statement::int64(int column) const { return sqlite3_column_int64(m_stmt, column); }
double Statement::real(int column) const { return sqlite3_column_double(m_stmt, column); }

std::string_view Statement::textView(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return {data, static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column))};
}

std::string Statement::text(int column) const { return std::string(textView(column)); }

std::optional<std::int64_t> Statement::optInt64(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return int64(column);
}

std::optional<std::string> Statement::optText(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return text(column);
}

} // namespace weft::storage
