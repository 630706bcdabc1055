// SPDX-License-Identifier: GPL-3.0-or-later
// code, excerpts

#include "app/cli/commands.h"
#include "app/services/codingservice.h"
#include "app/services/excerpts.h"
#include "app/services/structurecoding.h"

#include <fstream>
#include <iostream>

namespace weft::cli {

using namespace weft::core;

namespace {

std::vector<services::CodingRequest> readBatch(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw CliError("cannot read " + path + "; check the path");
    std::vector<services::CodingRequest> requests;
    std::string line;
    std::size_t number = 0;
    while (std::getline(in, line)) {
        ++number;
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (number == 1 && line.rfind("\xEF\xBB\xBF", 0) == 0)
            line.erase(0, 3);
        if (line.find_first_not_of(" \t") == std::string::npos)
            continue;
        auto request = services::parseCodingRequest(line);
        if (!request) {
            throw CliError(path + " line " + std::to_string(number) + ": " +
                           request.error().message + "; nothing was coded");
        }
        request->lineNumber = number;
        requests.push_back(std::move(*request));
    }
    return requests;
}

} // namespace

namespace {

/// `code --all-sections QUESTION | --all-turns SPEAKER | --all-entries FROM:TO`.
int runStructureCoding(CliContext &ctx)
{
    services::StructureSelection selection;
    int given = 0;
    if (auto q = ctx.args.value("all-sections")) {
        selection.target = services::StructureSelection::Target::Sections;
        selection.label = *q;
        ++given;
    }
    if (auto s = ctx.args.value("all-turns")) {
        selection.target = services::StructureSelection::Target::Turns;
        selection.label = *s;
        ++given;
    }
    if (auto range = ctx.args.value("all-entries")) {
        selection.target = services::StructureSelection::Target::Entries;
        const auto colon = range->find(':');
        if (colon == std::string::npos)
            throw CliError("--all-entries takes FROM:TO as ISO dates, either side may be empty", 2);
        selection.dateFrom = range->substr(0, colon);
        selection.dateTo = range->substr(colon + 1);
        ++given;
    }
    if (given != 1)
        throw CliError("give one of --all-sections, --all-turns or --all-entries", 2);
    for (const char *single : {"range", "match", "occurrence", "batch", "memo"}) {
        if (ctx.args.has(single))
            throw CliError(std::string("--") + single + " does not go with structure coding", 2);
    }
    const auto code = ctx.args.value("code");
    if (!code)
        throw CliError("give --code PATH", 2);
    if (auto kind = ctx.args.value("kind")) {
        selection.kind = documentKindFromString(*kind);
        if (!selection.kind)
            throw CliError("--kind must be interview, journal, feedback or document", 2);
    }
    selection.documents = ctx.args.values("doc");
    auto project = ctx.openProject(true);
    const auto result = check(services::codeStructure(*project, *code, selection, std::nullopt));
    check(project->close());
    if (ctx.json)
        printJson({{"applied", result.applied}, {"unchanged", result.unchanged}});
    else
        std::cout << "applied " << result.applied << " coding(s), " << result.unchanged
                  << " unchanged\n";
    return 0;
}

} // namespace

int runCode(CliContext &ctx)
{
    ctx.allowOptions({"doc", "code", "range", "match", "occurrence", "memo", "batch",
                      "all-sections", "all-turns", "all-entries", "kind"});
    if (ctx.args.has("all-sections") || ctx.args.has("all-turns") || ctx.args.has("all-entries"))
        return runStructureCoding(ctx);
    if (ctx.args.has("kind"))
        throw CliError("--kind goes with --all-sections, --all-turns or --all-entries", 2);
    std::vector<services::CodingRequest> requests;
    const bool batch = ctx.args.has("batch");
    if (batch) {
        for (const char *single : {"doc", "code", "range", "match", "occurrence", "memo"}) {
            if (ctx.args.has(single))
                throw CliError(std::string("--batch takes its codings from the file; drop --") +
                                   single,
                               2);
        }
        requests = readBatch(*ctx.args.value("batch"));
    } else {
        services::CodingRequest r;
        r.document = ctx.args.value("doc").value_or("");
        r.codePath = ctx.args.value("code").value_or("");
        if (r.document.empty() || r.codePath.empty())
            throw CliError("give --doc DOC and --code PATH (or --batch FILE)", 2);
        const auto range = ctx.args.value("range");
        r.match = ctx.args.value("match");
        if (range.has_value() == r.match.has_value())
            throw CliError("give exactly one of --range START:END or --match TEXT", 2);
        if (range) {
            const auto [start, end] = check(services::parseRange(*range));
            r.start = start;
            r.end = end;
        }
        if (auto occurrence = ctx.args.value("occurrence")) {
            if (!r.match)
                throw CliError("--occurrence goes with --match", 2);
            try {
                std::size_t used = 0;
                r.occurrence = std::stoi(*occurrence, &used);
                if (used != occurrence->size())
                    throw std::invalid_argument("trailing");
            } catch (const std::exception &) {
                throw CliError("--occurrence takes a number from 1, e.g. --occurrence 2", 2);
            }
        }
        r.memo = ctx.args.value("memo");
        requests.push_back(std::move(r));
    }
    auto project = ctx.openProject(true);
    std::size_t failed = 0;
    auto result = services::applyCodings(*project, requests, &failed);
    if (!result) {
        if (batch && failed < requests.size()) {
            throw CliError(*ctx.args.value("batch") + " line " +
                           std::to_string(requests[failed].lineNumber) + ": " +
                           result.error().message + "; nothing was coded");
        }
        throw CliError(result.error().message);
    }
    check(project->close());
    if (ctx.json) {
        nlohmann::json out = {{"applied", result->applied}, {"unchanged", result->unchanged}};
        if (!batch && !result->outcomes.empty()) {
            const Coding &c = result->outcomes.front().coding;
            out["id"] = c.uuid;
            out["start"] = c.start;
            out["end"] = c.end;
        }
        printJson(out);
    } else if (batch) {
        std::cout << "applied " << result->applied << " coding(s), " << result->unchanged
                  << " unchanged (already coded)\n";
    } else if (result->applied == 1) {
        const Coding &c = result->outcomes.front().coding;
        std::cout << "coded " << c.start << ":" << c.end << '\n';
    } else {
        std::cout << "unchanged: that range already has this code from this coder\n";
    }
    return 0;
}

int runExcerpts(CliContext &ctx)
{
    ctx.allowOptions({"code", "with-subcodes"});
    services::ExcerptQuery query;
    query.code = ctx.args.value("code");
    query.withSubcodes = ctx.args.has("with-subcodes");
    if (query.withSubcodes && !query.code)
        throw CliError("--with-subcodes goes with --code PATH", 2);
    auto project = ctx.openProject(false);
    const auto excerpts = check(services::findExcerpts(*project, query));
    if (ctx.json) {
        nlohmann::json out = nlohmann::json::array();
        for (const auto &e : excerpts) {
            out.push_back({{"document", e.document},
                           {"document_id", e.documentUuid},
                           {"kind", toString(e.kind)},
                           {"participant",
                            e.participant ? nlohmann::json(*e.participant) : nlohmann::json()},
                           {"code", e.codePath},
                           {"start", e.coding.start},
                           {"end", e.coding.end},
                           {"text", e.text},
                           {"coder", e.coder},
                           {"id", e.coding.uuid}});
        }
        printJson(out);
        return 0;
    }
    for (const auto &e : excerpts) {
        std::cout << e.document << " " << e.coding.start << ":" << e.coding.end << "  ["
                  << e.codePath << "]  " << e.text << '\n';
    }
    return 0;
}

} // namespace weft::cli
