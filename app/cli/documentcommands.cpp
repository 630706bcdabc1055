// SPDX-License-Identifier: GPL-3.0-or-later
// import, documents, text, structure

#include "app/cli/commands.h"
#include "app/cli/jsonvalues.h"
#include "app/services/importservice.h"

#include <iostream>
#include <map>

namespace weft::cli {

using namespace weft::core;

namespace {

std::vector<std::string> splitCommaList(const std::string &text)
{
    std::vector<std::string> out;
    std::string current;
    for (char c : text) {
        if (c == ',') {
            out.push_back(current);
            current.clear();
        } else {
            current.push_back(c);
        }
    }
    out.push_back(current);
    return out;
}

const char *statusName(services::ImportedFile::Status status)
{
    switch (status) {
    case services::ImportedFile::Status::Imported: return "imported";
    case services::ImportedFile::Status::Skipped: return "skipped";
    case services::ImportedFile::Status::Failed: return "failed";
    }
    return "failed";
}

} // namespace

int runImport(CliContext &ctx)
{
    ctx.allowOptions({"kind", "participant", "encoding", "text-columns", "id-column", "sheet",
                      "date-order", "interviewer"});
    services::ImportRequest request;
    if (ctx.operands.size() < 2)
        throw CliError("name the files or folders to import: weft-cli import S.weft PATH...", 2);
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
    ImportOptions &options = request.options;
    options.encoding = ctx.args.value("encoding").value_or("");
    options.sheet = ctx.args.value("sheet").value_or("");
    options.idColumn = ctx.args.value("id-column").value_or("");
    options.interviewer = ctx.args.value("interviewer").value_or("");
    options.dateOrder = ctx.args.value("date-order").value_or("");
    if (!options.dateOrder.empty() && options.dateOrder != "dmy" && options.dateOrder != "mdy")
        throw CliError("--date-order must be dmy or mdy", 2);
    if (auto columns = ctx.args.value("text-columns"))
        options.textColumns = splitCommaList(*columns);

    auto project = ctx.openProject(true);
    const auto files = services::importFiles(*project, request);
    check(project->close());
    if (files.empty())
        throw CliError("no importable files found in the given folders");
    bool anyFailed = false;
    nlohmann::json out = nlohmann::json::array();
    for (const auto &f : files) {
        anyFailed |= f.status == services::ImportedFile::Status::Failed;
        if (ctx.json) {
            nlohmann::json row = {{"file", f.path}, {"status", statusName(f.status)}};
            if (f.status == services::ImportedFile::Status::Failed) {
                row["document"] = nullptr;
                row["id"] = nullptr;
                row["kind"] = nullptr;
                row["participant"] = nullptr;
                row["encoding"] = nullptr;
                row["error"] = f.message;
            } else {
                row["document"] = f.document;
                row["id"] = f.documentUuid;
                row["kind"] = toString(f.kind);
                row["participant"] = f.participant ? nlohmann::json(*f.participant) : nlohmann::json();
                row["encoding"] = f.encoding;
                row["characters"] = f.characters;
                row["turns"] = f.turns;
                row["entries"] = f.entries;
                row["sections"] = f.sections;
                row["error"] = nullptr;
                if (f.status == services::ImportedFile::Status::Skipped)
                    row["reason"] = f.message;
            }
            out.push_back(row);
            continue;
        }
        switch (f.status) {
        case services::ImportedFile::Status::Imported:
            std::cout << "imported " << f.path << " as '" << f.document << "' ("
                      << toString(f.kind) << ", " << f.characters << " characters";
            if (f.turns)
                std::cout << ", " << f.turns << " turns";
            if (f.entries)
                std::cout << ", " << f.entries << " entries";
            if (f.sections)
                std::cout << ", " << f.sections << " answers";
            if (f.participant)
                std::cout << ", participant " << *f.participant;
            std::cout << ")\n";
            break;
        case services::ImportedFile::Status::Skipped:
            std::cout << "skipped " << f.path << ": " << f.message << '\n';
            break;
        case services::ImportedFile::Status::Failed:
            std::cerr << "weft-cli: " << f.message << '\n';
            break;
        }
    }
    if (ctx.json)
        printJson(out);
    return anyFailed ? 1 : 0;
}

int runDocuments(CliContext &ctx)
{
    ctx.allowOptions({});
    auto project = ctx.openProject(false);
    const auto documents = check(project->documents().all());
    const auto counts = check(project->documents().structureCounts());
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
            const auto it = counts.find(d.id);
            const storage::DocumentStore::StructureCounts c =
                it == counts.end() ? storage::DocumentStore::StructureCounts{} : it->second;
            out.push_back({{"id", d.uuid},
                           {"name", d.name},
                           {"kind", toString(d.kind)},
                           {"participant", participantOf(d)},
                           {"characters", d.characters},
                           {"turns", c.turns},
                           {"entries", c.entries},
                           {"sections", c.answers},
                           {"attributes",
                            attributesJson(check(project->attributes().values(
                                AttributeScope::Document, d.id)))},
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

int runStructure(CliContext &ctx)
{
    ctx.allowOptions({});
    const std::string &name = ctx.operand(1, "document (name or id)");
    auto project = ctx.openProject(false);
    const Document doc = check(project->documents().resolve(name));
    std::map<Id, std::string> labels;
    for (const Participant &p : check(project->participants().all()))
        labels[p.id] = p.label;
    nlohmann::json turns = nlohmann::json::array(), entries = nlohmann::json::array(),
                   sections = nlohmann::json::array();
    for (const Segment &s : check(project->documents().segments(doc.id))) {
        switch (s.kind) {
        case SegmentKind::Turn:
            turns.push_back(
                {{"start", s.start},
                 {"end", s.end},
                 {"speaker", s.label},
                 {"timestamp", s.timestamp.empty() ? nlohmann::json() : nlohmann::json(s.timestamp)},
                 {"participant", s.participantId && labels.count(*s.participantId)
                                     ? nlohmann::json(labels[*s.participantId])
                                     : nlohmann::json()},
                 {"id", s.uuid}});
            break;
        case SegmentKind::Entry:
            entries.push_back({{"start", s.start}, {"end", s.end}, {"date", s.date}, {"id", s.uuid}});
            break;
        case SegmentKind::Answer:
            sections.push_back(
                {{"start", s.start}, {"end", s.end}, {"question", s.label}, {"id", s.uuid}});
            break;
        }
    }
    const nlohmann::json out = {{"turns", turns}, {"entries", entries}, {"sections", sections}};
    if (ctx.json) {
        printJson(out);
        return 0;
    }
    std::cout << doc.name << ": " << turns.size() << " turns, " << entries.size() << " entries, "
              << sections.size() << " answers\n";
    for (const auto &t : turns)
        std::cout << "  turn  " << t["start"] << ":" << t["end"] << "  " << t["speaker"].get<std::string>()
                  << '\n';
    for (const auto &e : entries)
        std::cout << "  entry " << e["start"] << ":" << e["end"] << "  " << e["date"].get<std::string>()
                  << '\n';
    for (const auto &s : sections)
        std::cout << "  answer " << s["start"] << ":" << s["end"] << "  "
                  << s["question"].get<std::string>() << '\n';
    return 0;
}

} // namespace weft::cli
