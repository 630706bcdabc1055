// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/structure/feedbackform.h"

#include "core/import/structure/participantid.h"
#include "core/import/structure/valuetypes.h"
#include "core/text/normalize.h"
#include "core/text/textoffsets.h"

#include <algorithm>
#include <cctype>
#include <set>

namespace weft::core {
namespace {

std::string lowerTrim(std::string_view s)
{
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front())))
        s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back())))
        s.remove_suffix(1);
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

std::string trim(std::string_view s)
{
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front())))
        s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back())))
        s.remove_suffix(1);
    return std::string(s);
}

DateOrder dateOrderOf(const ImportOptions &options)
{
    return options.dateOrder == "mdy" ? DateOrder::MonthDayYear : DateOrder::DayMonthYear;
}

std::string columnList(const Table &table)
{
    std::string list;
    for (const std::string &h : table.header)
        list += (list.empty() ? "" : ", ") + h;
    return list;
}

Result<int> columnNamed(const Table &table, const std::string &name, const char *option)
{
    for (std::size_t i = 0; i < table.header.size(); ++i) {
        if (lowerTrim(table.header[i]) == lowerTrim(name))
            return static_cast<int>(i);
    }
    return makeError(ErrorCode::InvalidArgument, std::string(option) + " '" + name +
                                                     "' is not a column; the columns are: " +
                                                     columnList(table));
}

std::vector<std::string> columnValues(const Table &table, int column)
{
    std::vector<std::string> values;
    for (const auto &row : table.rows)
        values.push_back(row[static_cast<std::size_t>(column)]);
    return values;
}

Result<int> findIdColumn(const Table &table, const ImportOptions &options)
{
    if (!options.idColumn.empty())
        return columnNamed(table, options.idColumn, "--id-column");
    static const std::set<std::string> kNames{
        "participant", "participant id", "participant_id", "participantid", "id", "respondent",
        "respondent id", "respondent_id", "pid", "case", "case id", "case_id", "participant code"};
    for (std::size_t i = 0; i < table.header.size(); ++i) {
        if (kNames.count(lowerTrim(table.header[i])))
            return static_cast<int>(i);
    }
    for (std::size_t i = 0; i < table.header.size(); ++i) {
        bool any = false, all = true;
        for (const auto &row : table.rows) {
            const std::string v = trim(row[i]);
            if (v.empty())
                continue;
            any = true;
            all = all && isParticipantId(v);
        }
        if (any && all)
            return static_cast<int>(i);
    }
    return -1;
}

/// Long, mostly distinct free text is an open-ended answer.
bool looksLikeFreeText(const std::vector<std::string> &values, DateOrder order)
{
    std::size_t nonEmpty = 0, totalLength = 0, longest = 0;
    std::set<std::string> distinct;
    for (const std::string &raw : values) {
        const std::string v = trim(raw);
        if (v.empty())
            continue;
        if (asNumber(v) || asDate(v, order) || asBoolean(v))
            return false;
        ++nonEmpty;
        const std::size_t length = text::codePointCount(v);
        totalLength += length;
        longest = std::max(longest, length);
        distinct.insert(v);
    }
    if (nonEmpty == 0)
        return false;
    const double average = static_cast<double>(totalLength) / static_cast<double>(nonEmpty);
    const double distinctShare = static_cast<double>(distinct.size()) / static_cast<double>(nonEmpty);
    // A value repeated across rows (topic, site) is a category even when long.
    if (nonEmpty >= 3 && distinctShare < 0.6)
        return false;
    return average >= 25.0 || longest >= 60;
}

} // namespace

Result<FormLayout> classifyFormColumns(const Table &table, const ImportOptions &options)
{
    if (table.header.empty())
        return makeError(ErrorCode::BadFormat, "the table has no header row");
    FormLayout layout;
    auto id = findIdColumn(table, options);
    if (!id)
        return id.error();
    layout.idColumn = *id;
    for (std::size_t i = 0; i < table.header.size(); ++i) {
        if (static_cast<int>(i) != layout.idColumn &&
            lowerTrim(table.header[i]).rfind("session", 0) == 0) {
            layout.sessionColumn = static_cast<int>(i);
            break;
        }
    }
    const DateOrder order = dateOrderOf(options);
    std::set<int> text;
    if (!options.textColumns.empty()) {
        for (const std::string &name : options.textColumns) {
            auto column = columnNamed(table, name, "--text-columns");
            if (!column)
                return column.error();
            text.insert(*column);
        }
    } else {
        for (std::size_t i = 0; i < table.header.size(); ++i) {
            const int c = static_cast<int>(i);
            if (c != layout.idColumn && c != layout.sessionColumn &&
                looksLikeFreeText(columnValues(table, c), order))
                text.insert(c);
        }
    }
    for (std::size_t i = 0; i < table.header.size(); ++i) {
        const int c = static_cast<int>(i);
        if (c == layout.idColumn)
            continue;
        if (text.count(c)) {
            layout.textColumns.push_back(c);
        } else {
            layout.attributeColumns.push_back(c);
            layout.attributeTypes.push_back(inferAttributeType(columnValues(table, c), order));
        }
    }
    return layout;
}

Result<std::vector<ImportedDocument>> buildFeedbackDocuments(const Table &table,
                                                             const std::string &fileStem,
                                                             const ImportOptions &options)
{
    auto layout = classifyFormColumns(table, options);
    if (!layout)
        return layout.error();
    if (layout->textColumns.empty()) {
        return makeError(ErrorCode::BadFormat,
                         "no column holds open-ended answers; name them with --text-columns "
                         "(the columns are: " + columnList(table) + ")");
    }
    const DateOrder order = dateOrderOf(options);
    std::vector<ImportedDocument> docs;
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        const auto &row = table.rows[r];
        ImportedDocument doc;
        doc.kind = DocumentKind::Feedback;
        doc.encoding = "UTF-8";
        if (layout->idColumn >= 0) {
            const std::string id = trim(row[static_cast<std::size_t>(layout->idColumn)]);
            if (!id.empty())
                doc.participant = id;
        }
        std::string session;
        if (layout->sessionColumn >= 0)
            session = trim(row[static_cast<std::size_t>(layout->sessionColumn)]);
        doc.name = doc.participant && !session.empty()
                       ? *doc.participant + " session " + session
                       : fileStem + " row " + std::to_string(r + 1);

        std::string text;
        std::size_t codePoints = 0;
        for (int c : layout->textColumns) {
            const std::string answer =
                text::toStoredText(trim(row[static_cast<std::size_t>(c)]));
            if (answer.empty())
                continue;
            const std::string question = text::toStoredText(trim(table.header[static_cast<std::size_t>(c)]));
            if (!text.empty()) {
                text += "\n\n";
                codePoints += 2;
            }
            text += question + "\n";
            codePoints += text::codePointCount(question) + 1;
            Segment answerRange;
            answerRange.kind = SegmentKind::Answer;
            answerRange.label = question;
            answerRange.start = static_cast<std::int64_t>(codePoints);
            text += answer;
            codePoints += text::codePointCount(answer);
            answerRange.end = static_cast<std::int64_t>(codePoints);
            doc.segments.push_back(answerRange);
        }
        text += "\n";
        doc.text = std::move(text);
        for (std::size_t a = 0; a < layout->attributeColumns.size(); ++a) {
            const int c = layout->attributeColumns[a];
            const std::string cell = trim(row[static_cast<std::size_t>(c)]);
            if (cell.empty())
                continue;
            auto value = canonicalValue(layout->attributeTypes[a], cell, order);
            doc.attributes.push_back(
                {trim(table.header[static_cast<std::size_t>(c)]),
                 value ? layout->attributeTypes[a] : AttributeType::Text, value ? *value : cell});
        }
        if (doc.segments.empty())
            continue; // a row with no open answer holds nothing to code
        docs.push_back(std::move(doc));
    }
    if (docs.empty())
        return makeError(ErrorCode::BadFormat, "no row has an open-ended answer to import");
    return docs;
}

Result<std::vector<ParticipantRow>> readParticipantTable(const Table &table,
                                                         const ImportOptions &options)
{
    if (table.header.empty())
        return makeError(ErrorCode::BadFormat, "the table has no header row");
    auto id = findIdColumn(table, options);
    if (!id)
        return id.error();
    if (*id < 0) {
        return makeError(ErrorCode::InvalidArgument,
                         "no participant id column found; name it with --id-column (the columns "
                         "are: " + columnList(table) + ")");
    }
    const DateOrder order = dateOrderOf(options);
    std::vector<AttributeType> types(table.header.size(), AttributeType::Text);
    for (std::size_t c = 0; c < table.header.size(); ++c)
        types[c] = inferAttributeType(columnValues(table, static_cast<int>(c)), order);
    std::vector<ParticipantRow> rows;
    for (const auto &row : table.rows) {
        ParticipantRow p;
        p.id = trim(row[static_cast<std::size_t>(*id)]);
        if (p.id.empty())
            continue;
        for (std::size_t c = 0; c < table.header.size(); ++c) {
            if (static_cast<int>(c) == *id)
                continue;
            const std::string cell = trim(row[c]);
            if (cell.empty())
                continue;
            auto value = canonicalValue(types[c], cell, order);
            p.attributes.push_back({trim(table.header[c]), value ? types[c] : AttributeType::Text,
                                    value ? *value : cell});
        }
        rows.push_back(std::move(p));
    }
    return rows;
}

} // namespace weft::core
