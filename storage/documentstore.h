// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/entities.h"
#include "core/util/result.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace weft::storage {

class ProjectContext;

/// A document to add: text already in stored form (UTF-8, NFC, "\n", no BOM).
struct NewDocument {
    std::string name; ///< wanted name; made unique ("P03-2") if taken
    core::DocumentKind kind = core::DocumentKind::Document;
    std::string text;
    std::string originalName;
    std::string originalFormat;
    std::string encoding;
    std::optional<core::Id> participantId;
    std::vector<core::Segment> segments; ///< ids/uuids/document ids are assigned on insert
};

/// Everything removed with a document, so that restore() puts it back exactly.
struct DocumentRemoval {
    core::Document document;
    std::string text;
    std::string fingerprint;
    std::vector<core::Segment> segments;
    std::vector<core::Coding> codings;
    std::vector<core::Memo> memos;
    std::vector<std::pair<core::Id, std::string>> attributeValues; ///< attribute id, value
    std::vector<core::Id> setIds;
};

/// Documents, their text, structure and full-text index.
class DocumentStore {
public:
    explicit DocumentStore(ProjectContext &context) : m_context(context) {}

    Result<core::Document> add(const NewDocument &document);
    /// The document holding exactly this stored text, if any (duplicate imports).
    Result<std::optional<core::Document>> findByText(const std::string &text);

    Result<std::vector<core::Document>> all();
    Result<core::Document> get(core::Id id);
    /// By UUID or name; a name with a file extension ("P03.txt") also finds "P03".
    Result<core::Document> resolve(const std::string &nameOrUuid);
    Result<std::string> text(core::Id id);
    Result<std::vector<core::Segment>> segments(core::Id documentId);
    Result<std::int64_t> count();

    struct StructureCounts {
        std::int64_t turns = 0;
        std::int64_t entries = 0;
        std::int64_t answers = 0;
    };
    /// Turns, entries and answers per document id.
    Result<std::map<core::Id, StructureCounts>> structureCounts();
    /// Ids of the documents a participant is linked to or speaks in, in document order.
    Result<std::vector<core::Id>> documentsOfParticipant(core::Id participantId);
    /// For every participant with any: how many documents they are linked to or speak in
    /// (documentsOfParticipant's count for all participants, in one query).
    Result<std::map<core::Id, std::int64_t>> documentCountsByParticipant();
    /// Links one speaker turn (or entry) to a participant: the editable speaker mapping.
    /// Returns the previous participant, for undo.
    Result<std::optional<core::Id>> setSegmentParticipant(const std::string &segmentUuid,
                                                          std::optional<core::Id> participantId);

    Result<core::Document> rename(const std::string &uuid, const std::string &name);
    Result<core::Document> setParticipant(const std::string &uuid,
                                          std::optional<core::Id> participantId);
    Result<DocumentRemoval> remove(const std::string &uuid);
    Result<void> restore(const DocumentRemoval &removal);

    /// Document ids whose text matches an FTS5 query, best first.
    Result<std::vector<core::Id>> search(const std::string &ftsQuery, int limit = 100);

private:
    std::string uniqueName(const std::string &wanted);
    core::Document getOrFail(core::Id id);
    core::Document byUuidOrFail(const std::string &uuid);
    ProjectContext &m_context;
};

} // namespace weft::storage
