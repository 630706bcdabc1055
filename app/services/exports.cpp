// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/services/exports.h"

#include "app/services/excerpts.h"
#include "core/model/codepath.h"
#include "core/report/csvwriter.h"
#include "core/report/xlsxwriter.h"
#include "storage/project.h"

#include <algorithm>
#include <map>
#include <set>

namespace weft::services {

using namespace weft::core;

Result<ExportTable> excerptsTable(storage::Project &project)
{
    auto excerpts = findExcerpts(project, ExcerptQuery{});
    WEFT_TRY(excerpts);
    auto participants = project.participants().all();
    WEFT_TRY(participants);
    auto definitions = project.attributes().definitions(AttributeScope::Participant);
    WEFT_TRY(definitions);
    auto memos = project.memos().all();
    WEFT_TRY(memos);

    std::map<std::string, std::map<std::string, std::string>> attributesByLabel;
    for (const Participant &p : *participants) {
        auto values = project.attributes().values(AttributeScope::Participant, p.id);
        WEFT_TRY(values);
        for (const storage::AttributeValue &v : *values)
            attributesByLabel[p.label][v.name] = v.value;
    }
    std::map<std::string, std::vector<const Memo *>> memosByCoding;
    for (const Memo &m : *memos) {
        if (m.target == MemoTarget::Coding)
            memosByCoding[m.targetUuid].push_back(&m);
    }
    std::size_t levels = 1;
    std::vector<std::vector<std::string>> paths;
    for (const Excerpt &e : *excerpts) {
        auto names = splitPath(e.codePath);
        paths.push_back(names ? *names : std::vector<std::string>{e.codePath});
        levels = std::max(levels, paths.back().size());
    }

    ExportTable table;
    const auto column = [&](std::string name, bool numeric, double width) {
        table.header.push_back(std::move(name));
        table.numeric.push_back(numeric);
        table.widths.push_back(width);
    };
    column("document", false, 18);
    column("kind", false, 10);
    column("participant", false, 11);
    const std::set<std::string> fixed{"document", "kind", "participant", "start", "end", "text", "coder", "memo"};
    for (const AttributeDefinition &d : *definitions) {
        // An attribute called like a fixed column gets a prefix rather than a duplicate header.
        column(fixed.count(d.name) ? "participant " + d.name : d.name, d.type == AttributeType::Number, 12);
    }
    for (std::size_t level = 1; level <= levels; ++level)
        column("code level " + std::to_string(level), false, 20);
    column("start", true, 8);
    column("end", true, 8);
    column("text", false, 80);
    column("coder", false, 12);
    column("memo", false, 40);

    for (std::size_t i = 0; i < excerpts->size(); ++i) {
        const Excerpt &e = (*excerpts)[i];
        std::vector<std::string> row{e.document, std::string(toString(e.kind)), e.participant.value_or("")};
        for (const AttributeDefinition &d : *definitions) {
            std::string value;
            if (e.participant) {
                const auto &values = attributesByLabel[*e.participant];
                if (const auto it = values.find(d.name); it != values.end())
                    value = it->second;
            }
            row.push_back(value);
        }
        for (std::size_t level = 0; level < levels; ++level)
            row.push_back(level < paths[i].size() ? paths[i][level] : std::string());
        row.push_back(std::to_string(e.coding.start));
        row.push_back(std::to_string(e.coding.end));
        row.push_back(e.text);
        row.push_back(e.coder);
        std::string memo;
        for (const Memo *m : memosByCoding[e.coding.uuid]) {
            if (!memo.empty())
                memo += "\n\n";
            memo += m->title.empty() ? m->body : m->title + ": " + m->body;
        }
        row.push_back(memo);
        table.rows.push_back(std::move(row));
    }
    return table;
}

std::string exportTableCsv(const ExportTable &table)
{
    CsvWriter csv;
    csv.addRow(table.header);
    for (const auto &row : table.rows)
        csv.addRow(row);
    return csv.bytes();
}

Result<std::string> exportTableXlsx(const ExportTable &table, const std::string &sheetName,
                                    const std::string &isoTime)
{
    XlsxWriter xlsx(sheetName, isoTime);
    xlsx.setHeader(table.header);
    xlsx.setNumericColumns(table.numeric);
    xlsx.setColumnWidths(table.widths);
    for (const auto &row : table.rows)
        xlsx.addRow(row);
    return xlsx.finish();
}

Result<std::string> projectLastChange(storage::Project &project)
{
    auto entries = project.history().entries();
    WEFT_TRY(entries);
    if (!entries->empty())
        return entries->back().time;
    auto info = project.info();
    WEFT_TRY(info);
    return info->createdAt;
}

} // namespace weft::services
