// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/services/themeanalysis.h"

#include "core/model/codepath.h"
#include "storage/project.h"

#include <algorithm>
#include <functional>
#include <set>

namespace weft::services {

using namespace weft::core;

namespace {

/// Themes ordered as a tree, with their paths.
std::vector<std::pair<Theme, std::string>> themeTree(const std::vector<Theme> &themes)
{
    std::vector<std::pair<Theme, std::string>> out;
    std::function<void(std::optional<Id>, const std::string &, int)> walk =
        [&](std::optional<Id> parent, const std::string &prefix, int depth) {
            if (depth > 64)
                return;
            std::vector<Theme> children;
            for (const Theme &t : themes) {
                if (t.parentId == parent)
                    children.push_back(t);
            }
            std::sort(children.begin(), children.end(), [](const Theme &a, const Theme &b) {
                return a.position != b.position ? a.position < b.position : a.id < b.id;
            });
            for (const Theme &t : children) {
                const std::string path = prefix.empty() ? escapePathName(t.name)
                                                        : prefix + "/" + escapePathName(t.name);
                out.emplace_back(t, path);
                walk(t.id, path, depth + 1);
            }
        };
    walk(std::nullopt, "", 0);
    return out;
}

} // namespace

Result<ThemesOverview> analyseThemes(storage::Project &project)
{
    auto themes = project.themes().all();
    if (!themes)
        return themes.error();
    auto links = project.themes().allLinks();
    if (!links)
        return links.error();
    auto tree = project.codes().tree();
    if (!tree)
        return tree.error();
    auto codings = project.codings().evidence();
    if (!codings)
        return codings.error();
    auto participants = project.participants().all();
    if (!participants)
        return participants.error();

    std::multimap<Id, Id> linkMap;
    for (const auto &[theme, code] : *links)
        linkMap.emplace(theme, code);
    std::map<Id, std::vector<Id>> children;
    for (const Code &c : tree->codes())
        children[c.id] = tree->children(c.id);
    std::map<Id, std::vector<const EvidenceCoding *>> byCode;
    for (const EvidenceCoding &c : *codings)
        byCode[c.codeId].push_back(&c);

    ThemesOverview overview;
    for (const Participant &p : *participants)
        overview.participantLabels[p.id] = p.label;
    for (const auto &[theme, path] : themeTree(*themes)) {
        ThemeSummary summary;
        summary.theme = theme;
        summary.path = path;
        const auto [b, e] = linkMap.equal_range(theme.id);
        for (auto it = b; it != e; ++it) {
            summary.linkedCodes.push_back(it->second);
            summary.linkedCodePaths.push_back(tree->path(it->second));
        }
        std::sort(summary.linkedCodePaths.begin(), summary.linkedCodePaths.end());
        std::vector<EvidenceCoding> supporting;
        for (Id code : supportingCodes(theme.id, *themes, linkMap, children)) {
            for (const EvidenceCoding *c : byCode[code])
                supporting.push_back(*c);
        }
        summary.evidence = summarize(mergeExcerpts(std::move(supporting)));
        auto reviews = project.themes().reviews(theme.id);
        if (!reviews)
            return reviews.error();
        if (!reviews->empty())
            summary.lastReview = reviews->back();
        overview.themes.push_back(std::move(summary));
    }
    return overview;
}

Result<ThemeMatrix> themeMatrix(storage::Project &project, const std::string &by)
{
    ThemeMatrix matrix;
    matrix.by = by;
    const bool byKind = by == "kind", byParticipant = by == "participant";
    std::string attribute;
    if (by.rfind("attribute:", 0) == 0)
        attribute = by.substr(10);
    if (!byKind && !byParticipant && attribute.empty()) {
        return makeError(ErrorCode::InvalidArgument,
                         "--by must be kind, participant or attribute:NAME, not '" + by + "'");
    }
    auto overview = analyseThemes(project);
    if (!overview)
        return overview.error();

    // Column of an excerpt, from its kind, participant, or the participant's attribute.
    std::map<Id, std::string> attributeOf;
    if (!attribute.empty()) {
        bool known = false;
        auto defs = project.attributes().definitions(AttributeScope::Participant);
        if (!defs)
            return defs.error();
        for (const auto &d : *defs)
            known = known || d.name == attribute;
        if (!known) {
            std::string list;
            for (const auto &d : *defs)
                list += (list.empty() ? "" : ", ") + d.name;
            return makeError(ErrorCode::NotFound, "no participant attribute '" + attribute +
                                                      "'" + (list.empty() ? "" : "; there are: " + list));
        }
        for (const auto &[id, label] : overview->participantLabels) {
            auto values = project.attributes().values(AttributeScope::Participant, id);
            if (!values)
                return values.error();
            for (const auto &v : *values) {
                if (v.name == attribute)
                    attributeOf[id] = v.value;
            }
        }
    }
    const auto columnOf = [&](const Excerpt &x) -> std::string {
        if (byKind)
            return std::string(toString(x.kind));
        if (byParticipant)
            return x.participant ? overview->participantLabels[*x.participant] : "(none)";
        if (x.participant && attributeOf.count(*x.participant))
            return attributeOf[*x.participant];
        return "(none)";
    };

    std::set<std::string> columns;
    if (byKind) {
        for (DocumentKind k : allDocumentKinds)
            matrix.columns.emplace_back(toString(k));
    }
    for (const ThemeSummary &t : overview->themes) {
        MatrixRow row;
        row.theme = t.path;
        std::map<std::string, std::set<Id>> people;
        std::set<DocumentKind> kinds;
        for (const Excerpt &x : t.evidence.excerpts) {
            const std::string column = columnOf(x);
            columns.insert(column);
            ++row.cells[column].excerpts;
            if (x.participant)
                people[column].insert(*x.participant);
            kinds.insert(x.kind);
        }
        for (auto &[column, cell] : row.cells)
            cell.participants = static_cast<std::int64_t>(people[column].size());
        if (!t.evidence.excerpts.empty()) {
            if (kinds.size() == 1)
                row.flags.push_back("single_kind");
            if (t.evidence.participants <= 1)
                row.flags.push_back("single_participant");
        }
        matrix.rows.push_back(std::move(row));
    }
    if (!byKind)
        matrix.columns.assign(columns.begin(), columns.end());
    for (MatrixRow &row : matrix.rows) {
        for (const std::string &column : matrix.columns)
            row.cells.try_emplace(column);
    }
    return matrix;
}

Result<std::vector<Suggestion>> suggestThemes(storage::Project &project)
{
    auto tree = project.codes().tree();
    if (!tree)
        return tree.error();
    auto codings = project.codings().evidence();
    if (!codings)
        return codings.error();
    std::map<Id, std::string> names;
    for (const Code &c : tree->codes())
        names[c.id] = c.name;
    std::vector<Suggestion> out;
    for (const ThemeSuggestion &s : core::suggestThemes(*codings, names)) {
        Suggestion suggestion;
        suggestion.name = s.name;
        suggestion.score = s.score;
        for (Id code : s.codes)
            suggestion.codePaths.push_back(tree->path(code));
        out.push_back(std::move(suggestion));
    }
    return out;
}

} // namespace weft::services
