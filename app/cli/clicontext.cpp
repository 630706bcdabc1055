// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/clicontext.h"

#include <cstdlib>
#include <iostream>
#include <pwd.h>
#include <unistd.h>

namespace weft::cli {

std::unique_ptr<storage::Project> CliContext::openProject(bool write) const
{
    const std::string &path = operand(0, "project file (S.weft)");
    storage::OpenOptions options;
    options.coder = coder;
    auto project = storage::Project::open(path, options);
    if (!project && !write && project.error().code == ErrorCode::Locked) {
        options.readOnly = true;
        project = storage::Project::open(path, options);
    }
    return check(std::move(project));
}

const std::string &CliContext::operand(std::size_t index, const char *what) const
{
    if (index >= operands.size())
        throw CliError(std::string("missing ") + what + "; see `weft-cli help`", 2);
    return operands[index];
}

void CliContext::allowOptions(std::initializer_list<const char *> options) const
{
    std::set<std::string> known{"coder", "json", "help"};
    for (const char *o : options)
        known.insert(o);
    if (auto unknown = args.unknownOption(known))
        throw CliError("unknown option --" + *unknown + " for this command; see `weft-cli help`", 2);
}

void check(Result<void> result)
{
    if (!result)
        throw CliError(result.error().message);
}

void printJson(const nlohmann::json &value)
{
    std::cout << value.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

std::string defaultCoder()
{
    if (const char *env = std::getenv("WEFT_CODER"); env && *env)
        return env;
    if (const passwd *pw = ::getpwuid(::geteuid()); pw && pw->pw_name && *pw->pw_name)
        return pw->pw_name;
    if (const char *user = std::getenv("USER"); user && *user)
        return user;
    return "unknown";
}

} // namespace weft::cli
