// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/services/exportscodebook.h"

#include "app/services/reportappendix.h"
#include "app/services/reportblocks.h"
#include "app/services/reportstrings.h"
#include "core/report/docxwriter.h"
#include "storage/project.h"

namespace weft::services {

using namespace weft::core;

Result<ExportTable> codebookTable(storage::Project &project)
{
    auto tree = project.codes().tree();
    WEFT_TRY(tree);
    auto counts = project.codes().codingCounts();
    WEFT_TRY(counts);
    ExportTable table;
    table.header = {"path", "name", "level", "color", "description", "codings", "codings_with_subcodes"};
    table.numeric = {false, false, true, false, false, true, true};
    table.widths = {30, 20, 6, 9, 60, 8, 10};
    for (const CodebookRow &row : codebookRows(*tree, *counts)) {
        table.rows.push_back({row.path, row.code ? row.code->name : "", std::to_string(row.level),
                              row.code && row.code->color ? *row.code->color : "",
                              row.code && row.code->description ? *row.code->description : "",
                              std::to_string(row.codings), std::to_string(row.codingsWithSubcodes)});
    }
    return table;
}

Result<std::string> codebookDocx(storage::Project &project, const std::string &language)
{
    auto strings = ReportStrings::forLanguage(language);
    WEFT_TRY(strings);
    auto info = project.info();
    WEFT_TRY(info);
    auto lastChange = projectLastChange(project);
    WEFT_TRY(lastChange);
    auto tree = project.codes().tree();
    WEFT_TRY(tree);
    auto counts = project.codes().codingCounts();
    WEFT_TRY(counts);

    ReportDocument document;
    ReportMetadata &m = document.metadata;
    m.title = info->title.empty() ? project.path() : info->title;
    m.subtitle = strings->text("codebook.subtitle");
    m.date = lastChange->substr(0, 10);
    m.created = info->createdAt;
    m.modified = *lastChange;
    m.language = strings->language();
    document.blocks.push_back(paragraph(m.title, ParagraphRole::Title));
    document.blocks.push_back(paragraph(m.subtitle, ParagraphRole::Subtitle));
    document.blocks.push_back(paragraph(strings->longDate(m.date), ParagraphRole::Subtitle));

    ReportTable table;
    table.caption = strings->text("appendix.codebook.caption");
    table.header = {strings->text("col.code"), strings->text("col.description"),
                    strings->text("col.ownCodings"), strings->text("col.withSubcodes")};
    table.columnWeights = {5, 8, 2, 2};
    table.align = {ColumnAlign::Left, ColumnAlign::Left, ColumnAlign::Right, ColumnAlign::Right};
    for (const CodebookRow &row : codebookRows(*tree, *counts)) {
        table.rows.push_back({displayPath(row.names), row.code && row.code->description ? *row.code->description : "",
                              std::to_string(row.codings), std::to_string(row.codingsWithSubcodes)});
    }
    if (table.rows.empty())
        document.blocks.push_back(paragraph(strings->text("value.none")));
    else
        document.blocks.push_back(std::move(table));
    return DocxWriter().write(document);
}

} // namespace weft::services
