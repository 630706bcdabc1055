// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/memostore.h"

#include "core/util/uuid.h"
#include "storage/projectcontext.h"
#include "storage/rowmapping.h"

namespace weft::storage {

using namespace weft::core;

namespace {

const std::string kSelect = std::string("SELECT ") + kMemoColumns + " FROM memo m ";

Memo byUuidOrFail(Connection &db, const std::string &uuid)
{
    Statement &select = db.cached(kSelect + "WHERE m.uuid = ?1");
    select.bindAll(uuid);
    if (!select.step())
        fail(ErrorCode::NotFound, "no memo " + uuid + " in this project");
    return readMemo(select);
}

} // namespace

void MemoStore::insertRow(Connection &db, const Memo &m)
{
    Statement &insert = db.cached(
        "INSERT INTO memo (id, uuid, target_type, target_uuid, title, body, author_id, "
        "created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    insert.bindAll(m.id ? std::optional<Id>(m.id) : std::nullopt, m.uuid, toString(m.target),
                   m.targetUuid, m.title, m.body,
                   m.authorId ? std::optional<Id>(m.authorId) : std::nullopt, m.createdAt,
                   m.updatedAt);
    insert.run();
}

std::vector<Memo> MemoStore::takeFor(Connection &db, MemoTarget target,
                                     const std::string &targetUuid)
{
    std::vector<Memo> memos;
    Statement &select = db.cached(kSelect + "WHERE m.target_type = ?1 AND m.target_uuid = ?2");
    select.bindAll(toString(target), targetUuid);
    while (select.step())
        memos.push_back(readMemo(select));
    Statement &del = db.cached("DELETE FROM memo WHERE target_type = ?1 AND target_uuid = ?2");
    del.bindAll(toString(target), targetUuid);
    del.run();
    return memos;
}

Result<Memo> MemoStore::add(MemoTarget target, const std::string &targetUuid,
                            const std::string &title, const std::string &body)
{
    return m_context.write([&] {
        Memo m;
        m.uuid = newUuid();
        m.target = target;
        m.targetUuid = target == MemoTarget::Project ? std::string() : targetUuid;
        m.title = title;
        m.body = body;
        m.authorId = m_context.coderId();
        m.createdAt = m.updatedAt = m_context.now();
        insertRow(m_context.db(), m);
        m.id = m_context.db().lastInsertRowId();
        m_context.audit("memo.add", EntityType::Memo, m.uuid, nullptr, toJson(m));
        m_context.notify(EntityType::Memo, ChangeKind::Added, m.uuid);
        return m;
    });
}

Result<Memo> MemoStore::update(const std::string &uuid, const std::string &title,
                               const std::string &body)
{
    return m_context.write([&] {
        Connection &db = m_context.db();
        const Memo before = byUuidOrFail(db, uuid);
        Statement &update =
            db.cached("UPDATE memo SET title = ?1, body = ?2, updated_at = ?3 WHERE id = ?4");
        update.bindAll(title, body, m_context.now(), before.id);
        update.run();
        m_context.audit("memo.update", EntityType::Memo, uuid, toJson(before),
                        toJson(byUuidOrFail(db, uuid)));
        m_context.notify(EntityType::Memo, ChangeKind::Changed, uuid);
        return before;
    });
}

Result<Memo> MemoStore::remove(const std::string &uuid)
{
    return m_context.write([&] {
        Connection &db = m_context.db();
        const Memo before = byUuidOrFail(db, uuid);
        Statement &del = db.cached("DELETE FROM memo WHERE id = ?1");
        del.bindAll(before.id);
        del.run();
        m_context.audit("memo.remove", EntityType::Memo, uuid, toJson(before), nullptr);
        m_context.notify(EntityType::Memo, ChangeKind::Removed, uuid);
        return before;
    });
}

Result<void> MemoStore::restore(const Memo &memo)
{
    return m_context.write([&] {
        insertRow(m_context.db(), memo);
        m_context.audit("memo.restore", EntityType::Memo, memo.uuid, nullptr, toJson(memo));
        m_context.notify(EntityType::Memo, ChangeKind::Added, memo.uuid);
    });
}

Result<std::vector<Memo>> MemoStore::all()
{
    return m_context.read([&] {
        std::vector<Memo> out;
        Statement &select = m_context.db().cached(kSelect + "ORDER BY m.created_at, m.id");
        while (select.step())
            out.push_back(readMemo(select));
        return out;
    });
}

Result<std::vector<Memo>> MemoStore::forTarget(MemoTarget target, const std::string &targetUuid)
{
    return m_context.read([&] {
        std::vector<Memo> out;
        Statement &select = m_context.db().cached(
            kSelect + "WHERE m.target_type = ?1 AND m.target_uuid = ?2 ORDER BY m.created_at");
        select.bindAll(toString(target), targetUuid);
        while (select.step())
            out.push_back(readMemo(select));
        return out;
    });
}

Result<std::int64_t> MemoStore::count()
{
    return m_context.read([&] {
        Statement &select = m_context.db().cached("SELECT count(*) FROM memo");
        select.step();
        return select.int64(0);
    });
}

} // namespace weft::storage
