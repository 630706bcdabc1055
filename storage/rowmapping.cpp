// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/rowmapping.h"

namespace weft::storage {

using namespace weft::core;

Document readDocument(const Statement &row)
{
    Document d;
    d.id = row.int64(0);
    d.uuid = row.text(1);
    d.name = row.text(2);
    d.kind = documentKindFromString(row.textView(3)).value_or(DocumentKind::Document);
    d.originalName = row.text(4);
    d.originalFormat = row.text(5);
    d.encoding = row.text(6);
    d.importedAt = row.text(7);
    d.participantId = row.optInt64(8);
    d.characters = row.int64(9);
    return d;
}

Code readCode(const Statement &row)
{
    Code c;
    c.id = row.int64(0);
    c.uuid = row.text(1);
    c.parentId = row.optInt64(2);
    c.name = row.text(3);
    c.color = row.optText(4);
    c.description = row.optText(5);
    c.position = row.int64(6);
    return c;
}

Coding readCoding(const Statement &row)
{
    Coding g;
    g.id = row.int64(0);
    g.uuid = row.text(1);
    g.documentId = row.int64(2);
    g.codeId = row.int64(3);
    g.start = row.int64(4);
    g.end = row.int64(5);
    g.coderId = row.int64(6);
    g.createdAt = row.text(7);
    return g;
}

Participant readParticipant(const Statement &row)
{
    return Participant{row.int64(0), row.text(1), row.text(2), row.text(3)};
}

Memo readMemo(const Statement &row)
{
    Memo m;
    m.id = row.int64(0);
    m.uuid = row.text(1);
    m.target = memoTargetFromString(row.textView(2)).value_or(MemoTarget::Project);
    m.targetUuid = row.text(3);
    m.title = row.text(4);
    m.body = row.text(5);
    m.authorId = row.optInt64(6).value_or(0);
    m.createdAt = row.text(7);
    m.updatedAt = row.text(8);
    return m;
}

Theme readTheme(const Statement &row)
{
    Theme t;
    t.id = row.int64(0);
    t.uuid = row.text(1);
    t.parentId = row.optInt64(2);
    t.name = row.text(3);
    t.definition = row.text(4);
    t.status = themeStatusFromString(row.textView(5)).value_or(ThemeStatus::Candidate);
    t.reviewState = reviewStateFromString(row.textView(6)).value_or(ReviewState::None);
    t.position = row.int64(7);
    return t;
}

Segment readSegment(const Statement &row)
{
    Segment s;
    s.id = row.int64(0);
    s.uuid = row.text(1);
    s.documentId = row.int64(2);
    s.kind = segmentKindFromString(row.textView(3)).value_or(SegmentKind::Turn);
    s.start = row.int64(4);
    s.end = row.int64(5);
    s.label = row.text(6);
    s.timestamp = row.text(7);
    s.date = row.text(8);
    s.participantId = row.optInt64(9);
    return s;
}

namespace {
nlohmann::json optional(const std::optional<std::string> &value)
{
    return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
}
} // namespace

nlohmann::json toJson(const Code &code)
{
    return {{"name", code.name},
            {"parent_id", code.parentId ? nlohmann::json(*code.parentId) : nlohmann::json()},
            {"color", optional(code.color)},
            {"description", optional(code.description)},
            {"position", code.position}};
}

nlohmann::json toJson(const Participant &participant)
{
    return {{"label", participant.label}, {"name", participant.name}};
}

nlohmann::json toJson(const Memo &memo)
{
    return {{"target_type", toString(memo.target)},
            {"target", memo.targetUuid},
            {"title", memo.title},
            {"body", memo.body}};
}

nlohmann::json toJson(const Theme &theme)
{
    return {{"name", theme.name},
            {"parent_id", theme.parentId ? nlohmann::json(*theme.parentId) : nlohmann::json()},
            {"definition", theme.definition},
            {"status", toString(theme.status)},
            {"review_state", toString(theme.reviewState)},
            {"position", theme.position}};
}

nlohmann::json toJson(const Document &document)
{
    return {{"name", document.name},
            {"kind", toString(document.kind)},
            {"original_name", document.originalName},
            {"original_format", document.originalFormat},
            {"characters", document.characters},
            {"participant_id",
             document.participantId ? nlohmann::json(*document.participantId) : nlohmann::json()}};
}

} // namespace weft::storage
