// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Plain value types of the domain, as the project file holds them. Integer ids are internal to
// one project file; uuids are the stable identity (REFI-QDA GUIDs, audit log, undo).

#include "core/model/documentkind.h"

#include <cstdint>
#include <optional>
#include <string>

namespace weft::core {

using Id = std::int64_t;

struct Coder {
    Id id = 0;
    std::string uuid;
    std::string name;
};

/// A case in the study: usually one person, known by a short label such as "P03".
struct Participant {
    Id id = 0;
    std::string uuid;
    std::string label;
    std::string name; ///< optional pseudonym or display name
};

/// A document's metadata; its text is fetched separately (never load all text at once).
struct Document {
    Id id = 0;
    std::string uuid;
    std::string name;
    DocumentKind kind = DocumentKind::Document;
    std::string originalName;   ///< file name as imported
    std::string originalFormat; ///< "txt", "docx", ...
    std::string encoding;       ///< source encoding detected or given at import
    std::string importedAt;     ///< ISO 8601 UTC
    std::optional<Id> participantId;
    std::int64_t characters = 0; ///< length of the stored text in code points
};

/// A structural range of a document: a speaker turn, a journal entry or a feedback answer.
/// The range covers the content only, never the label, timestamp or heading.
enum class SegmentKind { Turn, Entry, Answer };
std::string_view toString(SegmentKind kind);
std::optional<SegmentKind> segmentKindFromString(std::string_view name);

struct Segment {
    Id id = 0;
    std::string uuid;
    Id documentId = 0;
    SegmentKind kind = SegmentKind::Turn;
    std::int64_t start = 0;
    std::int64_t end = 0;
    std::string label;     ///< speaker (turn), question (answer); empty for an entry
    std::string timestamp; ///< "hh:mm:ss" for a turn, may be empty
    std::string date;      ///< ISO date of a journal entry, may be empty
    std::optional<Id> participantId; ///< who speaks / writes
};

struct Code {
    Id id = 0;
    std::string uuid;
    std::optional<Id> parentId;
    std::string name;
    std::optional<std::string> color; ///< "#rrggbb"
    std::optional<std::string> description;
    std::int64_t position = 0; ///< order among siblings
};

/// One application of a code to a half-open code point range of a document.
struct Coding {
    Id id = 0;
    std::string uuid;
    Id documentId = 0;
    Id codeId = 0;
    std::int64_t start = 0;
    std::int64_t end = 0;
    Id coderId = 0;
    std::string createdAt;
};

enum class MemoTarget { Project, Document, Code, Coding, Theme, Participant };
std::string_view toString(MemoTarget target);
std::optional<MemoTarget> memoTargetFromString(std::string_view name);

struct Memo {
    Id id = 0;
    std::string uuid;
    MemoTarget target = MemoTarget::Project;
    std::string targetUuid; ///< empty for a project memo
    std::string title;
    std::string body;
    Id authorId = 0;
    std::string createdAt;
    std::string updatedAt;
};

enum class ThemeStatus { Candidate, Reviewed, Final, Discarded };
std::string_view toString(ThemeStatus status);
std::optional<ThemeStatus> themeStatusFromString(std::string_view name);

enum class ReviewState { None, Awaiting, Approved, SentBack };
std::string_view toString(ReviewState state);
std::optional<ReviewState> reviewStateFromString(std::string_view name);

struct Theme {
    Id id = 0;
    std::string uuid;
    std::optional<Id> parentId;
    std::string name;
    std::string definition;
    ThemeStatus status = ThemeStatus::Candidate;
    ReviewState reviewState = ReviewState::None;
    std::int64_t position = 0;
};

/// A team lead's decision or comment on a theme.
enum class ReviewDecision { Comment, Approve, SendBack, Request };
std::string_view toString(ReviewDecision decision);

struct ThemeReview {
    Id id = 0;
    std::string uuid;
    Id themeId = 0;
    std::string reviewer;
    ReviewDecision decision = ReviewDecision::Comment;
    std::string comment;
    std::string time;
};

enum class AttributeType { Text, Number, Date, Boolean };
std::string_view toString(AttributeType type);
std::optional<AttributeType> attributeTypeFromString(std::string_view name);

enum class AttributeScope { Participant, Document };
std::string_view toString(AttributeScope scope);

struct AttributeDefinition {
    Id id = 0;
    std::string uuid;
    AttributeScope scope = AttributeScope::Participant;
    std::string name;
    AttributeType type = AttributeType::Text;
};

struct DocumentSet {
    Id id = 0;
    std::string uuid;
    std::string name;
};

/// One row of the analytic audit trail.
struct AuditEntry {
    Id id = 0;
    std::string time; ///< ISO 8601 UTC with milliseconds
    std::string coder;
    std::string action;     ///< "coding.add", "code.rename", ...
    std::string entityType; ///< "coding", "code", ...
    std::string entityUuid;
    std::string before; ///< JSON text, empty when there is no before state
    std::string after;  ///< JSON text, empty when there is no after state
};

} // namespace weft::core
