// SPDX-License-Identifier: GPL-3.0-or-later
// codes add, codes list

#include "app/cli/commands.h"
#include "core/model/codepath.h"

#include <iostream>

namespace weft::cli {

using namespace weft::core;

int runCodesAdd(CliContext &ctx)
{
    ctx.allowOptions({"color", "colour", "description"});
    const std::string &path = ctx.operand(1, "code path such as \"Barriers/Transport\"");
    const auto names = check(splitPath(path));
    auto project = ctx.openProject(true);
    const std::optional<std::string> color =
        ctx.args.value("color") ? ctx.args.value("color") : ctx.args.value("colour");
    const std::optional<std::string> description = ctx.args.value("description");
    if (color)
        check(storage::normalizeColor(*color));
    auto created = check(project->transaction([&] {
        auto existing = project->codes().resolve(path);
        const bool existed = existing.ok();
        if (existed && !color && !description) {
            storage::fail(ErrorCode::AlreadyExists,
                          "the code '" + path + "' already exists; give --color or "
                          "--description to change it");
        }
        const Code code = existed ? *existing : check(project->codes().ensurePath(names)).code;
        if (color)
            check(project->codes().setColor(code.uuid, color));
        if (description)
            check(project->codes().setDescription(code.uuid, description));
        return std::make_pair(check(project->codes().byUuid(code.uuid)), !existed);
    }));
    check(project->close());
    const Code &code = created.first;
    if (ctx.json) {
        printJson({{"id", code.uuid},
                   {"name", code.name},
                   {"path", joinPath(names)},
                   {"color", code.color ? nlohmann::json(*code.color) : nlohmann::json()},
                   {"description",
                    code.description ? nlohmann::json(*code.description) : nlohmann::json()},
                   {"created", created.second}});
    } else {
        std::cout << (created.second ? "added code " : "updated code ") << joinPath(names) << '\n';
    }
    return 0;
}

namespace {

nlohmann::json codeNode(const CodeTree &tree, Id id, const std::map<Id, std::int64_t> &counts,
                        const std::map<Id, std::int64_t> &totals)
{
    const Code &code = *tree.find(id);
    nlohmann::json children = nlohmann::json::array();
    for (Id child : tree.children(id))
        children.push_back(codeNode(tree, child, counts, totals));
    const auto count = [](const std::map<Id, std::int64_t> &m, Id key) {
        const auto it = m.find(key);
        return it == m.end() ? std::int64_t(0) : it->second;
    };
    return {{"id", code.uuid},
            {"name", code.name},
            {"path", tree.path(id)},
            {"color", code.color ? nlohmann::json(*code.color) : nlohmann::json()},
            {"description", code.description ? nlohmann::json(*code.description) : nlohmann::json()},
            {"codings", count(counts, id)},
            {"codings_with_subcodes", count(totals, id)},
            {"children", children}};
}

void printTree(const CodeTree &tree, Id parent, int depth, const std::map<Id, std::int64_t> &counts)
{
    for (Id id : tree.children(parent)) {
        const Code &code = *tree.find(id);
        const auto it = counts.find(id);
        std::cout << std::string(static_cast<std::size_t>(depth) * 2, ' ') << code.name << "  ("
                  << (it == counts.end() ? 0 : it->second) << ")\n";
        printTree(tree, id, depth + 1, counts);
    }
}

} // namespace

int runCodesList(CliContext &ctx)
{
    ctx.allowOptions({});
    auto project = ctx.openProject(false);
    const CodeTree tree = check(project->codes().tree());
    const auto counts = check(project->codes().codingCounts());
    std::map<Id, std::int64_t> totals;
    for (const Code &code : tree.codes()) {
        for (Id id : tree.subtree(code.id)) {
            const auto it = counts.find(id);
            totals[code.id] += it == counts.end() ? 0 : it->second;
        }
    }
    if (ctx.json) {
        nlohmann::json out = nlohmann::json::array();
        for (Id id : tree.children(0))
            out.push_back(codeNode(tree, id, counts, totals));
        printJson(out);
        return 0;
    }
    printTree(tree, 0, 0, counts);
    return 0;
}

} // namespace weft::cli
