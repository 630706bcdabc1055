// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3_stmt;

namespace weft::storage {

class Connection;

/// A prepared statement with bound parameters. Failures throw DbError (caught at the storage
/// boundary). Parameters are 1-based as in SQLite.
class Statement {
public:
    Statement(Connection &connection, sqlite3_stmt *stmt);
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&) = delete;
    Statement(const Statement &) = delete;
    ~Statement();

    Statement &bind(int index, std::int64_t value);
    Statement &bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, std::string_view value);
    Statement &bind(int index, const std::string &value) { return bind(index, std::string_view(value)); }
    Statement &bind(int index, const char *value) { return bind(index, std::string_view(value)); }
    Statement &bind(int index, std::nullopt_t);
    template <typename T>
    Statement &bind(int index, const std::optional<T> &value)
    {
        return value ? bind(index, *value) : bind(index, std::nullopt);
    }

    /// Binds all arguments from parameter 1 on.
    template <typename... Args>
    Statement &bindAll(const Args &...args)
    {
        int index = 0;
        (bind(++index, args), ...);
        return *this;
    }

    /// Advances; true when a row is available.
    bool step();
    /// Runs to completion (for statements that return no rows).
    void run();
    void reset();
    /// True between a step() that returned a row and the next reset.
    bool busy() const;

    bool isNull(int column) const;
    std::int64_t int64(int column) const;
    double real(int column) const;
    std::string text(int column) const;
    std::string_view textView(int column) const; ///< valid until the next step/reset
    std::optional<std::int64_t> optInt64(int column) const;
    std::optional<std::string> optText(int column) const;

private:
    Connection &m_connection;
    sqlite3_stmt *m_stmt;
};

} // namespace weft::storage
