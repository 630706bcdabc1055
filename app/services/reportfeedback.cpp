// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/services/reportfeedback.h"

#include "app/services/reportblocks.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <set>

namespace weft::services {

using namespace weft::core;

namespace {

bool isSessionName(const std::string &name)
{
    std::string lower;
    for (char c : name)
        lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return lower == "session";
}

bool readsAsNumber(const std::string &text, double &value)
{
    if (text.empty())
        return false;
    char *end = nullptr;
    value = std::strtod(text.c_str(), &end);
    return end && *end == '\0';
}

struct Accumulator {
    double sum = 0;
    int count = 0;
};

} // namespace

void addFeedbackSummary(ReportDocument &report, const ReportData &data, const ReportStrings &strings)
{
    if (data.feedbackValues.empty())
        return;
    report.blocks.push_back(heading(1, strings.text("feedback.heading"), "feedback"));

    // Sessions in numeric order when every session reads as a number, else as text; forms
    // without a session last.
    const std::string noSession = strings.text("feedback.noSession");
    std::map<std::string, std::vector<Id>> sessions;
    std::map<std::string, AttributeType> types;
    for (const auto &[document, values] : data.feedbackValues) {
        std::string session = noSession;
        for (const storage::AttributeValue &v : values) {
            if (isSessionName(v.name) && !v.value.empty())
                session = v.value;
            else
                types.emplace(v.name, v.type);
        }
        sessions[session].push_back(document);
    }
    std::vector<std::string> order;
    for (const auto &[session, docs] : sessions) {
        if (session != noSession)
            order.push_back(session);
    }
    const bool numeric = std::all_of(order.begin(), order.end(), [](const std::string &s) {
        double v = 0;
        return readsAsNumber(s, v);
    });
    if (numeric) {
        std::stable_sort(order.begin(), order.end(), [](const std::string &a, const std::string &b) {
            return std::strtod(a.c_str(), nullptr) < std::strtod(b.c_str(), nullptr);
        });
    }
    if (sessions.count(noSession))
        order.push_back(noSession);

    const auto valueOf = [&](Id document, const std::string &name) -> const std::string * {
        for (const storage::AttributeValue &v : data.feedbackValues.at(document)) {
            if (v.name == name)
                return &v.value;
        }
        return nullptr;
    };
    // Text answers that label a session: one value within each session, different values
    // across sessions (a topic, a facilitator) - unlike free text or a site.
    std::vector<std::string> labels, measures, yesNo;
    for (const auto &[name, type] : types) {
        if (type == AttributeType::Number) {
            measures.push_back(name);
        } else if (type == AttributeType::Boolean) {
            yesNo.push_back(name);
        } else if (type == AttributeType::Text && order.size() > 1) {
            bool constant = true;
            std::set<std::string> across;
            for (const std::string &session : order) {
                std::set<std::string> within;
                for (Id d : sessions[session]) {
                    if (const std::string *v = valueOf(d, name))
                        within.insert(*v);
                }
                constant = constant && within.size() == 1;
                across.insert(within.begin(), within.end());
            }
            if (constant && across.size() > 1)
                labels.push_back(name);
        }
    }
    if (measures.empty() && yesNo.empty()) {
        report.blocks.push_back(paragraph(strings.text("feedback.none")));
        return;
    }
    report.blocks.push_back(paragraph(strings.format("feedback.intro", {std::to_string(data.feedbackValues.size())})));

    ReportTable table;
    table.caption = strings.text("feedback.caption");
    const auto column = [&](std::string title, int weight, ColumnAlign align) {
        table.header.push_back(std::move(title));
        table.columnWeights.push_back(weight);
        table.align.push_back(align);
    };
    column(strings.text("col.session"), 2, ColumnAlign::Left);
    for (const std::string &name : labels)
        column(displayName(name), 6, ColumnAlign::Left);
    column(strings.text("col.responses"), 2, ColumnAlign::Right);
    for (const std::string &name : measures)
        column(displayName(name), 2, ColumnAlign::Right);
    for (const std::string &name : yesNo)
        column(strings.format("feedback.yesShare", {displayName(name)}), 2, ColumnAlign::Right);

    const auto addRow = [&](const std::string &title, const std::vector<Id> &documents, bool withLabels) {
        std::vector<std::string> row{title};
        for (const std::string &name : labels) {
            const std::string *v = withLabels && !documents.empty() ? valueOf(documents.front(), name) : nullptr;
            row.push_back(v ? *v : std::string());
        }
        row.push_back(std::to_string(documents.size()));
        for (const std::string &name : measures) {
            Accumulator a;
            for (Id d : documents) {
                double v = 0;
                if (const std::string *text = valueOf(d, name); text && readsAsNumber(*text, v)) {
                    a.sum += v;
                    ++a.count;
                }
            }
            row.push_back(a.count ? strings.number(a.sum / a.count, 1) : "\xE2\x80\x93");
        }
        for (const std::string &name : yesNo) {
            Accumulator a;
            for (Id d : documents) {
                if (const std::string *text = valueOf(d, name); text && !text->empty()) {
                    a.sum += *text == "true" ? 1 : 0;
                    ++a.count;
                }
            }
            row.push_back(a.count ? strings.number(100.0 * a.sum / a.count, 0) : "\xE2\x80\x93");
        }
        table.rows.push_back(std::move(row));
    };
    std::vector<Id> all;
    for (const std::string &session : order) {
        addRow(session, sessions[session], true);
        all.insert(all.end(), sessions[session].begin(), sessions[session].end());
    }
    std::sort(all.begin(), all.end());
    addRow(strings.text("feedback.all"), all, false);
    report.blocks.push_back(std::move(table));
}

} // namespace weft::services
