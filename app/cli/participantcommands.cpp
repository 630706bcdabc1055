// SPDX-License-Identifier: GPL-3.0-or-later
// participants import, participants list

#include "app/cli/commands.h"
#include "app/cli/jsonvalues.h"
#include "app/services/importservice.h"

#include <iostream>

namespace weft::cli {

using namespace weft::core;

int runParticipantsImport(CliContext &ctx)
{
    ctx.allowOptions({"id-column", "sheet", "encoding", "date-order"});
    const std::string &table = ctx.operand(1, "participant table (.csv or .xlsx)");
    ImportOptions options;
    options.idColumn = ctx.args.value("id-column").value_or("");
    options.sheet = ctx.args.value("sheet").value_or("");
    options.encoding = ctx.args.value("encoding").value_or("");
    options.dateOrder = ctx.args.value("date-order").value_or("");
    auto project = ctx.openProject(true);
    const auto result = check(services::importParticipants(*project, table, options));
    check(project->close());
    if (ctx.json)
        printJson({{"created", result.created}, {"updated", result.updated}});
    else
        std::cout << "participants: " << result.created << " created, " << result.updated
                  << " updated\n";
    return 0;
}

int runParticipantsList(CliContext &ctx)
{
    ctx.allowOptions({});
    auto project = ctx.openProject(false);
    const auto documents = check(project->documents().all());
    std::map<Id, std::string> docNames;
    for (const Document &d : documents)
        docNames[d.id] = d.name;
    nlohmann::json out = nlohmann::json::array();
    for (const Participant &p : check(project->participants().all())) {
        nlohmann::json docs = nlohmann::json::array();
        for (Id id : check(project->documents().documentsOfParticipant(p.id)))
            docs.push_back(docNames[id]);
        nlohmann::json row = {
            {"id", p.label},
            {"uuid", p.uuid},
            {"attributes",
             attributesJson(check(project->attributes().values(AttributeScope::Participant, p.id)))},
            {"documents", docs}};
        if (!p.name.empty())
            row["name"] = p.name;
        out.push_back(row);
    }
    if (ctx.json) {
        printJson(out);
        return 0;
    }
    for (const auto &row : out) {
        std::cout << row["id"].get<std::string>() << "  " << row["attributes"].dump() << "  "
                  << row["documents"].size() << " document(s)\n";
    }
    return 0;
}

} // namespace weft::cli
