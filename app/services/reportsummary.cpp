// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/services/reportsummary.h"

#include "app/services/reportblocks.h"

#include <algorithm>
#include <cstdlib>
#include <set>

namespace weft::services {

using namespace weft::core;

namespace {

std::vector<std::string> analysts(const ReportData &data)
{
    std::vector<std::string> names;
    std::set<std::string> seen;
    for (const AuditEntry &e : data.audit) {
        if (!e.coder.empty() && seen.insert(e.coder).second)
            names.push_back(e.coder);
    }
    return names;
}

std::string numberText(double value, const ReportStrings &strings)
{
    if (value == static_cast<double>(static_cast<long long>(value)))
        return std::to_string(static_cast<long long>(value));
    return strings.number(value, 1);
}

/// One attribute summarised over all participants, or "" when it would single a person out.
std::string summarise(const AttributeDefinition &definition, const ReportData &data,
                      const ReportStrings &strings, bool &identifying)
{
    std::vector<std::string> values;
    for (const Participant &p : data.participants) {
        for (const storage::AttributeValue &v : data.participantValues.at(p.id)) {
            if (v.name == definition.name && !v.value.empty())
                values.push_back(v.value);
        }
    }
    identifying = false;
    const std::size_t missing = data.participants.size() - values.size();
    std::string text;
    if (values.empty()) {
        text = strings.text("value.none");
    } else if (definition.type == AttributeType::Number) {
        double low = 0, high = 0, sum = 0;
        for (std::size_t i = 0; i < values.size(); ++i) {
            const double v = std::strtod(values[i].c_str(), nullptr);
            low = i == 0 ? v : std::min(low, v);
            high = i == 0 ? v : std::max(high, v);
            sum += v;
        }
        text = low == high ? numberText(low, strings)
                           : strings.format("attr.range", {numberText(low, strings), numberText(high, strings),
                                                           strings.number(sum / static_cast<double>(values.size()), 1)});
    } else if (definition.type == AttributeType::Date) {
        const auto [low, high] = std::minmax_element(values.begin(), values.end());
        text = strings.format("attr.dates", {*low, *high});
    } else {
        std::map<std::string, int> counts;
        for (const std::string &v : values)
            ++counts[definition.type == AttributeType::Boolean
                         ? strings.text(v == "true" ? "value.yes" : "value.no")
                         : v];
        // A different value for every participant (names, e-mail addresses) identifies people.
        if (definition.type == AttributeType::Text && values.size() >= 2 && counts.size() == values.size()) {
            identifying = true;
            return {};
        }
        if (counts.size() > 8) {
            text = strings.format("attr.distinct", {std::to_string(counts.size())});
        } else {
            std::vector<std::pair<std::string, int>> ordered(counts.begin(), counts.end());
            std::stable_sort(ordered.begin(), ordered.end(),
                             [](const auto &a, const auto &b) { return a.second > b.second; });
            std::vector<std::string> parts;
            for (const auto &[value, n] : ordered)
                parts.push_back(value + " " + std::to_string(n));
            text = joinComma(parts);
        }
    }
    if (missing > 0 && !values.empty())
        text += "; " + strings.format("attr.missing", {std::to_string(missing)});
    return text;
}

void addSources(ReportDocument &report, const ReportData &data, const ReportStrings &strings)
{
    report.blocks.push_back(heading(2, strings.text("summary.sources"), "sources"));
    std::map<DocumentKind, std::int64_t> documents;
    std::map<DocumentKind, std::set<Id>> people;
    for (const Document &d : data.documents)
        ++documents[d.kind];
    for (const auto &[participant, docs] : data.participantDocuments) {
        for (Id id : docs) {
            if (const Document *d = data.document(id))
                people[d->kind].insert(participant);
        }
    }
    ReportTable table;
    table.caption = strings.text("summary.sources.caption");
    table.header = {strings.text("col.source"), strings.text("col.documents"),
                    strings.text("col.participants"), strings.text("col.codings")};
    table.columnWeights = {4, 2, 2, 2};
    table.align = {ColumnAlign::Left, ColumnAlign::Right, ColumnAlign::Right, ColumnAlign::Right};
    std::int64_t totalCodings = 0;
    for (DocumentKind kind : kindsPresent(data)) {
        const auto codings = data.codingsByKind.count(kind) ? data.codingsByKind.at(kind) : 0;
        totalCodings += codings;
        table.rows.push_back({strings.kindPlural(kind), std::to_string(documents[kind]),
                              std::to_string(people[kind].size()), std::to_string(codings)});
    }
    table.rows.push_back({strings.text("col.total"), std::to_string(data.documents.size()),
                          std::to_string(data.participants.size()), std::to_string(totalCodings)});
    report.blocks.push_back(std::move(table));
}

void addParticipants(ReportDocument &report, const ReportData &data, const ReportStrings &strings,
                     bool includeAttributes)
{
    report.blocks.push_back(heading(2, strings.text("summary.participants"), "participants"));
    std::vector<std::string> labels;
    for (const Participant &p : data.participants)
        labels.push_back(p.label);
    report.blocks.push_back(paragraph(strings.format(
        "summary.participants.intro",
        {std::to_string(labels.size()), labels.empty() ? strings.text("value.none") : joinComma(labels)})));
    // One row per participant: how much of each data source they contributed. Long lists
    // (large surveys) stay out of the report; the counts above say enough.
    const std::vector<DocumentKind> kinds = kindsPresent(data);
    if (!data.participants.empty() && data.participants.size() <= 60 && !kinds.empty()) {
        ReportTable table;
        table.caption = strings.text("summary.participants.caption");
        table.header.push_back(strings.text("col.participant"));
        table.align.push_back(ColumnAlign::Left);
        table.columnWeights.push_back(3);
        for (DocumentKind kind : kinds) {
            table.header.push_back(strings.kindPlural(kind));
            table.align.push_back(ColumnAlign::Right);
            table.columnWeights.push_back(2);
        }
        for (const Participant &p : data.participants) {
            std::map<DocumentKind, int> counts;
            for (Id id : data.participantDocuments.at(p.id)) {
                if (const Document *d = data.document(id))
                    ++counts[d->kind];
            }
            std::vector<std::string> row{p.label};
            for (DocumentKind kind : kinds)
                row.push_back(std::to_string(counts[kind]));
            table.rows.push_back(std::move(row));
        }
        report.blocks.push_back(std::move(table));
    }
    if (!includeAttributes || data.participantAttributes.empty() || data.participants.empty())
        return;
    ReportTable attributes;
    attributes.caption = strings.text("summary.attributes.caption");
    attributes.header = {strings.text("col.attribute"), strings.text("col.summary")};
    attributes.columnWeights = {1, 3};
    std::vector<std::string> left;
    for (const AttributeDefinition &d : data.participantAttributes) {
        bool identifying = false;
        std::string summary = summarise(d, data, strings, identifying);
        if (identifying)
            left.push_back(displayName(d.name));
        else
            attributes.rows.push_back({displayName(d.name), summary});
    }
    std::sort(attributes.rows.begin(), attributes.rows.end());
    if (attributes.rows.empty())
        return;
    std::sort(left.begin(), left.end());
    // The sentence comes first so that it introduces the table and stays on its page.
    report.blocks.push_back(paragraph(left.empty() ? strings.text("summary.attributes.intro")
                                                   : strings.format("summary.attributes.identifying",
                                                                    {joinWords(left, strings)})));
    report.blocks.push_back(std::move(attributes));
}

} // namespace

std::vector<DocumentKind> kindsPresent(const ReportData &data)
{
    std::vector<DocumentKind> kinds;
    for (DocumentKind kind : allDocumentKinds) {
        if (std::any_of(data.documents.begin(), data.documents.end(),
                        [&](const Document &d) { return d.kind == kind; }))
            kinds.push_back(kind);
    }
    return kinds;
}

void addTitlePage(ReportDocument &report, const ReportStrings &strings)
{
    const ReportMetadata &m = report.metadata;
    report.blocks.push_back(paragraph(m.title, ParagraphRole::Title));
    report.blocks.push_back(paragraph(m.subtitle, ParagraphRole::Subtitle));
    if (!m.authors.empty())
        report.blocks.push_back(paragraph(strings.format("report.authors", {joinComma(m.authors)}),
                                          ParagraphRole::Subtitle));
    report.blocks.push_back(paragraph(strings.longDate(m.date), ParagraphRole::Subtitle));
    report.blocks.push_back(PageBreak{});
    report.blocks.push_back(TableOfContents{strings.text("toc.title"), 3});
    report.blocks.push_back(PageBreak{});
}

void addStudySummary(ReportDocument &report, const ReportData &data, const ReportStrings &strings,
                     const FindingsReportOptions &options, std::size_t reportedThemes)
{
    report.blocks.push_back(heading(1, strings.text("summary.heading"), "summary"));
    report.blocks.push_back(paragraph(strings.format(
        "summary.intro",
        {data.info.title,
         strings.count("count.documents", static_cast<std::int64_t>(data.documents.size())),
         strings.count("count.participants", static_cast<std::int64_t>(data.participants.size())),
         strings.count("count.codes", data.info.codes),
         strings.count("count.codedPassages", data.info.codings),
         strings.count("count.themes", static_cast<std::int64_t>(reportedThemes))})));
    addSources(report, data, strings);
    addParticipants(report, data, strings, options.includeAttributes);

    report.blocks.push_back(heading(2, strings.text("summary.coding"), "coding"));
    std::size_t topLevel = data.codes ? data.codes->children(0).size() : 0;
    report.blocks.push_back(paragraph(strings.format(
        "summary.coding.text", {strings.count("count.codes", data.info.codes), std::to_string(topLevel),
                                strings.count("count.passages", data.info.codings),
                                strings.count("count.coders", data.info.coders)})));
}

std::vector<std::string> reportAnalysts(const ReportData &data) { return analysts(data); }

} // namespace weft::services
