// SPDX-License-Identifier: GPL-3.0-or-later
// themes add | link | unlink | list | matrix | suggest | review | exemplar

#include "app/cli/commands.h"
#include "app/services/themeanalysis.h"
#include "core/model/codepath.h"

#include <algorithm>
#include <iomanip>
#include <iostream>
#include <set>

namespace weft::cli {

using namespace weft::core;

namespace {

nlohmann::json evidenceJson(const Evidence &e)
{
    nlohmann::json byKind = nlohmann::json::object();
    for (const auto &[kind, counts] : e.byKind)
        byKind[std::string(toString(kind))] = {{"excerpts", counts.excerpts},
                                               {"participants", counts.participants}};
    return {{"excerpts", e.excerpts.size()},
            {"documents", e.documents},
            {"participants", e.participants},
            {"by_kind", byKind}};
}

nlohmann::json reviewJson(const services::ThemeSummary &t)
{
    nlohmann::json review = {{"state", toString(t.theme.reviewState)},
                             {"reviewer", nullptr},
                             {"time", nullptr},
                             {"comment", nullptr}};
    if (t.lastReview) {
        review["reviewer"] = t.lastReview->reviewer;
        review["time"] = t.lastReview->time;
        review["comment"] = t.lastReview->comment.empty() ? nlohmann::json()
                                                          : nlohmann::json(t.lastReview->comment);
        review["decision"] = toString(t.lastReview->decision);
    }
    return review;
}

ThemeStatus parseStatus(const std::string &text)
{
    auto status = themeStatusFromString(text);
    if (!status)
        throw CliError("--status must be candidate, reviewed, final or discarded", 2);
    return *status;
}

std::vector<Id> resolveCodes(storage::Project &project, const std::vector<std::string> &paths)
{
    if (paths.empty())
        throw CliError("give at least one --code PATH", 2);
    std::vector<Id> ids;
    for (const std::string &path : paths)
        ids.push_back(check(project.codes().resolve(path)).id);
    return ids;
}

} // namespace

int runThemesAdd(CliContext &ctx)
{
    ctx.allowOptions({"definition", "status"});
    const std::string &path = ctx.operand(1, "theme path such as \"Trust/Peers as a bridge\"");
    const auto names = check(splitPath(path));
    const auto definition = ctx.args.value("definition");
    std::optional<ThemeStatus> status;
    if (auto s = ctx.args.value("status"))
        status = parseStatus(*s);
    auto project = ctx.openProject(true);
    const auto result = check(project->transaction([&] {
        auto existing = project->themes().resolve(path);
        const bool existed = existing.ok();
        if (existed && !definition && !status)
            storage::fail(ErrorCode::AlreadyExists, "the theme '" + path + "' already exists");
        const Theme theme = existed ? *existing : check(project->themes().ensurePath(names));
        if (definition)
            check(project->themes().setDefinition(theme.uuid, *definition));
        if (status)
            check(project->themes().setStatus(theme.uuid, *status));
        return std::make_pair(check(project->themes().byUuid(theme.uuid)), !existed);
    }));
    check(project->close());
    const Theme &t = result.first;
    if (ctx.json) {
        printJson({{"id", t.uuid},
                   {"name", t.name},
                   {"path", joinPath(names)},
                   {"definition", t.definition},
                   {"status", toString(t.status)},
                   {"created", result.second}});
    } else {
        std::cout << (result.second ? "added theme " : "updated theme ") << joinPath(names) << '\n';
    }
    return 0;
}

namespace {

int linkOrUnlink(CliContext &ctx, bool link)
{
    ctx.allowOptions({"code"});
    const std::string &themePath = ctx.operand(1, "theme (path or id)");
    auto project = ctx.openProject(true);
    const auto counts = check(project->transaction([&] {
        const Theme theme = check(project->themes().resolve(themePath));
        std::pair<int, int> changed{0, 0};
        for (Id code : resolveCodes(*project, ctx.args.values("code"))) {
            const bool did = link ? check(project->themes().link(theme.uuid, code))
                                  : check(project->themes().unlink(theme.uuid, code));
            did ? ++changed.first : ++changed.second;
        }
        return changed;
    }));
    check(project->close());
    if (ctx.json) {
        printJson({{link ? "linked" : "unlinked", counts.first}, {"unchanged", counts.second}});
    } else {
        std::cout << (link ? "linked " : "unlinked ") << counts.first << " code(s), "
                  << counts.second << " unchanged\n";
    }
    return 0;
}

} // namespace

int runThemesLink(CliContext &ctx) { return linkOrUnlink(ctx, true); }
int runThemesUnlink(CliContext &ctx) { return linkOrUnlink(ctx, false); }

int runThemesList(CliContext &ctx)
{
    ctx.allowOptions({});
    auto project = ctx.openProject(false);
    const auto overview = check(services::analyseThemes(*project));
    // Build the tree: themes come parents first.
    std::map<Id, nlohmann::json> nodes;
    std::vector<Id> order;
    for (const auto &t : overview.themes) {
        nodes[t.theme.id] = {{"id", t.theme.uuid},
                             {"name", t.theme.name},
                             {"path", t.path},
                             {"definition", t.theme.definition},
                             {"status", toString(t.theme.status)},
                             {"codes", t.linkedCodePaths},
                             {"review", reviewJson(t)},
                             {"evidence", evidenceJson(t.evidence)},
                             {"children", nlohmann::json::array()}};
        order.push_back(t.theme.id);
    }
    // Attach children bottom-up so each subtree is complete before it is copied.
    for (auto it = overview.themes.rbegin(); it != overview.themes.rend(); ++it) {
        if (it->theme.parentId && nodes.count(*it->theme.parentId)) {
            auto &siblings = nodes[*it->theme.parentId]["children"];
            siblings.insert(siblings.begin(), nodes[it->theme.id]);
        }
    }
    nlohmann::json out = nlohmann::json::array();
    for (const auto &t : overview.themes) {
        if (!t.theme.parentId)
            out.push_back(nodes[t.theme.id]);
    }
    if (ctx.json) {
        printJson(out);
        return 0;
    }
    for (const auto &t : overview.themes) {
        const auto depth = static_cast<std::size_t>(std::count(t.path.begin(), t.path.end(), '/'));
        std::cout << std::string(depth * 2, ' ') << t.theme.name << "  [" << toString(t.theme.status)
                  << "]  " << t.evidence.excerpts.size() << " excerpts, " << t.evidence.participants
                  << " participants\n";
    }
    return 0;
}

int runThemesMatrix(CliContext &ctx)
{
    ctx.allowOptions({"by"});
    const std::string by = ctx.args.value("by").value_or("kind");
    auto project = ctx.openProject(false);
    const auto matrix = check(services::themeMatrix(*project, by));
    if (ctx.json) {
        nlohmann::json rows = nlohmann::json::array();
        for (const auto &row : matrix.rows) {
            nlohmann::json cells = nlohmann::json::object();
            for (const auto &[column, cell] : row.cells)
                cells[column] = {{"excerpts", cell.excerpts}, {"participants", cell.participants}};
            rows.push_back({{"theme", row.theme}, {"cells", cells}, {"flags", row.flags}});
        }
        printJson({{"by", matrix.by}, {"columns", matrix.columns}, {"rows", rows}});
        return 0;
    }
    std::cout << std::left << std::setw(32) << "theme";
    for (const auto &c : matrix.columns)
        std::cout << std::setw(14) << c;
    std::cout << '\n';
    for (const auto &row : matrix.rows) {
        std::cout << std::setw(32) << row.theme.substr(0, 31);
        for (const auto &c : matrix.columns) {
            const auto &cell = row.cells.at(c);
            std::cout << std::setw(14)
                      << (std::to_string(cell.excerpts) + " (" + std::to_string(cell.participants) + ")");
        }
        for (const auto &f : row.flags)
            std::cout << " !" << f;
        std::cout << '\n';
    }
    return 0;
}

int runThemesSuggest(CliContext &ctx)
{
    ctx.allowOptions({});
    auto project = ctx.openProject(false);
    const auto suggestions = check(services::suggestThemes(*project));
    if (ctx.json) {
        nlohmann::json out = nlohmann::json::array();
        for (const auto &s : suggestions)
            out.push_back({{"name", s.name}, {"codes", s.codePaths}, {"score", s.score}});
        printJson(out);
        return 0;
    }
    for (const auto &s : suggestions) {
        std::cout << std::fixed << std::setprecision(2) << s.score << "  " << s.name << ": ";
        for (std::size_t i = 0; i < s.codePaths.size(); ++i)
            std::cout << (i ? ", " : "") << s.codePaths[i];
        std::cout << '\n';
    }
    return 0;
}

int runThemesReview(CliContext &ctx)
{
    ctx.allowOptions({"approve", "send-back", "comment-only", "request", "comment", "reviewer"});
    const std::string &themePath = ctx.operand(1, "theme (path or id)");
    int given = 0;
    ReviewDecision decision = ReviewDecision::Comment;
    if (ctx.args.has("approve")) {
        decision = ReviewDecision::Approve;
        ++given;
    }
    if (ctx.args.has("send-back")) {
        decision = ReviewDecision::SendBack;
        ++given;
    }
    if (ctx.args.has("comment-only")) {
        decision = ReviewDecision::Comment;
        ++given;
    }
    if (ctx.args.has("request")) {
        decision = ReviewDecision::Request;
        ++given;
    }
    if (given != 1)
        throw CliError("give one of --approve, --send-back, --comment-only or --request", 2);
    const auto reviewer = ctx.args.value("reviewer");
    if (!reviewer || reviewer->empty())
        throw CliError("give --reviewer NAME", 2);
    const std::string comment = ctx.args.value("comment").value_or("");
    auto project = ctx.openProject(true);
    const auto outcome = check(project->transaction([&] {
        const Theme theme = check(project->themes().resolve(themePath));
        return check(project->themes().review(theme.uuid, decision, comment, *reviewer));
    }));
    const Theme after = check(project->themes().byUuid(outcome.before.uuid));
    check(project->close());
    if (ctx.json) {
        printJson({{"theme", outcome.before.uuid},
                   {"state", toString(after.reviewState)},
                   {"status", toString(after.status)},
                   {"reviewer", outcome.review.reviewer},
                   {"time", outcome.review.time},
                   {"comment", comment.empty() ? nlohmann::json() : nlohmann::json(comment)}});
    } else {
        std::cout << after.name << ": review " << toString(after.reviewState) << ", status "
                  << toString(after.status) << '\n';
    }
    return 0;
}

int runThemesExemplar(CliContext &ctx)
{
    ctx.allowOptions({"coding", "unmark"});
    const std::string &themePath = ctx.operand(1, "theme (path or id)");
    const std::vector<std::string> codings = ctx.args.values("coding");
    if (codings.empty())
        throw CliError("give at least one --coding UUID (weft-cli excerpts S.weft --json lists them as \"id\")", 2);
    const bool unmark = ctx.args.has("unmark");
    auto project = ctx.openProject(true);
    struct Outcome {
        Theme theme;
        int changed = 0;
        int unchanged = 0;
    };
    const auto outcome = check(project->transaction([&] {
        Outcome o{check(project->themes().resolve(themePath))};
        std::set<Id> evidence; // codings that support the theme, sub-themes included
        if (!unmark) {
            for (const services::ThemeSummary &t : check(services::analyseThemes(*project)).themes) {
                if (t.theme.id != o.theme.id)
                    continue;
                for (const Excerpt &x : t.evidence.excerpts)
                    evidence.insert(x.codingIds.begin(), x.codingIds.end());
            }
        }
        for (const std::string &uuid : codings) {
            const Coding coding = check(project->codings().get(uuid));
            if (unmark) {
                check(project->exemplars().unmark(o.theme.uuid, uuid)) ? ++o.changed : ++o.unchanged;
                continue;
            }
            if (!evidence.count(coding.id)) {
                storage::fail(ErrorCode::InvalidArgument,
                              "the coding " + uuid + " is not evidence of the theme '" + o.theme.name +
                                  "': link its code to the theme (weft-cli themes link) first");
            }
            const auto before = check(project->exemplars().codingsOf(o.theme.id));
            check(project->exemplars().mark(o.theme.uuid, uuid));
            std::find(before.begin(), before.end(), coding.id) == before.end() ? ++o.changed : ++o.unchanged;
        }
        return o;
    }));
    const auto marked = check(project->exemplars().codingsOf(outcome.theme.id));
    std::map<Id, std::string> uuids;
    for (const Coding &c : check(project->codings().all()))
        uuids[c.id] = c.uuid;
    check(project->close());
    if (ctx.json) {
        nlohmann::json list = nlohmann::json::array();
        for (Id id : marked)
            list.push_back(uuids[id]);
        printJson({{"theme", outcome.theme.uuid},
                   {unmark ? "unmarked" : "marked", outcome.changed},
                   {"unchanged", outcome.unchanged},
                   {"exemplars", list}});
    } else {
        std::cout << (unmark ? "unmarked " : "marked ") << outcome.changed << " exemplar(s), "
                  << outcome.unchanged << " unchanged; " << outcome.theme.name << " has "
                  << marked.size() << " exemplar(s)\n";
    }
    return 0;
}

} // namespace weft::cli
