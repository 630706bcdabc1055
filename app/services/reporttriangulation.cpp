// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/services/reporttriangulation.h"

#include "app/services/reportblocks.h"
#include "app/services/reportsummary.h"

namespace weft::services {

using namespace weft::core;

namespace {

/// The triangulation as bars: for each theme, its excerpts from each source kind. Written as a
/// list where no figure can be drawn (the table above holds the same numbers).
Figure prevalenceChart(const std::vector<DocumentKind> &kinds, const ReportStrings &strings,
                       const std::vector<ReportedTheme> &themes)
{
    Figure figure;
    figure.id = "prevalence-chart";
    figure.caption = strings.text("prevalence.caption");
    figure.altText = figure.caption;
    figure.spec.kind = "prevalence-chart";
    nlohmann::json sources = nlohmann::json::array();
    for (DocumentKind kind : kinds)
        sources.push_back(strings.kindPlural(kind));
    nlohmann::json rows = nlohmann::json::array();
    for (const ReportedTheme &reported : themes) {
        const Evidence &e = reported.summary->evidence;
        nlohmann::json counts = nlohmann::json::array();
        std::vector<std::string> parts;
        for (DocumentKind kind : kinds) {
            const auto it = e.byKind.find(kind);
            const std::int64_t n = it == e.byKind.end() ? 0 : it->second.excerpts;
            counts.push_back(n);
            parts.push_back(strings.kindPlural(kind) + " " + std::to_string(n));
        }
        rows.push_back({{"name", themeTitle(reported)}, {"counts", std::move(counts)}});
        ListItem item;
        item.level = 0;
        item.runs.push_back(TextRun{themeTitle(reported), true, false});
        item.runs.push_back(TextRun{strings.text("punct.colon")});
        item.runs.push_back(TextRun{joinComma(parts)});
        figure.fallback.push_back(std::move(item));
    }
    figure.spec.data = {{"sources", std::move(sources)},
                        {"themes", std::move(rows)},
                        {"axis", strings.text("prevalence.axis")}};
    return figure;
}

} // namespace

void addTriangulation(ReportDocument &report, const ReportData &data, const ReportStrings &strings,
                      const std::vector<ReportedTheme> &themes)
{
    if (themes.empty())
        return;
    report.blocks.push_back(heading(1, strings.text("triangulation.heading"), "triangulation"));
    report.blocks.push_back(paragraph(strings.text("triangulation.intro")));
    const std::vector<DocumentKind> kinds = kindsPresent(data);
    ReportTable table;
    table.caption = strings.text("triangulation.caption");
    table.header.push_back(strings.text("col.theme"));
    table.columnWeights.push_back(6);
    table.align.push_back(ColumnAlign::Left);
    for (DocumentKind kind : kinds) {
        table.header.push_back(strings.kindPlural(kind));
        table.columnWeights.push_back(2);
        table.align.push_back(ColumnAlign::Right);
    }
    table.header.push_back(strings.text("col.total"));
    table.columnWeights.push_back(2);
    table.align.push_back(ColumnAlign::Right);
    std::vector<std::string> singleKind, singleParticipant;
    for (const ReportedTheme &reported : themes) {
        const Evidence &e = reported.summary->evidence;
        std::vector<std::string> row{themeTitle(reported)};
        int kindsWithEvidence = 0;
        for (DocumentKind kind : kinds) {
            const auto it = e.byKind.find(kind);
            const KindCounts c = it == e.byKind.end() ? KindCounts{} : it->second;
            kindsWithEvidence += c.excerpts > 0 ? 1 : 0;
            row.push_back(std::to_string(c.excerpts) + " (" + std::to_string(c.participants) + ")");
        }
        row.push_back(std::to_string(e.excerpts.size()) + " (" + std::to_string(e.participants) + ")");
        table.rows.push_back(std::move(row));
        if (!e.excerpts.empty() && kindsWithEvidence == 1)
            singleKind.push_back(reported.summary->theme.name);
        if (!e.excerpts.empty() && e.participants <= 1)
            singleParticipant.push_back(reported.summary->theme.name);
    }
    report.blocks.push_back(std::move(table));
    report.blocks.push_back(prevalenceChart(kinds, strings, themes));
    if (!singleKind.empty())
        report.blocks.push_back(paragraph(strings.format("triangulation.singleKind", {joinWords(singleKind, strings)}),
                                          ParagraphRole::Note));
    if (!singleParticipant.empty())
        report.blocks.push_back(paragraph(strings.format("triangulation.singleParticipant",
                                                         {joinWords(singleParticipant, strings)}),
                                          ParagraphRole::Note));
}

} // namespace weft::services
