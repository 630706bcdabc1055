// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/result.h"

#include <stdexcept>
#include <string>

namespace weft::storage {

/// An SQLite failure inside storage. It never leaves the storage layer: every public storage
/// call catches it and returns it as a weft::Error (see ProjectContext::write/read).
class DbError : public std::runtime_error {
public:
    DbError(int sqliteCode, const std::string &message)
        : std::runtime_error(message), m_sqliteCode(sqliteCode)
    {
    }
    int sqliteCode() const { return m_sqliteCode; }

private:
    int m_sqliteCode;
};

/// A domain failure raised deep inside a storage transaction (a missing code, a bad range) that
/// must roll the whole transaction back; converted to its Error at the public boundary.
class StorageFailure : public std::runtime_error {
public:
    explicit StorageFailure(Error error)
        : std::runtime_error(error.message), m_error(std::move(error))
    {
    }
    const Error &error() const { return m_error; }

private:
    Error m_error;
};

[[noreturn]] inline void fail(ErrorCode code, std::string message)
{
    throw StorageFailure(Error{code, std::move(message)});
}

} // namespace weft::storage
