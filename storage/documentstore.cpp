// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/documentstore.h"

#include "core/util/hash.h"
#include "core/util/uuid.h"
#include "storage/codingstore.h"
#include "storage/projectcontext.h"
#include "storage/rowmapping.h"

namespace weft::storage {

using namespace weft::core;

namespace {

std::int64_t codePoints(std::string_view utf8)
{
    std::int64_t n = 0;
    for (unsigned char c : utf8)
        n += (c & 0xC0) != 0x80;
    return n;
}

std::string selectDocuments(const char *where)
{
    return std::string("SELECT ") + kDocumentColumns + " FROM document d " + where;
}

void insertText(Connection &db, Id id, const std::string &text)
{
    Statement &insert = db.cached("INSERT INTO document_text (document_id, text) VALUES (?1, ?2)");
    insert.bindAll(id, text);
    insert.run();
}

void insertSegment(Connection &db, const Segment &s, Id documentId)
{
    Statement &insert = db.cached(
        "INSERT INTO segment (uuid, document_id, kind, start, end, label, timestamp, date, "
        "participant_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    insert.bindAll(s.uuid.empty() ? newUuid() : s.uuid, documentId, toString(s.kind), s.start,
                   s.end, s.label, s.timestamp, s.date, s.participantId);
    insert.run();
}

} // namespace

std::string DocumentStore::uniqueName(const std::string &wanted)
{
    Statement &exists = m_context.db().cached("SELECT 1 FROM document WHERE name = ?1");
    std::string candidate = wanted;
    for (int n = 2;; ++n) {
        exists.reset();
        exists.bindAll(candidate);
        if (!exists.step())
            return candidate;
        candidate = wanted + "-" + std::to_string(n);
    }
}

Document DocumentStore::getOrFail(Id id)
{
    Statement &select = m_context.db().cached(selectDocuments("WHERE d.id = ?1"));
    select.bindAll(id);
    if (!select.step())
        fail(ErrorCode::NotFound, "no document with id " + std::to_string(id));
    return readDocument(select);
}

Document DocumentStore::byUuidOrFail(const std::string &uuid)
{
    Statement &select = m_context.db().cached(selectDocuments("WHERE d.uuid = ?1"));
    select.bindAll(uuid);
    if (!select.step())
        fail(ErrorCode::NotFound, "no document " + uuid + " in this project");
    return readDocument(select);
}

Result<Document> DocumentStore::add(const NewDocument &doc)
{
    return m_context.write([&] {
        if (doc.name.empty())
            fail(ErrorCode::InvalidArgument, "a document needs a name");
        const std::int64_t characters = codePoints(doc.text);
        for (const Segment &s : doc.segments) {
            if (s.start < 0 || s.end < s.start || s.end > characters)
                fail(ErrorCode::InvalidArgument, "a structure range lies outside the text");
        }
        Connection &db = m_context.db();
        const std::string uuid = newUuid();
        const std::string name = uniqueName(doc.name);
        const std::string now = m_context.now();
        Statement &insert = db.cached(
            "INSERT INTO document (uuid, name, kind, characters, fingerprint, "
            "original_name, original_format, encoding, imported_at, imported_by, participant_id, "
            "position) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, "
            "(SELECT ifnull(max(position), 0) + 1 FROM document))");
        insert.bindAll(uuid, name, toString(doc.kind), characters, fingerprint(doc.text),
                       doc.originalName, doc.originalFormat, doc.encoding, now,
                       m_context.coderId(), doc.participantId);
        insert.run();
        const Id id = db.lastInsertRowId();
        insertText(db, id, doc.text);
        m_context.queueIndex(id, doc.text);
        for (const Segment &s : doc.segments)
            insertSegment(db, s, id);
        Document created = getOrFail(id);
        nlohmann::json after = toJson(created);
        after["segments"] = doc.segments.size();
        m_context.audit("document.add", EntityType::Document, uuid, nullptr, after);
        m_context.notify(EntityType::Document, ChangeKind::Added, uuid);
        return created;
    });
}

Result<std::optional<Document>> DocumentStore::findByText(const std::string &text)
{
    return m_context.read([&]() -> std::optional<Document> {
        Statement &select = m_context.db().cached(
            selectDocuments("JOIN document_text t ON t.document_id = d.id "
                            "WHERE d.fingerprint = ?1 AND t.text = ?2 LIMIT 1"));
        select.bindAll(fingerprint(text), text);
        if (select.step())
            return readDocument(select);
        return std::nullopt;
    });
}

Result<std::vector<Document>> DocumentStore::all()
{
    return m_context.read([&] {
        std::vector<Document> documents;
        Statement &select = m_context.db().cached(selectDocuments("ORDER BY d.position, d.id"));
        while (select.step())
            documents.push_back(readDocument(select));
        return documents;
    });
}

Result<Document> DocumentStore::get(Id id)
{
    return m_context.read([&] { return getOrFail(id); });
}

Result<Document> DocumentStore::resolve(const std::string &nameOrUuid)
{
    return m_context.read([&] {
        Statement &select =
            m_context.db().cached(selectDocuments("WHERE d.uuid = lower(?1) OR d.name = ?1"));
        select.bindAll(nameOrUuid);
        if (select.step())
            return readDocument(select);
        const auto dot = nameOrUuid.rfind('.');
        if (dot != std::string::npos && dot > 0) {
            select.reset();
            select.bindAll(nameOrUuid.substr(0, dot));
            if (select.step())
                return readDocument(select);
        }
        fail(ErrorCode::NotFound, "no document named '" + nameOrUuid +
                                      "' in this project; `weft-cli documents` lists them");
    });
}

Result<std::string> DocumentStore::text(Id id)
{
    return m_context.read([&] {
        Statement &select = m_context.db().cached("SELECT text FROM document_text WHERE document_id = ?1");
        select.bindAll(id);
        if (!select.step())
            fail(ErrorCode::NotFound, "no document with id " + std::to_string(id));
        return select.text(0);
    });
}

Result<std::vector<Segment>> DocumentStore::segments(Id documentId)
{
    return m_context.read([&] {
        std::vector<Segment> out;
        Statement &select = m_context.db().cached(std::string("SELECT ") + kSegmentColumns +
                                                  " FROM segment s WHERE s.document_id = ?1 "
                                                  "ORDER BY s.start, s.id");
        select.bindAll(documentId);
        while (select.step())
            out.push_back(readSegment(select));
        return out;
    });
}

Result<std::int64_t> DocumentStore::count()
{
    return m_context.read([&] {
        Statement &select = m_context.db().cached("SELECT count(*) FROM document");
        select.step();
        return select.int64(0);
    });
}

Result<std::map<Id, DocumentStore::StructureCounts>> DocumentStore::structureCounts()
{
    return m_context.read([&] {
        std::map<Id, StructureCounts> counts;
        Statement &select = m_context.db().cached(
            "SELECT document_id, kind, count(*) FROM segment GROUP BY document_id, kind");
        while (select.step()) {
            StructureCounts &c = counts[select.int64(0)];
            const std::string_view kind = select.textView(1);
            const std::int64_t n = select.int64(2);
            if (kind == "turn")
                c.turns = n;
            else if (kind == "entry")
                c.entries = n;
            else
                c.answers = n;
        }
        return counts;
    });
}

Result<std::vector<Id>> DocumentStore::documentsOfParticipant(Id participantId)
{
    return m_context.read([&] {
        std::vector<Id> ids;
        Statement &select = m_context.db().cached(
            "SELECT d.id FROM document d WHERE d.participant_id = ?1 OR EXISTS (SELECT 1 FROM "
            "segment s WHERE s.document_id = d.id AND s.participant_id = ?1) "
            "ORDER BY d.position, d.id");
        select.bindAll(participantId);
        while (select.step())
            ids.push_back(select.int64(0));
        return ids;
    });
}

Result<std::map<Id, std::int64_t>> DocumentStore::documentCountsByParticipant()
{
    return m_context.read([&] {
        std::map<Id, std::int64_t> counts;
        Statement &select = m_context.db().cached(
            "SELECT p, count(*) FROM (SELECT participant_id AS p, id AS d FROM document "
            "WHERE participant_id IS NOT NULL UNION SELECT participant_id, document_id FROM "
            "segment WHERE participant_id IS NOT NULL) GROUP BY p");
        while (select.step())
            counts[select.int64(0)] = select.int64(1);
        return counts;
    });
}

Result<std::optional<Id>> DocumentStore::setSegmentParticipant(const std::string &segmentUuid,
                                                               std::optional<Id> participantId)
{
    return m_context.write([&] {
        Connection &db = m_context.db();
        Statement &select =
            db.cached("SELECT participant_id, label FROM segment WHERE uuid = ?1");
        select.bindAll(segmentUuid);
        if (!select.step())
            fail(ErrorCode::NotFound, "no speaker turn " + segmentUuid + " in this project");
        const std::optional<Id> before = select.optInt64(0);
        const std::string label = select.text(1);
        Statement &update =
            db.cached("UPDATE segment SET participant_id = ?1 WHERE uuid = ?2");
        update.bindAll(participantId, segmentUuid);
        update.run();
        const auto idJson = [](const std::optional<Id> &id) {
            return id ? nlohmann::json(*id) : nlohmann::json();
        };
        m_context.audit("segment.participant", EntityType::Segment, segmentUuid,
                        {{"speaker", label}, {"participant_id", idJson(before)}},
                        {{"speaker", label}, {"participant_id", idJson(participantId)}});
        m_context.notify(EntityType::Segment, ChangeKind::Changed, segmentUuid);
        return before;
    });
}

Result<Document> DocumentStore::rename(const std::string &uuid, const std::string &name)
{
    return m_context.write([&] {
        const Document before = byUuidOrFail(uuid);
        if (name.empty())
            fail(ErrorCode::InvalidArgument, "a document name cannot be empty");
        Statement &taken =
            m_context.db().cached("SELECT 1 FROM document WHERE name = ?1 AND uuid <> ?2");
        taken.bindAll(name, uuid);
        if (taken.step())
            fail(ErrorCode::AlreadyExists, "another document is already named '" + name + "'");
        Statement &update = m_context.db().cached("UPDATE document SET name = ?1 WHERE uuid = ?2");
        update.bindAll(name, uuid);
        update.run();
        Document after = byUuidOrFail(uuid);
        m_context.audit("document.rename", EntityType::Document, uuid, {{"name", before.name}},
                        {{"name", after.name}});
        m_context.notify(EntityType::Document, ChangeKind::Changed, uuid);
        return after;
    });
}

Result<Document> DocumentStore::setParticipant(const std::string &uuid,
                                               std::optional<Id> participantId)
{
    return m_context.write([&] {
        const Document before = byUuidOrFail(uuid);
        Statement &update =
            m_context.db().cached("UPDATE document SET participant_id = ?1 WHERE uuid = ?2");
        update.bindAll(participantId, uuid);
        update.run();
        Document after = byUuidOrFail(uuid);
        const auto idJson = [](const std::optional<Id> &id) {
            return id ? nlohmann::json(*id) : nlohmann::json();
        };
        m_context.audit("document.participant", EntityType::Document, uuid,
                        {{"participant_id", idJson(before.participantId)}},
                        {{"participant_id", idJson(after.participantId)}});
        m_context.notify(EntityType::Document, ChangeKind::Changed, uuid);
        return after;
    });
}

Result<DocumentRemoval> DocumentStore::remove(const std::string &uuid)
{
    return m_context.write([&] {
        Connection &db = m_context.db();
        DocumentRemoval removal;
        removal.document = byUuidOrFail(uuid);
        const Id id = removal.document.id;
        {
            Statement &select =
                db.cached("SELECT t.text, d.fingerprint FROM document d JOIN document_text t "
                          "ON t.document_id = d.id WHERE d.id = ?1");
            select.bindAll(id);
            select.step();
            removal.text = select.text(0);
            removal.fingerprint = select.text(1);
        }
        removal.segments = *segments(id);
        {
            Statement &select = db.cached(std::string("SELECT ") + kCodingColumns +
                                          " FROM coding g WHERE g.document_id = ?1");
            select.bindAll(id);
            while (select.step())
                removal.codings.push_back(readCoding(select));
        }
        {
            // Memos on the document and on its codings go with it.
            Statement &select = db.cached(
                std::string("SELECT ") + kMemoColumns +
                " FROM memo m WHERE (m.target_type = 'document' AND m.target_uuid = ?1) OR "
                "(m.target_type = 'coding' AND m.target_uuid IN "
                "(SELECT uuid FROM coding WHERE document_id = ?2))");
            select.bindAll(uuid, id);
            while (select.step())
                removal.memos.push_back(readMemo(select));
        }
        {
            Statement &select = db.cached(
                "SELECT attribute_id, value FROM document_attribute WHERE document_id = ?1");
            select.bindAll(id);
            while (select.step())
                removal.attributeValues.emplace_back(select.int64(0), select.text(1));
        }
        {
            Statement &select =
                db.cached("SELECT set_id FROM document_set_member WHERE document_id = ?1");
            select.bindAll(id);
            while (select.step())
                removal.setIds.push_back(select.int64(0));
        }
        for (const Memo &memo : removal.memos) {
            Statement &del = db.cached("DELETE FROM memo WHERE id = ?1");
            del.bindAll(memo.id);
            del.run();
        }
        Statement &delCodings = db.cached("DELETE FROM coding WHERE document_id = ?1");
        delCodings.bindAll(id);
        delCodings.run();
        if (!m_context.unqueueIndex(id)) {
            Statement &fts = db.cached(
                "INSERT INTO document_fts (document_fts, rowid, text) VALUES ('delete', ?1, ?2)");
            fts.bindAll(id, removal.text);
            fts.run();
        }
        Statement &del = db.cached("DELETE FROM document WHERE id = ?1");
        del.bindAll(id);
        del.run();
        nlohmann::json before = toJson(removal.document);
        before["codings"] = removal.codings.size();
        m_context.audit("document.remove", EntityType::Document, uuid, before, nullptr);
        m_context.notify(EntityType::Document, ChangeKind::Removed, uuid);
        if (!removal.codings.empty())
            m_context.notify(EntityType::Coding, ChangeKind::Reset);
        return removal;
    });
}

Result<void> DocumentStore::restore(const DocumentRemoval &removal)
{
    return m_context.write([&] {
        Connection &db = m_context.db();
        const Document &d = removal.document;
        Statement &insert = db.cached(
            "INSERT INTO document (id, uuid, name, kind, characters, fingerprint, "
            "original_name, original_format, encoding, imported_at, imported_by, participant_id, "
            "position) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, "
            "(SELECT ifnull(max(position), 0) + 1 FROM document))");
        insert.bindAll(d.id, d.uuid, d.name, toString(d.kind), d.characters,
                       removal.fingerprint, d.originalName, d.originalFormat, d.encoding,
                       d.importedAt, m_context.coderId(), d.participantId);
        insert.run();
        insertText(db, d.id, removal.text);
        m_context.queueIndex(d.id, removal.text);
        for (const Segment &s : removal.segments)
            insertSegment(db, s, d.id);
        for (const Coding &c : removal.codings)
            CodingStore::insertRow(db, c);
        for (const Memo &m : removal.memos) {
            Statement &ins = db.cached(
                "INSERT INTO memo (id, uuid, target_type, target_uuid, title, body, author_id, "
                "created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
            ins.bindAll(m.id, m.uuid, toString(m.target), m.targetUuid, m.title, m.body,
                        m.authorId ? std::optional<Id>(m.authorId) : std::nullopt, m.createdAt,
                        m.updatedAt);
            ins.run();
        }
        for (const auto &[attributeId, value] : removal.attributeValues) {
            Statement &ins = db.cached("INSERT INTO document_attribute (document_id, "
                                       "attribute_id, value) VALUES (?1, ?2, ?3)");
            ins.bindAll(d.id, attributeId, value);
            ins.run();
        }
        for (Id setId : removal.setIds) {
            Statement &ins = db.cached(
                "INSERT OR IGNORE INTO document_set_member (set_id, document_id) VALUES (?1, ?2)");
            ins.bindAll(setId, d.id);
            ins.run();
        }
        m_context.audit("document.restore", EntityType::Document, d.uuid, nullptr, toJson(d));
        m_context.notify(EntityType::Document, ChangeKind::Added, d.uuid);
        if (!removal.codings.empty())
            m_context.notify(EntityType::Coding, ChangeKind::Reset);
    });
}

Result<std::vector<Id>> DocumentStore::search(const std::string &ftsQuery, int limit)
{
    return m_context.read([&] {
        std::vector<Id> ids;
        Statement &select = m_context.db().cached(
            "SELECT rowid FROM document_fts WHERE document_fts MATCH ?1 ORDER BY rank LIMIT ?2");
        select.bindAll(ftsQuery, limit);
        while (select.step())
            ids.push_back(select.int64(0));
        return ids;
    });
}

} // namespace weft::storage
