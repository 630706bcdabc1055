// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cassert>
#include <string>
#include <utility>
#include <variant>

namespace weft {

/// Why an operation failed. The message is written for the user: it says what went wrong
/// and, where it can, what to do about it.
enum class ErrorCode {
    InvalidArgument,  ///< the caller's input is wrong (bad range, unknown option value)
    NotFound,         ///< a named document, code, participant ... does not exist
    AlreadyExists,    ///< a unique name is taken
    Ambiguous,        ///< a name or text matches more than one thing
    Io,               ///< a file could not be read or written
    BadFormat,        ///< input bytes are not what they claim to be
    NotAProject,      ///< the file is not a Weft project
    TooNew,           ///< the project was written by a newer Weft
    Locked,           ///< the project is open in another window or process
    Corrupt,          ///< the project file failed an integrity check
    Database,         ///< an unexpected SQLite failure
    Internal,
};

struct Error {
    ErrorCode code = ErrorCode::Internal;
    std::string message;
};

/// An expected-like result: a value or an Error. GCC 12 has no std::expected.
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { assert(ok()); return std::get<0>(m_data); }
    const T &value() const & { assert(ok()); return std::get<0>(m_data); }
    T &&value() && { assert(ok()); return std::get<0>(std::move(m_data)); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }

    const Error &error() const { assert(!ok()); return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_ok(false) {}

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error &error() const { assert(!m_ok); return m_error; }

private:
    Error m_error;
    bool m_ok = true;
};

inline Error makeError(ErrorCode code, std::string message)
{
    return Error{code, std::move(message)};
}

} // namespace weft

/// Propagate an error from an expression returning Result<...>.
#define WEFT_TRY(expr)                                                                           \
    do {                                                                                         \
        auto &&weftTryResult_ = (expr);                                                          \
        if (!weftTryResult_.ok())                                                                \
            return weftTryResult_.error();                                                       \
    } while (false)
