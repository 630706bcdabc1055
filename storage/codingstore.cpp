// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/codingstore.h"

#include "core/util/uuid.h"
#include "storage/memostore.h"
#include "storage/projectcontext.h"
#include "storage/rowmapping.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace weft::storage {

using namespace weft::core;

namespace {

const std::string kSelectByUuid =
    std::string("SELECT ") + kCodingColumns + " FROM coding g WHERE g.uuid = ?1";

// Whose words a coding holds: the participant of the speaker turn it starts in, else the
// document's. For a query with the coding as g and its document as d.
const std::string kCodingParticipant =
    "ifnull((SELECT s.participant_id FROM segment s WHERE s.document_id = g.document_id "
    "AND s.kind = 'turn' AND s.start <= g.start AND g.start < s.end "
    "ORDER BY s.start DESC LIMIT 1), d.participant_id)";

// Each coding's code, document and participant. The counting itself is done in C++ (rollUp):
// SQLite's distinct aggregates over every code and ancestor took five times as long.
const std::string kCodingOwners = "SELECT g.code_id, g.document_id, " + kCodingParticipant +
                                  " FROM coding g JOIN document d ON d.id = g.document_id";
// The same for the codings of some codes (a JSON array of ids) and every code below them.
const std::string kSubtreeOwners =
    "WITH RECURSIVE down(id) AS (SELECT value FROM json_each(?1)"
    " UNION SELECT c.id FROM code c JOIN down ON c.parent_id = down.id) " +
    kCodingOwners + " WHERE g.code_id IN (SELECT id FROM down)";

/// Distinct documents and participants of one code while counting.
struct Tally {
    std::int64_t codings = 0;
    std::vector<Id> documents;
    std::vector<Id> participants;

    void add(Id document, std::optional<Id> participant)
    {
        ++codings;
        documents.push_back(document);
        if (participant)
            participants.push_back(*participant);
    }
    CodeUsage usage()
    {
        const auto distinct = [](std::vector<Id> &ids) {
            std::sort(ids.begin(), ids.end());
            return static_cast<std::int64_t>(std::unique(ids.begin(), ids.end()) - ids.begin());
        };
        return {codings, distinct(documents), distinct(participants)};
    }
};

/// Counts the rows of an owners statement for each code and each of its ancestors (only those
/// in `wanted`, when given).
std::unordered_map<Id, CodeCounts> rollUp(Connection &db, Statement &owners,
                                         const std::unordered_set<Id> *wanted)
{
    std::unordered_map<Id, Id> parentOf;
    Statement &codes = db.cached("SELECT id, parent_id FROM code WHERE parent_id IS NOT NULL");
    while (codes.step())
        parentOf[codes.int64(0)] = codes.int64(1);
    std::unordered_map<Id, std::pair<Tally, Tally>> tallies; // own, with sub-codes
    while (owners.step()) {
        const Id code = owners.int64(0);
        const Id document = owners.int64(1);
        const std::optional<Id> participant = owners.optInt64(2);
        Id at = code;
        for (std::size_t depth = 0; depth <= parentOf.size(); ++depth) {
            if (!wanted || wanted->count(at)) {
                auto &[own, total] = tallies[at];
                if (at == code)
                    own.add(document, participant);
                total.add(document, participant);
            }
            const auto parent = parentOf.find(at);
            if (parent == parentOf.end())
                break;
            at = parent->second;
        }
    }
    std::unordered_map<Id, CodeCounts> out;
    out.reserve(tallies.size());
    for (auto &[code, tally] : tallies)
        out[code] = CodeCounts{tally.first.usage(), tally.second.usage()};
    return out;
}

nlohmann::json codingJson(Connection &db, const Coding &c)
{
    Statement &names = db.cached(
        "SELECT d.uuid, k.uuid, r.name FROM document d, code k, coder r "
        "WHERE d.id = ?1 AND k.id = ?2 AND r.id = ?3");
    names.bindAll(c.documentId, c.codeId, c.coderId);
    nlohmann::json j = {{"start", c.start}, {"end", c.end}};
    if (names.step()) {
        j["document"] = names.text(0);
        j["code"] = names.text(1);
        j["coder"] = names.text(2);
    }
    return j;
}

Coding byUuidOrFail(Connection &db, const std::string &uuid)
{
    Statement &select = db.cached(kSelectByUuid);
    select.bindAll(uuid);
    if (!select.step())
        fail(ErrorCode::NotFound, "no coding " + uuid + " in this project");
    return readCoding(select);
}

} // namespace

/// Per-call memo of the rows a batch refers to again and again (ids are stable inside one
/// transaction), so 60,000 codings cost one lookup per distinct document, code and coder.
struct CodingStore::Lookups {
    struct DocumentFacts {
        std::string uuid;
        std::string name;
        std::int64_t characters = 0;
    };
    std::unordered_map<Id, DocumentFacts> documents;
    std::unordered_map<Id, std::string> codes;
    std::unordered_map<std::string, Id> coderIds;
    std::unordered_map<Id, std::string> coderNames;
};

void CodingStore::insertRow(Connection &db, const Coding &c)
{
    Statement &insert = db.cached(
        "INSERT INTO coding (id, uuid, document_id, code_id, start, end, coder_id, created_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    insert.bind(1, c.id ? std::optional<Id>(c.id) : std::nullopt);
    insert.bind(2, c.uuid);
    insert.bind(3, c.documentId);
    insert.bind(4, c.codeId);
    insert.bind(5, c.start);
    insert.bind(6, c.end);
    insert.bind(7, c.coderId);
    insert.bind(8, c.createdAt);
    insert.run();
}

CodingOutcome CodingStore::addInTransaction(const NewCoding &n, Lookups &lookups)
{
    Connection &db = m_context.db();
    auto docIt = lookups.documents.find(n.documentId);
    if (docIt == lookups.documents.end()) {
        Statement &doc = db.cached("SELECT uuid, name, characters FROM document WHERE id = ?1");
        doc.bindAll(n.documentId);
        if (!doc.step())
            fail(ErrorCode::NotFound, "the document to code no longer exists");
        docIt = lookups.documents
                    .emplace(n.documentId,
                             Lookups::DocumentFacts{doc.text(0), doc.text(1), doc.int64(2)})
                    .first;
    }
    const auto &facts = docIt->second;
    if (n.start < 0 || n.end <= n.start || n.end > facts.characters) {
        fail(ErrorCode::InvalidArgument,
             "range " + std::to_string(n.start) + ":" + std::to_string(n.end) +
                 " is not inside '" + facts.name + "' (0:" + std::to_string(facts.characters) +
                 "); give START:END with START < END <= the document's length");
    }
    auto codeIt = lookups.codes.find(n.codeId);
    if (codeIt == lookups.codes.end()) {
        Statement &code = db.cached("SELECT uuid FROM code WHERE id = ?1");
        code.bindAll(n.codeId);
        if (!code.step())
            fail(ErrorCode::NotFound, "the code to apply no longer exists");
        codeIt = lookups.codes.emplace(n.codeId, code.text(0)).first;
    }
    const std::string coderName = n.coder ? *n.coder : m_context.coderName();
    auto coderIt = lookups.coderIds.find(coderName);
    if (coderIt == lookups.coderIds.end()) {
        const Id id = n.coder ? m_context.ensureCoder(*n.coder) : m_context.coderId();
        coderIt = lookups.coderIds.emplace(coderName, id).first;
        lookups.coderNames[id] = coderName;
    }
    const Id coder = coderIt->second;

    Coding c;
    c.uuid = newUuid();
    c.documentId = n.documentId;
    c.codeId = n.codeId;
    c.start = n.start;
    c.end = n.end;
    c.coderId = coder;
    c.createdAt = m_context.now();
    // The unique index on (document, code, coder, start, end) decides: one index probe instead
    // of a lookup followed by an insert.
    Statement &insert = db.cached(
        "INSERT INTO coding (uuid, document_id, code_id, start, end, coder_id, created_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT DO NOTHING");
    insert.bindAll(c.uuid, c.documentId, c.codeId, c.start, c.end, c.coderId, c.createdAt);
    insert.run();
    if (db.changes() == 0) {
        Statement &existing = db.cached(
            std::string("SELECT ") + kCodingColumns +
            " FROM coding g WHERE g.document_id = ?1 AND g.code_id = ?2 AND g.coder_id = ?3 "
            "AND g.start = ?4 AND g.end = ?5");
        existing.bindAll(n.documentId, n.codeId, coder, n.start, n.end);
        if (!existing.step())
            fail(ErrorCode::Internal, "a coding conflicted but could not be found");
        return CodingOutcome{readCoding(existing), false};
    }
    c.id = db.lastInsertRowId();
    m_context.audit("coding.add", EntityType::Coding, c.uuid, nullptr,
                    {{"document", facts.uuid},
                     {"code", codeIt->second},
                     {"coder", lookups.coderNames[coder]},
                     {"start", c.start},
                     {"end", c.end}});
    return CodingOutcome{c, true};
}

Result<CodingOutcome> CodingStore::add(const NewCoding &coding)
{
    return m_context.write([&] {
        Lookups lookups;
        CodingOutcome outcome = addInTransaction(coding, lookups);
        if (outcome.created)
            m_context.notify(EntityType::Coding, ChangeKind::Added, outcome.coding.uuid);
        return outcome;
    });
}

Result<BatchOutcome> CodingStore::addMany(const std::vector<NewCoding> &codings,
                                          std::size_t *failedIndex)
{
    return m_context.write([&] {
        BatchOutcome outcome;
        outcome.outcomes.reserve(codings.size());
        Lookups lookups;
        for (std::size_t i = 0; i < codings.size(); ++i) {
            if (failedIndex)
                *failedIndex = i;
            outcome.outcomes.push_back(addInTransaction(codings[i], lookups));
            if (outcome.outcomes.back().created)
                ++outcome.applied;
            else
                ++outcome.unchanged;
        }
        if (outcome.applied > 0)
            m_context.notify(EntityType::Coding, ChangeKind::Reset);
        return outcome;
    });
}

CodingRemoval CodingStore::removeInTransaction(const std::string &uuid)
{
    Connection &db = m_context.db();
    CodingRemoval removal;
    removal.coding = byUuidOrFail(db, uuid);
    nlohmann::json before = codingJson(db, removal.coding);
    removal.memos = MemoStore::takeFor(db, MemoTarget::Coding, uuid);
    if (!removal.memos.empty())
        before["memos"] = removal.memos.size();
    removal.exemplars = ExemplarStore::takeForCodings(db, {removal.coding.id});
    Statement &del = db.cached("DELETE FROM coding WHERE id = ?1");
    del.bindAll(removal.coding.id);
    del.run();
    m_context.audit("coding.remove", EntityType::Coding, uuid, before, nullptr);
    return removal;
}

void CodingStore::restoreInTransaction(const CodingRemoval &removal)
{
    Connection &db = m_context.db();
    insertRow(db, removal.coding);
    for (const Memo &memo : removal.memos)
        MemoStore::insertRow(db, memo);
    ExemplarStore::insertRows(db, removal.exemplars);
    m_context.audit("coding.restore", EntityType::Coding, removal.coding.uuid, nullptr,
                    codingJson(db, removal.coding));
}

Result<CodingRemoval> CodingStore::remove(const std::string &uuid)
{
    return m_context.write([&] {
        CodingRemoval removal = removeInTransaction(uuid);
        m_context.notify(EntityType::Coding, ChangeKind::Removed, uuid);
        return removal;
    });
}

Result<void> CodingStore::restore(const CodingRemoval &removal)
{
    return m_context.write([&] {
        restoreInTransaction(removal);
        m_context.notify(EntityType::Coding, ChangeKind::Added, removal.coding.uuid);
    });
}

Result<std::vector<CodingRemoval>> CodingStore::removeMany(const std::vector<std::string> &uuids)
{
    return m_context.write([&] {
        std::vector<CodingRemoval> removals;
        removals.reserve(uuids.size());
        for (const std::string &uuid : uuids)
            removals.push_back(removeInTransaction(uuid));
        if (!removals.empty())
            m_context.notify(EntityType::Coding, ChangeKind::Reset);
        return removals;
    });
}

Result<void> CodingStore::restoreMany(const std::vector<CodingRemoval> &removals)
{
    return m_context.write([&] {
        // Back in reverse, so memos and marks find what they were attached to in any order.
        for (auto it = removals.rbegin(); it != removals.rend(); ++it)
            restoreInTransaction(*it);
        if (!removals.empty())
            m_context.notify(EntityType::Coding, ChangeKind::Reset);
    });
}

Result<Coding> CodingStore::resize(const std::string &uuid, std::int64_t start, std::int64_t end)
{
    return m_context.write([&] {
        Connection &db = m_context.db();
        const Coding before = byUuidOrFail(db, uuid);
        Statement &doc = db.cached("SELECT characters FROM document WHERE id = ?1");
        doc.bindAll(before.documentId);
        doc.step();
        if (start < 0 || end <= start || end > doc.int64(0))
            fail(ErrorCode::InvalidArgument, "the new range is outside the document");
        Statement &clash = db.cached(
            "SELECT 1 FROM coding WHERE document_id = ?1 AND code_id = ?2 AND coder_id = ?3 "
            "AND start = ?4 AND end = ?5 AND id <> ?6");
        clash.bindAll(before.documentId, before.codeId, before.coderId, start, end, before.id);
        if (clash.step())
            fail(ErrorCode::AlreadyExists, "the same code already covers exactly that range");
        Statement &update = db.cached("UPDATE coding SET start = ?1, end = ?2 WHERE id = ?3");
        update.bindAll(start, end, before.id);
        update.run();
        m_context.audit("coding.resize", EntityType::Coding, uuid,
                        {{"start", before.start}, {"end", before.end}},
                        {{"start", start}, {"end", end}});
        m_context.notify(EntityType::Coding, ChangeKind::Changed, uuid);
        return before;
    });
}

Result<Coding> CodingStore::get(const std::string &uuid)
{
    return m_context.read([&] { return byUuidOrFail(m_context.db(), uuid); });
}

Result<std::vector<Coding>> CodingStore::forDocument(Id documentId)
{
    return m_context.read([&] {
        std::vector<Coding> out;
        Statement &select = m_context.db().cached(std::string("SELECT ") + kCodingColumns +
                                                  " FROM coding g WHERE g.document_id = ?1 "
                                                  "ORDER BY g.start, g.end, g.id");
        select.bindAll(documentId);
        while (select.step())
            out.push_back(readCoding(select));
        return out;
    });
}

Result<std::vector<Coding>> CodingStore::forCodes(const std::vector<Id> &codeIds)
{
    return m_context.read([&] {
        std::vector<Coding> out;
        Statement &select = m_context.db().cached(std::string("SELECT ") + kCodingColumns +
                                                  " FROM coding g WHERE g.code_id = ?1");
        for (Id codeId : codeIds) {
            select.reset();
            select.bindAll(codeId);
            while (select.step())
                out.push_back(readCoding(select));
        }
        return out;
    });
}

Result<std::vector<Coding>> CodingStore::all()
{
    return m_context.read([&] {
        std::vector<Coding> out;
        Statement &select = m_context.db().cached(
            std::string("SELECT ") + kCodingColumns +
            " FROM coding g JOIN document d ON d.id = g.document_id "
            "ORDER BY d.position, g.start, g.end, g.id");
        while (select.step())
            out.push_back(readCoding(select));
        return out;
    });
}

Result<std::vector<EvidenceCoding>> CodingStore::evidence()
{
    return m_context.read([&] {
        std::vector<EvidenceCoding> out;
        Statement &select = m_context.db().cached(
            "SELECT g.id, g.document_id, g.code_id, g.start, g.end, d.kind, " +
            kCodingParticipant + " FROM coding g JOIN document d ON d.id = g.document_id");
        while (select.step()) {
            EvidenceCoding c;
            c.codingId = select.int64(0);
            c.documentId = select.int64(1);
            c.codeId = select.int64(2);
            c.start = select.int64(3);
            c.end = select.int64(4);
            c.kind = documentKindFromString(select.textView(5)).value_or(DocumentKind::Document);
            c.participant = select.optInt64(6);
            out.push_back(c);
        }
        return out;
    });
}

Result<std::unordered_map<Id, CodeCounts>> CodingStore::codeCounts()
{
    return m_context.read([&] {
        Connection &db = m_context.db();
        return rollUp(db, db.cached(kCodingOwners), nullptr);
    });
}

Result<std::unordered_map<Id, CodeCounts>> CodingStore::codeCounts(const std::vector<Id> &codeIds)
{
    return m_context.read([&] {
        Connection &db = m_context.db();
        std::string ids = "[";
        for (Id id : codeIds)
            ids += (ids.size() > 1 ? "," : "") + std::to_string(id);
        ids += "]";
        Statement &owners = db.cached(kSubtreeOwners);
        owners.bindAll(ids);
        const std::unordered_set<Id> wanted(codeIds.begin(), codeIds.end());
        return rollUp(db, owners, &wanted);
    });
}

Result<std::int64_t> CodingStore::count()
{
    return m_context.read([&] {
        Statement &select = m_context.db().cached("SELECT count(*) FROM coding");
        select.step();
        return select.int64(0);
    });
}

} // namespace weft::storage
