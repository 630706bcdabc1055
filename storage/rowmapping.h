// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reading entities from rows and writing their audit snapshots. Each SELECT in storage lists
// columns in the order the matching `*Columns` constant gives, so one reader serves them all.

#include "core/model/entities.h"
#include "storage/sqlite/statement.h"

#include <nlohmann/json.hpp>

namespace weft::storage {

inline constexpr const char *kDocumentColumns =
    "d.id, d.uuid, d.name, d.kind, d.original_name, d.original_format, d.encoding, "
    "d.imported_at, d.participant_id, d.characters";
inline constexpr const char *kCodeColumns =
    "c.id, c.uuid, c.parent_id, c.name, c.color, c.description, c.position";
inline constexpr const char *kCodingColumns =
    "g.id, g.uuid, g.document_id, g.code_id, g.start, g.end, g.coder_id, g.created_at";
inline constexpr const char *kParticipantColumns = "p.id, p.uuid, p.label, p.name";
inline constexpr const char *kMemoColumns =
    "m.id, m.uuid, m.target_type, m.target_uuid, m.title, m.body, m.author_id, m.created_at, "
    "m.updated_at";
inline constexpr const char *kThemeColumns =
    "t.id, t.uuid, t.parent_id, t.name, t.definition, t.status, t.review_state, t.position";
inline constexpr const char *kSegmentColumns =
    "s.id, s.uuid, s.document_id, s.kind, s.start, s.end, s.label, s.timestamp, s.date, "
    "s.participant_id";

core::Document readDocument(const Statement &row);
core::Code readCode(const Statement &row);
core::Coding readCoding(const Statement &row);
core::Participant readParticipant(const Statement &row);
core::Memo readMemo(const Statement &row);
core::Theme readTheme(const Statement &row);
core::Segment readSegment(const Statement &row);

nlohmann::json toJson(const core::Code &code);
nlohmann::json toJson(const core::Participant &participant);
nlohmann::json toJson(const core::Memo &memo);
nlohmann::json toJson(const core::Theme &theme);
nlohmann::json toJson(const core::Document &document);

} // namespace weft::storage
