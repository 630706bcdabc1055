// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/services/reportthemes.h"

#include "app/services/reportblocks.h"
#include "app/services/reportsummary.h"

#include <algorithm>
#include <set>

namespace weft::services {

using namespace weft::core;

namespace {

/// Codings of a code and everything below it.
std::int64_t codingsWithSubcodes(const ReportData &data, Id code)
{
    std::int64_t n = 0;
    for (Id id : data.codes->subtree(code)) {
        const auto it = data.codingCounts.find(id);
        n += it == data.codingCounts.end() ? 0 : it->second;
    }
    return n;
}

/// First letter in capitals, for words that start a sentence. Covers the letters our status
/// names start with (ASCII, and 'é' of the French "écarté").
std::string capitalised(std::string word)
{
    if (!word.empty() && word[0] >= 'a' && word[0] <= 'z')
        word[0] = static_cast<char>(word[0] - 'a' + 'A');
    else if (word.rfind("\xC3\xA9", 0) == 0)
        word.replace(0, 2, "\xC3\x89");
    return word;
}

/// "12 excerpts, 4 participants", as the thematic map labels a theme.
std::string evidenceCounts(const Evidence &e, const ReportStrings &strings)
{
    return strings.format("map.item", {strings.count("count.excerpts", static_cast<std::int64_t>(e.excerpts.size())),
                                       strings.count("count.participants", e.participants)});
}

std::string statusText(const ThemeSummary &t, const ReportStrings &strings)
{
    std::string review = strings.reviewName(t.theme.reviewState);
    if (t.lastReview && t.theme.reviewState != ReviewState::None) {
        review = strings.format("theme.reviewBy", {review, t.lastReview->reviewer,
                                                   strings.longDate(t.lastReview->time.substr(0, 10))});
        if (!t.lastReview->comment.empty())
            review += " (" + strings.format("quote.inline", {t.lastReview->comment}) + ")";
    }
    return strings.format("theme.statusText", {capitalised(strings.statusName(t.theme.status)), review});
}

void addPrevalence(ReportDocument &report, const ReportData &data, const ReportStrings &strings,
                   const ReportedTheme &reported)
{
    const Evidence &e = reported.summary->evidence;
    const std::string name = reported.summary->theme.name;
    report.blocks.push_back(leadIn(strings.text("theme.prevalence"),
                                   strings.format("theme.prevalenceText",
                                                  {strings.count("count.excerpts", static_cast<std::int64_t>(e.excerpts.size())),
                                                   strings.count("count.participants", e.participants),
                                                   strings.count("count.documents", e.documents)})));
    if (e.excerpts.empty())
        return;
    // One table answers both questions: rows are participants, columns data sources, and the
    // last two rows give the excerpts and the participants per source. A study with very many
    // participants keeps the two summary rows only.
    const std::vector<DocumentKind> kinds = kindsPresent(data);
    ReportTable table;
    table.caption = strings.format("theme.prevalence.caption", {name});
    table.header.push_back(strings.text("col.participant"));
    table.align.push_back(ColumnAlign::Left);
    for (DocumentKind kind : kinds) {
        table.header.push_back(strings.kindPlural(kind));
        table.align.push_back(ColumnAlign::Right);
    }
    table.header.push_back(strings.text("col.total"));
    table.align.push_back(ColumnAlign::Right);
    std::map<std::string, std::map<DocumentKind, std::int64_t>> byPerson;
    for (const Excerpt &x : e.excerpts) {
        if (const std::string label = data.label(x.participant); !label.empty())
            ++byPerson[label][x.kind];
    }
    if (byPerson.size() <= 40) {
        for (const auto &[label, counts] : byPerson) {
            std::vector<std::string> row{label};
            std::int64_t total = 0;
            for (DocumentKind kind : kinds) {
                const auto it = counts.find(kind);
                const std::int64_t n = it == counts.end() ? 0 : it->second;
                total += n;
                row.push_back(std::to_string(n));
            }
            row.push_back(std::to_string(total));
            table.rows.push_back(std::move(row));
        }
    }
    std::vector<std::string> excerpts{strings.text("theme.allExcerpts")};
    std::vector<std::string> people{strings.text("theme.participantCount")};
    for (DocumentKind kind : kinds) {
        const auto it = e.byKind.find(kind);
        const KindCounts counts = it == e.byKind.end() ? KindCounts{} : it->second;
        excerpts.push_back(std::to_string(counts.excerpts));
        people.push_back(std::to_string(counts.participants));
    }
    excerpts.push_back(std::to_string(e.excerpts.size()));
    people.push_back(std::to_string(e.participants));
    table.rows.push_back(std::move(excerpts));
    table.rows.push_back(std::move(people));
    report.blocks.push_back(std::move(table));
}

void addMemos(ReportDocument &report, const ReportData &data, const ReportStrings &strings,
              const Theme &theme)
{
    bool any = false;
    for (const Memo &memo : data.themeMemos) {
        if (memo.targetUuid != theme.uuid)
            continue;
        if (!any)
            report.blocks.push_back(leadIn(strings.text("theme.memos"), {}));
        any = true;
        // Blank lines separate the memo's paragraphs; the title leads the first one.
        std::vector<std::string> paragraphs;
        std::string current;
        std::size_t from = 0;
        const std::string &body = memo.body;
        while (from <= body.size()) {
            const std::size_t gap = body.find("\n\n", from);
            std::string part = body.substr(from, gap == std::string::npos ? std::string::npos : gap - from);
            while (!part.empty() && (part.back() == '\n' || part.back() == ' '))
                part.pop_back();
            while (!part.empty() && (part.front() == '\n' || part.front() == ' '))
                part.erase(part.begin());
            if (!part.empty())
                paragraphs.push_back(part);
            if (gap == std::string::npos)
                break;
            from = gap + 2;
        }
        if (paragraphs.empty())
            paragraphs.emplace_back();
        for (std::size_t i = 0; i < paragraphs.size(); ++i) {
            if (i == 0 && !memo.title.empty()) {
                Paragraph p = leadIn(memo.title + (memo.title.back() == '.' ? "" : "."), paragraphs[0]);
                p.runs[0].bold = false;
                p.runs[0].italic = true;
                report.blocks.push_back(std::move(p));
            } else if (!paragraphs[i].empty()) {
                report.blocks.push_back(paragraph(paragraphs[i]));
            }
        }
    }
}

} // namespace

std::string themeTitle(const ReportedTheme &t)
{
    return t.number + (t.depth == 0 ? ". " : " ") + t.summary->theme.name;
}

Result<std::vector<ReportedTheme>> selectReportedThemes(storage::Project &project,
                                                        const ReportData &data,
                                                        const std::vector<std::string> &paths)
{
    std::set<Id> wanted;
    for (const std::string &path : paths) {
        auto theme = project.themes().resolve(path);
        WEFT_TRY(theme);
        wanted.insert(theme->id);
    }
    std::vector<ReportedTheme> out;
    std::map<Id, std::size_t> indexOf;
    std::set<Id> left; // discarded themes and everything below them
    std::vector<int> counters; // numbering per depth
    for (const ThemeSummary &t : data.themes.themes) {
        const auto parent = t.theme.parentId ? indexOf.find(*t.theme.parentId) : indexOf.end();
        const bool parentReported = parent != indexOf.end();
        if (!paths.empty() && !parentReported && !wanted.count(t.theme.id))
            continue;
        // By default a report presents findings: a discarded theme (and what hangs below it)
        // stays out unless it is asked for by name.
        if (paths.empty() && (t.theme.status == ThemeStatus::Discarded ||
                              (t.theme.parentId && left.count(*t.theme.parentId)))) {
            left.insert(t.theme.id);
            continue;
        }
        ReportedTheme reported;
        reported.summary = &t;
        reported.depth = parentReported ? out[parent->second].depth + 1 : 0;
        const auto depth = static_cast<std::size_t>(reported.depth);
        counters.resize(depth + 1, 0);
        ++counters[depth];
        for (std::size_t i = 0; i <= depth; ++i)
            reported.number += (i ? "." : "") + std::to_string(counters[i]);
        reported.bookmark = "theme-" + reported.number;
        std::replace(reported.bookmark.begin(), reported.bookmark.end(), '.', '-');
        if (parentReported)
            out[parent->second].children.push_back(out.size());
        indexOf[t.theme.id] = out.size();
        out.push_back(std::move(reported));
    }
    return out;
}

Figure thematicMap(const ReportData &data, const ReportStrings &strings,
                   const std::vector<ReportedTheme> &themes)
{
    Figure figure;
    figure.id = "thematic-map";
    figure.caption = strings.text("map.caption");
    figure.altText = figure.caption;
    figure.spec.kind = "thematic-map";
    nlohmann::json nodes = nlohmann::json::array();
    for (const ReportedTheme &t : themes) {
        const ThemeSummary &s = *t.summary;
        nlohmann::json node = {{"id", s.theme.uuid},
                               {"name", s.theme.name},
                               {"number", t.number},
                               {"parent", nullptr},
                               {"status", toString(s.theme.status)},
                               {"excerpts", s.evidence.excerpts.size()},
                               {"participants", s.evidence.participants},
                               {"counts", evidenceCounts(s.evidence, strings)},
                               {"codes", s.linkedCodePaths}};
        if (t.depth > 0 && s.theme.parentId) {
            for (const ReportedTheme &p : themes) {
                if (p.summary->theme.id == *s.theme.parentId)
                    node["parent"] = p.summary->theme.uuid;
            }
        }
        nodes.push_back(std::move(node));

        ListItem item;
        item.level = std::min(t.depth, 2);
        item.runs.push_back(TextRun{themeTitle(t), true, false});
        item.runs.push_back(TextRun{" (" + evidenceCounts(s.evidence, strings) + ")"});
        if (!s.linkedCodes.empty()) {
            std::vector<std::string> codes;
            for (Id code : s.linkedCodes)
                codes.push_back(displayPath(data.codes->pathNames(code)));
            std::sort(codes.begin(), codes.end());
            item.runs.push_back(TextRun{strings.text("punct.colon")});
            item.runs.push_back(TextRun{joinComma(codes), false, true});
        }
        figure.fallback.push_back(std::move(item));
    }
    figure.spec.data = {{"themes", std::move(nodes)}};
    return figure;
}

Result<int> addThemeSections(ReportDocument &report, const ReportData &data,
                             const ReportStrings &strings, const FindingsReportOptions &options,
                             const std::vector<ReportedTheme> &themes, QuoteSelector &quotes)
{
    report.blocks.push_back(heading(1, strings.text("themes.heading"), "themes"));
    if (themes.empty()) {
        report.blocks.push_back(paragraph(strings.text("themes.none")));
        return 0;
    }
    report.blocks.push_back(paragraph(strings.text("themes.intro")));
    report.blocks.push_back(paragraph(strings.format("themes.rule", {std::to_string(options.quotesPerTheme)}),
                                      ParagraphRole::Note));
    report.blocks.push_back(thematicMap(data, strings, themes));
    const int before = quotes.quoted();
    const int total = static_cast<int>(themes.size());
    for (const ReportedTheme &reported : themes) {
        if (options.progress && !options.progress(static_cast<int>(&reported - themes.data()), total))
            return makeError(ErrorCode::Internal, "the report was cancelled");
        const ThemeSummary &t = *reported.summary;
        report.blocks.push_back(heading(reported.depth == 0 ? 2 : 3, themeTitle(reported), reported.bookmark));
        if (t.theme.definition.empty())
            report.blocks.push_back(leadIn(strings.text("theme.definition"), strings.text("theme.noDefinition")));
        else
            report.blocks.push_back(leadIn(strings.text("theme.definition"), t.theme.definition));
        report.blocks.push_back(leadIn(strings.text("theme.status"), statusText(t, strings)));
        if (!reported.children.empty()) {
            report.blocks.push_back(leadIn(strings.text("theme.subthemes"), {}));
            BulletList list;
            for (std::size_t child : reported.children)
                list.items.push_back(listItem(themeTitle(themes[child])));
            report.blocks.push_back(std::move(list));
        }
        if (t.linkedCodes.empty()) {
            report.blocks.push_back(leadIn(strings.text("theme.codes"), strings.text("theme.noCodes")));
        } else {
            report.blocks.push_back(leadIn(strings.text("theme.codes"), {}));
            std::vector<std::pair<std::string, Id>> codes;
            for (Id code : t.linkedCodes)
                codes.emplace_back(displayPath(data.codes->pathNames(code)), code);
            std::sort(codes.begin(), codes.end());
            BulletList list;
            for (const auto &[path, id] : codes) {
                list.items.push_back(listItem(path + " (" + strings.count("count.codings", codingsWithSubcodes(data, id)) + ")"));
            }
            report.blocks.push_back(std::move(list));
        }
        addPrevalence(report, data, strings, reported);
        addMemos(report, data, strings, t.theme);
        const auto marks = data.exemplars.find(t.theme.id);
        auto chosen = quotes.select(t.evidence.excerpts,
                                    marks == data.exemplars.end() ? std::vector<Id>{} : marks->second,
                                    options.quotesPerTheme);
        WEFT_TRY(chosen);
        if (chosen->empty()) {
            report.blocks.push_back(leadIn(strings.text("theme.quotes"), strings.text("theme.noQuotes")));
        } else {
            report.blocks.push_back(leadIn(strings.text("theme.quotes"), {}));
            for (Quote &q : *chosen)
                report.blocks.push_back(std::move(q));
        }
    }
    return quotes.quoted() - before;
}

} // namespace weft::services
