// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/services/reporttriangulation.h"

#include "app/services/reportblocks.h"
#include "app/services/reportsummary.h"

namespace weft::services {

using namespace weft::core;

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
    if (!singleKind.empty())
        report.blocks.push_back(paragraph(strings.format("triangulation.singleKind", {joinWords(singleKind, strings)}),
                                          ParagraphRole::Note));
    if (!singleParticipant.empty())
        report.blocks.push_back(paragraph(strings.format("triangulation.singleParticipant",
                                                         {joinWords(singleParticipant, strings)}),
                                          ParagraphRole::Note));
}

} // namespace weft::services
