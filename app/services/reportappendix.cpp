// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/services/reportappendix.h"

#include "app/services/reportblocks.h"
#include "app/services/reportmessages.h"

#include <algorithm>
#include <functional>

namespace weft::services {

using namespace weft::core;

std::vector<CodebookRow> codebookRows(const CodeTree &tree, const std::map<Id, std::int64_t> &codingCounts)
{
    const auto own = [&](Id id) {
        const auto it = codingCounts.find(id);
        return it == codingCounts.end() ? std::int64_t{0} : it->second;
    };
    std::vector<CodebookRow> rows;
    std::function<void(Id, int)> walk = [&](Id parent, int level) {
        if (level > 64) // a damaged file could hold a cycle
            return;
        for (Id id : tree.children(parent)) {
            CodebookRow row;
            row.path = tree.path(id);
            row.names = tree.pathNames(id);
            row.level = level;
            row.code = tree.find(id);
            row.codings = own(id);
            for (Id sub : tree.subtree(id))
                row.codingsWithSubcodes += own(sub);
            rows.push_back(std::move(row));
            walk(id, level + 1);
        }
    };
    walk(0, 1);
    return rows;
}

void addCodebookAppendix(ReportDocument &report, const ReportData &data, const ReportStrings &strings)
{
    report.blocks.push_back(PageBreak{});
    report.blocks.push_back(heading(1, strings.text("appendix.codebook"), "codebook"));
    ReportTable table;
    table.caption = strings.text("appendix.codebook.caption");
    const std::vector<CodebookRow> rows = data.codes ? codebookRows(*data.codes, data.codingCounts)
                                                     : std::vector<CodebookRow>{};
    const auto description = [](const CodebookRow &row) {
        return row.code && row.code->description ? *row.code->description : std::string();
    };
    // A codebook without descriptions gets no empty column.
    const bool described = std::any_of(rows.begin(), rows.end(),
                                       [&](const CodebookRow &row) { return !description(row).empty(); });
    table.header = {strings.text("col.code"), strings.text("col.ownCodings"), strings.text("col.withSubcodes")};
    table.columnWeights = {9, 2, 2};
    table.align = {ColumnAlign::Left, ColumnAlign::Right, ColumnAlign::Right};
    if (described) {
        table.header.insert(table.header.begin() + 1, strings.text("col.description"));
        table.columnWeights = {5, 8, 2, 2};
        table.align.insert(table.align.begin() + 1, ColumnAlign::Left);
    }
    for (const CodebookRow &row : rows) {
        std::vector<std::string> cells{displayPath(row.names), std::to_string(row.codings),
                                       std::to_string(row.codingsWithSubcodes)};
        if (described)
            cells.insert(cells.begin() + 1, description(row));
        table.rows.push_back(std::move(cells));
    }
    if (table.rows.empty())
        report.blocks.push_back(paragraph(strings.text("value.none")));
    else
        report.blocks.push_back(std::move(table));
}

void addAuditAppendix(ReportDocument &report, const ReportData &data, const ReportStrings &strings)
{
    report.blocks.push_back(heading(1, strings.text("appendix.audit"), "audit"));
    if (data.audit.empty()) {
        report.blocks.push_back(paragraph(strings.text("appendix.audit.none")));
        return;
    }
    const std::string first = strings.longDate(data.audit.front().time.substr(0, 10));
    const std::string last = strings.longDate(data.audit.back().time.substr(0, 10));
    const std::string count = std::to_string(data.audit.size());
    report.blocks.push_back(paragraph(first == last
                                          ? strings.format("appendix.audit.introOneDay", {count, first})
                                          : strings.format("appendix.audit.intro", {count, first, last})));
    struct CoderSummary {
        std::int64_t changes = 0;
        std::string first, last;
        std::map<std::string, std::int64_t> actions;
    };
    std::vector<std::string> order;
    std::map<std::string, CoderSummary> coders;
    for (const AuditEntry &e : data.audit) {
        if (!coders.count(e.coder))
            order.push_back(e.coder);
        CoderSummary &c = coders[e.coder];
        ++c.changes;
        if (c.first.empty())
            c.first = e.time.substr(0, 10);
        c.last = e.time.substr(0, 10);
        ++c.actions[e.action];
    }
    ReportTable table;
    table.caption = strings.text("appendix.audit.caption");
    table.header = {strings.text("col.coder"), strings.text("col.changes"), strings.text("col.first"),
                    strings.text("col.last"), strings.text("col.actions")};
    table.columnWeights = {3, 2, 3, 3, 9};
    table.align = {ColumnAlign::Left, ColumnAlign::Right, ColumnAlign::Left, ColumnAlign::Left,
                   ColumnAlign::Left};
    for (const std::string &coder : order) {
        const CoderSummary &c = coders[coder];
        std::vector<std::pair<std::string, std::int64_t>> actions(c.actions.begin(), c.actions.end());
        std::stable_sort(actions.begin(), actions.end(),
                         [](const auto &a, const auto &b) { return a.second > b.second; });
        std::vector<std::string> parts;
        for (const auto &[action, n] : actions) {
            // In words where the report knows the action; an action of a newer Weft as it is.
            const std::string id = "action." + action;
            parts.push_back(findReportMessage(id) ? strings.format(id, {std::to_string(n)})
                                                  : action + " (" + std::to_string(n) + ")");
        }
        table.rows.push_back({coder, std::to_string(c.changes), c.first, c.last, joinComma(parts)});
    }
    report.blocks.push_back(std::move(table));
}

} // namespace weft::services
