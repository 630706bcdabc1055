// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/arguments.h"
#include "storage/project.h"

#include <nlohmann/json.hpp>

#include <memory>
#include <stdexcept>
#include <string>

namespace weft::cli {

/// A failure that ends the command: printed as one line on stderr, exit code 1 (2 for usage).
class CliError : public std::runtime_error {
public:
    explicit CliError(const std::string &message, int exitCode = 1)
        : std::runtime_error(message), m_exitCode(exitCode)
    {
    }
    int exitCode() const { return m_exitCode; }

private:
    int m_exitCode;
};

/// What every command gets: its arguments (verb words removed), the coder and output mode.
struct CliContext {
    Arguments args;
    std::vector<std::string> operands; ///< positionals after the verb
    std::string coder;
    bool json = false;

    /// The project named by the first operand. `write` takes the project's lock; read-only
    /// commands fall back to a read-only open when the project is open in a window.
    std::unique_ptr<storage::Project> openProject(bool write) const;
    const std::string &operand(std::size_t index, const char *what) const;
    /// Fails unless every option given is one the command knows.
    void allowOptions(std::initializer_list<const char *> options) const;
};

/// Unwraps a Result or throws CliError with its message.
template <typename T>
T check(Result<T> result)
{
    if (!result)
        throw CliError(result.error().message);
    return std::move(*result);
}
void check(Result<void> result);

/// Prints JSON to stdout (invalid UTF-8 replaced, never thrown on).
void printJson(const nlohmann::json &value);

/// The default coder: $WEFT_CODER, else the login name.
std::string defaultCoder();

} // namespace weft::cli
