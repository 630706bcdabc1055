// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/participantstore.h"

#include "core/util/uuid.h"
#include "storage/memostore.h"
#include "storage/projectcontext.h"
#include "storage/rowmapping.h"

namespace weft::storage {

using namespace weft::core;

namespace {
const std::string kSelect = std::string("SELECT ") + kParticipantColumns + " FROM participant p ";
}

Participant ParticipantStore::byUuidOrFail(const std::string &uuid)
{
    Statement &select = m_context.db().cached(kSelect + "WHERE p.uuid = lower(?1)");
    select.bindAll(uuid);
    if (!select.step())
        fail(ErrorCode::NotFound, "no participant " + uuid + " in this project");
    return readParticipant(select);
}

Result<Participant> ParticipantStore::add(const std::string &label, const std::string &name)
{
    return m_context.write([&] {
        if (label.empty())
            fail(ErrorCode::InvalidArgument, "a participant needs an id such as P01");
        Statement &taken = m_context.db().cached("SELECT 1 FROM participant WHERE label = ?1");
        taken.bindAll(label);
        if (taken.step())
            fail(ErrorCode::AlreadyExists, "participant " + label + " already exists");
        Participant p{0, newUuid(), label, name};
        Statement &insert = m_context.db().cached(
            "INSERT INTO participant (uuid, label, name, created_at) VALUES (?1, ?2, ?3, ?4)");
        insert.bindAll(p.uuid, p.label, p.name, m_context.now());
        insert.run();
        p.id = m_context.db().lastInsertRowId();
        m_context.audit("participant.add", EntityType::Participant, p.uuid, nullptr, toJson(p));
        m_context.notify(EntityType::Participant, ChangeKind::Added, p.uuid);
        return p;
    });
}

Result<Participant> ParticipantStore::ensure(const std::string &label)
{
    return m_context.write([&] {
        Statement &select = m_context.db().cached(kSelect + "WHERE p.label = ?1");
        select.bindAll(label);
        if (select.step())
            return readParticipant(select);
        auto added = add(label);
        if (!added)
            throw StorageFailure(added.error());
        return *added;
    });
}

Result<std::vector<Participant>> ParticipantStore::all()
{
    return m_context.read([&] {
        std::vector<Participant> out;
        Statement &select = m_context.db().cached(kSelect + "ORDER BY p.label");
        while (select.step())
            out.push_back(readParticipant(select));
        return out;
    });
}

Result<Participant> ParticipantStore::get(Id id)
{
    return m_context.read([&] {
        Statement &select = m_context.db().cached(kSelect + "WHERE p.id = ?1");
        select.bindAll(id);
        if (!select.step())
            fail(ErrorCode::NotFound, "no participant with id " + std::to_string(id));
        return readParticipant(select);
    });
}

Result<Participant> ParticipantStore::resolve(const std::string &labelOrUuid)
{
    return m_context.read([&] {
        Statement &select =
            m_context.db().cached(kSelect + "WHERE p.label = ?1 OR p.uuid = lower(?1)");
        select.bindAll(labelOrUuid);
        if (!select.step()) {
            fail(ErrorCode::NotFound,
                 "no participant '" + labelOrUuid + "' in this project");
        }
        return readParticipant(select);
    });
}

Result<std::int64_t> ParticipantStore::count()
{
    return m_context.read([&] {
        Statement &select = m_context.db().cached("SELECT count(*) FROM participant");
        select.step();
        return select.int64(0);
    });
}

Result<Participant> ParticipantStore::update(const std::string &uuid, const std::string &label,
                                             const std::string &name)
{
    return m_context.write([&] {
        const Participant before = byUuidOrFail(uuid);
        if (label.empty())
            fail(ErrorCode::InvalidArgument, "a participant id cannot be empty");
        Statement &taken =
            m_context.db().cached("SELECT 1 FROM participant WHERE label = ?1 AND id <> ?2");
        taken.bindAll(label, before.id);
        if (taken.step())
            fail(ErrorCode::AlreadyExists, "participant " + label + " already exists");
        Statement &update =
            m_context.db().cached("UPDATE participant SET label = ?1, name = ?2 WHERE id = ?3");
        update.bindAll(label, name, before.id);
        update.run();
        m_context.audit("participant.update", EntityType::Participant, uuid, toJson(before),
                        toJson(Participant{before.id, before.uuid, label, name}));
        m_context.notify(EntityType::Participant, ChangeKind::Changed, uuid);
        return before;
    });
}

Result<ParticipantRemoval> ParticipantStore::remove(const std::string &uuid)
{
    return m_context.write([&] {
        Connection &db = m_context.db();
        ParticipantRemoval removal;
        removal.participant = byUuidOrFail(uuid);
        const Id id = removal.participant.id;
        Statement &docs = db.cached("SELECT id FROM document WHERE participant_id = ?1");
        docs.bindAll(id);
        while (docs.step())
            removal.documentIds.push_back(docs.int64(0));
        Statement &segs = db.cached("SELECT id FROM segment WHERE participant_id = ?1");
        segs.bindAll(id);
        while (segs.step())
            removal.segmentIds.push_back(segs.int64(0));
        Statement &attrs = db.cached(
            "SELECT attribute_id, value FROM participant_attribute WHERE participant_id = ?1");
        attrs.bindAll(id);
        while (attrs.step())
            removal.attributeValues.emplace_back(attrs.int64(0), attrs.text(1));
        removal.memos = MemoStore::takeFor(db, MemoTarget::Participant, uuid);
        // Foreign keys set document and segment links to NULL and drop attribute values.
        Statement &del = db.cached("DELETE FROM participant WHERE id = ?1");
        del.bindAll(id);
        del.run();
        m_context.audit("participant.remove", EntityType::Participant, uuid,
                        toJson(removal.participant), nullptr);
        m_context.notify(EntityType::Participant, ChangeKind::Removed, uuid);
        return removal;
    });
}

Result<void> ParticipantStore::restore(const ParticipantRemoval &removal)
{
    return m_context.write([&] {
        Connection &db = m_context.db();
        const Participant &p = removal.participant;
        Statement &insert = db.cached(
            "INSERT INTO participant (id, uuid, label, name, created_at) VALUES (?1, ?2, ?3, ?4, ?5)");
        insert.bindAll(p.id, p.uuid, p.label, p.name, m_context.now());
        insert.run();
        for (Id doc : removal.documentIds) {
            Statement &link = db.cached("UPDATE document SET participant_id = ?1 WHERE id = ?2");
            link.bindAll(p.id, doc);
            link.run();
        }
        for (Id seg : removal.segmentIds) {
            Statement &link = db.cached("UPDATE segment SET participant_id = ?1 WHERE id = ?2");
            link.bindAll(p.id, seg);
            link.run();
        }
        for (const auto &[attribute, value] : removal.attributeValues) {
            Statement &ins = db.cached("INSERT INTO participant_attribute (participant_id, "
                                       "attribute_id, value) VALUES (?1, ?2, ?3)");
            ins.bindAll(p.id, attribute, value);
            ins.run();
        }
        for (const Memo &memo : removal.memos)
            MemoStore::insertRow(db, memo);
        m_context.audit("participant.restore", EntityType::Participant, p.uuid, nullptr,
                        toJson(p));
        m_context.notify(EntityType::Participant, ChangeKind::Added, p.uuid);
    });
}

} // namespace weft::storage
