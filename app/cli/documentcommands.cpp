// SPDX-License-Identifier: GPL-3.0-or-later
// import, documents, text

#include "app/cli/commands.h"
#include "app/services/importservice.h"

#include <iostream>
#include <map>

namespace weft::cli {

using namespace weft::core;

int runImport(CliContext &ctx)
{
    ctx.allowOptions({"kind", "participant", "encoding"});
    services::ImportRequest request;
    if (ctx.operands.size() < 2)
        throw CliError("name the files to import: weft-cli import S.weft FILE...", 2);
    request.paths.assign(ctx.operands.begin() + 1, ctx.operands.end());
    if (auto kind = ctx.args.value("kind")) {
        request.kind = documentKindFromString(*kind);
        if (!request.kind) {
            throw CliError("--kind must be interview, journal, feedback or document, not '" +
                               *kind + "'",
                           2);
        }
    }
    request.participant = ctx.args.value("participant").value_or("");
    request.options.encoding = ctx.args.value("encoding").value_or("");
    auto project = ctx.openProject(true);
    const auto files = check(services::importFiles(*project, request));
    check(project->close());
    if (ctx.json) {
        nlohmann::json out = nlohmann::json::array();
        for (const auto &f : files) {
            nlohmann::json row = {{"file", f.path},
                                  {"document", f.document},
                                  {"id", f.documentUuid},
                                  {"kind", toString(f.kind)},
                                  {"characters", f.characters},
                                  {"status", f.skipped ? "skipped" : "imported"}};
            if (f.skipped)
                row["reason"] = f.skippedBecause;
            out.push_back(row);
        }
        printJson(out);
        return 0;
    }
    for (const auto &f : files) {
        if (f.skipped)
            std::cout << "skipped " << f.path << ": " << f.skippedBecause << '\n';
        else
            std::cout << "imported " << f.path << " as '" << f.document << "' (" << toString(f.kind)
                      << ", " << f.characters << " characters)\n";
    }
    return 0;
}

int runDocuments(CliContext &ctx)
{
    ctx.allowOptions({});
    auto project = ctx.openProject(false);
    const auto documents = check(project->documents().all());
    std::map<Id, std::string> labels;
    for (const Participant &p : check(project->participants().all()))
        labels[p.id] = p.label;
    const auto participantOf = [&](const Document &d) -> nlohmann::json {
        if (d.participantId && labels.count(*d.participantId))
            return labels[*d.participantId];
        return nullptr;
    };
    if (ctx.json) {
        nlohmann::json out = nlohmann::json::array();
        for (const Document &d : documents) {
            out.push_back({{"id", d.uuid},
                           {"name", d.name},
                           {"kind", toString(d.kind)},
                           {"participant", participantOf(d)},
                           {"characters", d.characters},
                           {"original_name", d.originalName},
                           {"format", d.originalFormat},
                           {"encoding", d.encoding},
                           {"imported", d.importedAt}});
        }
        printJson(out);
        return 0;
    }
    for (const Document &d : documents) {
        const auto participant = participantOf(d);
        std::cout << d.name << "\t" << toString(d.kind) << "\t"
                  << (participant.is_null() ? "-" : participant.get<std::string>()) << "\t"
                  << d.characters << " characters\n";
    }
    return 0;
}

int runText(CliContext &ctx)
{
    ctx.allowOptions({});
    const std::string &name = ctx.operand(1, "document (name or id)");
    auto project = ctx.openProject(false);
    const Document doc = check(project->documents().resolve(name));
    const std::string text = check(project->documents().text(doc.id));
    if (ctx.json) {
        printJson({{"id", doc.uuid}, {"name", doc.name}, {"text", text}});
        return 0;
    }
    // Exactly the stored text, byte for byte: scripts compare it and compute offsets from it.
    std::cout << text;
    return 0;
}

} // namespace weft::cli
