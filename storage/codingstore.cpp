// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/codingstore.h"

#include "core/util/clock.h"
#include "core/util/uuid.h"
#include "storage/memostore.h"
#include "storage/projectcontext.h"
#include "storage/rowmapping.h"

#include <unordered_map>

namespace weft::storage {

using namespace weft::core;

namespace {

const std::string kSelectByUuid =
    std::string("SELECT ") + kCodingColumns + " FROM coding g WHERE g.uuid = ?1";

nlohmann::json codingJson(Connection &db, const Coding &c)
{
    Statement &names = db.cached(
        "SELECT d.uuid, d.name, k.uuid, r.name FROM document d, code k, coder r "
        "WHERE d.id = ?1 AND k.id = ?2 AND r.id = ?3");
    names.bindAll(c.documentId, c.codeId, c.coderId);
    nlohmann::json j = {{"start", c.start}, {"end", c.end}};
    if (names.step()) {
        j["document"] = names.text(0);
        j["document_name"] = names.text(1);
        j["code"] = names.text(2);
        j["coder"] = names.text(3);
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

CodingOutcome CodingStore::addInTransaction(const NewCoding &n)
{
    Connection &db = m_context.db();
    Statement &doc = db.cached("SELECT characters, name FROM document WHERE id = ?1");
    doc.bindAll(n.documentId);
    if (!doc.step())
        fail(ErrorCode::NotFound, "the document to code no longer exists");
    const std::int64_t characters = doc.int64(0);
    if (n.start < 0 || n.end <= n.start || n.end > characters) {
        fail(ErrorCode::InvalidArgument,
             "range " + std::to_string(n.start) + ":" + std::to_string(n.end) +
                 " is not inside '" + doc.text(1) + "' (0:" + std::to_string(characters) +
                 "); give START:END with START < END <= the document's length");
    }
    const Id coder = n.coder ? m_context.ensureCoder(*n.coder) : m_context.coderId();

    Statement &existing = db.cached(
        std::string("SELECT ") + kCodingColumns +
        " FROM coding g WHERE g.document_id = ?1 AND g.code_id = ?2 AND g.coder_id = ?3 "
        "AND g.start = ?4 AND g.end = ?5");
    existing.bindAll(n.documentId, n.codeId, coder, n.start, n.end);
    if (existing.step())
        return CodingOutcome{readCoding(existing), false};

    Statement &code = db.cached("SELECT 1 FROM code WHERE id = ?1");
    code.bindAll(n.codeId);
    if (!code.step())
        fail(ErrorCode::NotFound, "the code to apply no longer exists");

    Coding c;
    c.uuid = newUuid();
    c.documentId = n.documentId;
    c.codeId = n.codeId;
    c.start = n.start;
    c.end = n.end;
    c.coderId = coder;
    c.createdAt = utcNowIso();
    insertRow(db, c);
    c.id = db.lastInsertRowId();
    m_context.audit("coding.add", EntityType::Coding, c.uuid, nullptr, codingJson(db, c));
    return CodingOutcome{c, true};
}

Result<CodingOutcome> CodingStore::add(const NewCoding &coding)
{
    return m_context.write([&] {
        CodingOutcome outcome = addInTransaction(coding);
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
        for (std::size_t i = 0; i < codings.size(); ++i) {
            if (failedIndex)
                *failedIndex = i;
            if (addInTransaction(codings[i]).created)
                ++outcome.applied;
            else
                ++outcome.unchanged;
        }
        if (outcome.applied > 0)
            m_context.notify(EntityType::Coding, ChangeKind::Reset);
        return outcome;
    });
}

Result<CodingRemoval> CodingStore::remove(const std::string &uuid)
{
    return m_context.write([&] {
        Connection &db = m_context.db();
        CodingRemoval removal;
        removal.coding = byUuidOrFail(db, uuid);
        nlohmann::json before = codingJson(db, removal.coding);
        removal.memos = MemoStore::takeFor(db, MemoTarget::Coding, uuid);
        if (!removal.memos.empty())
            before["memos"] = removal.memos.size();
        Statement &del = db.cached("DELETE FROM coding WHERE id = ?1");
        del.bindAll(removal.coding.id);
        del.run();
        m_context.audit("coding.remove", EntityType::Coding, uuid, before, nullptr);
        m_context.notify(EntityType::Coding, ChangeKind::Removed, uuid);
        return removal;
    });
}

Result<void> CodingStore::restore(const CodingRemoval &removal)
{
    return m_context.write([&] {
        Connection &db = m_context.db();
        insertRow(db, removal.coding);
        for (const Memo &memo : removal.memos)
            MemoStore::insertRow(db, memo);
        m_context.audit("coding.restore", EntityType::Coding, removal.coding.uuid, nullptr,
                        codingJson(db, removal.coding));
        m_context.notify(EntityType::Coding, ChangeKind::Added, removal.coding.uuid);
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

Result<std::int64_t> CodingStore::count()
{
    return m_context.read([&] {
        Statement &select = m_context.db().cached("SELECT count(*) FROM coding");
        select.step();
        return select.int64(0);
    });
}

} // namespace weft::storage
