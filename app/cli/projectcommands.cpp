// SPDX-License-Identifier: GPL-3.0-or-later
// new, info, check, history

#include "app/cli/commands.h"

#include <iostream>

namespace weft::cli {

using namespace weft::core;

namespace {

nlohmann::json parseOrNull(const std::string &text)
{
    if (text.empty())
        return nullptr;
    nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
    return j.is_discarded() ? nlohmann::json(text) : j;
}

} // namespace

int runNew(CliContext &ctx)
{
    ctx.allowOptions({"title"});
    const std::string &path = ctx.operand(0, "project file to create (S.weft)");
    std::string title = ctx.args.value("title").value_or("");
    if (title.empty()) {
        const auto slash = path.find_last_of('/');
        title = path.substr(slash == std::string::npos ? 0 : slash + 1);
        if (const auto dot = title.rfind('.'); dot != std::string::npos && dot > 0)
            title.resize(dot);
    }
    auto project = check(storage::Project::create(path, title, ctx.coder));
    const auto info = check(project->info());
    check(project->close());
    if (ctx.json) {
        printJson({{"path", path}, {"title", info.title}, {"id", info.uuid},
                   {"schema_version", info.schemaVersion}});
    } else {
        std::cout << "created " << path << " (\"" << info.title << "\")\n";
    }
    return 0;
}

int runInfo(CliContext &ctx)
{
    ctx.allowOptions({});
    auto project = ctx.openProject(false);
    const auto info = check(project->info());
    if (ctx.json) {
        nlohmann::json documents = nlohmann::json::object();
        for (const auto &[kind, n] : info.documents)
            documents[std::string(toString(kind))] = n;
        printJson({{"schema_version", info.schemaVersion},
                   {"id", info.uuid},
                   {"title", info.title},
                   {"created", info.createdAt},
                   {"documents", documents},
                   {"participants", info.participants},
                   {"codes", info.codes},
                   {"codings", info.codings},
                   {"themes", info.themes},
                   {"memos", info.memos},
                   {"coders", info.coders}});
        return 0;
    }
    std::int64_t total = 0;
    for (const auto &[kind, n] : info.documents)
        total += n;
    std::cout << info.title << "  (" << project->path() << ", schema " << info.schemaVersion
              << ")\n"
              << "documents:    " << total << " (";
    bool first = true;
    for (const auto &[kind, n] : info.documents) {
        std::cout << (first ? "" : ", ") << n << ' ' << toString(kind);
        first = false;
    }
    std::cout << ")\n"
              << "participants: " << info.participants << '\n'
              << "codes:        " << info.codes << '\n'
              << "codings:      " << info.codings << '\n'
              << "themes:       " << info.themes << '\n'
              << "memos:        " << info.memos << '\n'
              << "coders:       " << info.coders << '\n';
    return 0;
}

int runCheck(CliContext &ctx)
{
    ctx.allowOptions({});
    auto project = ctx.openProject(false);
    auto result = project->checkIntegrityInBackground().get();
    check(result);
    if (ctx.json)
        printJson({{"ok", true}});
    else
        std::cout << project->path() << ": ok\n";
    return 0;
}

int runHistory(CliContext &ctx)
{
    ctx.allowOptions({"limit"});
    std::int64_t limit = 0;
    if (auto text = ctx.args.value("limit")) {
        try {
            limit = std::stoll(*text);
        } catch (const std::exception &) {
            throw CliError("--limit takes a number of entries, e.g. --limit 20", 2);
        }
    }
    auto project = ctx.openProject(false);
    const auto entries = check(project->history().entries(limit));
    if (ctx.json) {
        nlohmann::json out = nlohmann::json::array();
        for (const AuditEntry &e : entries) {
            out.push_back({{"time", e.time},
                           {"coder", e.coder},
                           {"action", e.action},
                           {"entity_type", e.entityType},
                           {"entity", e.entityUuid},
                           {"before", parseOrNull(e.before)},
                           {"after", parseOrNull(e.after)}});
        }
        printJson(out);
        return 0;
    }
    for (const AuditEntry &e : entries) {
        std::cout << e.time << "  " << e.coder << "  " << e.action << "  " << e.entityUuid
                  << '\n';
    }
    return 0;
}

} // namespace weft::cli
