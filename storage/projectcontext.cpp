// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/projectcontext.h"

#include "core/util/clock.h"
#include "core/util/uuid.h"

#include <algorithm>

namespace weft::storage {

namespace {

std::string_view entityTypeName(EntityType type)
{
    switch (type) {
    case EntityType::Project: return "project";
    case EntityType::Coder: return "coder";
    case EntityType::Participant: return "participant";
    case EntityType::Document: return "document";
    case EntityType::Segment: return "segment";
    case EntityType::Attribute: return "attribute";
    case EntityType::DocumentSet: return "document_set";
    case EntityType::Code: return "code";
    case EntityType::Coding: return "coding";
    case EntityType::Memo: return "memo";
    case EntityType::Theme: return "theme";
    case EntityType::MapLayout: return "map_layout";
    }
    return "project";
}

} // namespace

ProjectContext::ProjectContext(std::unique_ptr<Connection> db, bool readOnly)
    : m_db(std::move(db)), m_readOnly(readOnly)
{
}

Error ProjectContext::readOnlyError() const
{
    return makeError(ErrorCode::InvalidArgument,
                     "the project is open read-only; open it for writing to change it");
}

const std::string &ProjectContext::now()
{
    if (m_depth == 0 || m_transactionTime.empty())
        m_transactionTime = core::utcNowIso();
    return m_transactionTime;
}

void ProjectContext::begin()
{
    m_pending.clear();
    m_pendingIndex.clear();
    m_transactionTime.clear();
    m_db->cached("BEGIN IMMEDIATE").run();
}

void ProjectContext::queueIndex(core::Id documentId, std::string text)
{
    m_pendingIndex.emplace_back(documentId, std::move(text));
}

bool ProjectContext::unqueueIndex(core::Id documentId)
{
    const auto it = std::find_if(m_pendingIndex.begin(), m_pendingIndex.end(),
                                 [&](const auto &entry) { return entry.first == documentId; });
    if (it == m_pendingIndex.end())
        return false;
    m_pendingIndex.erase(it);
    return true;
}

void ProjectContext::flushIndex()
{
    Statement &insert = m_db->cached("INSERT INTO document_fts (rowid, text) VALUES (?1, ?2)");
    for (const auto &[id, text] : m_pendingIndex) {
        insert.reset();
        insert.bindAll(id, text);
        insert.run();
    }
    m_pendingIndex.clear();
}

void ProjectContext::commit()
{
    m_db->cached("COMMIT").run();
    std::vector<ChangeEvent> events;
    events.swap(m_pending);
    if (events.empty())
        return;
    // Copy: an observer may remove itself while being notified.
    const std::vector<ProjectObserver *> observers = m_observers;
    for (ProjectObserver *observer : observers)
        observer->projectChanged(events);
}

void ProjectContext::rollback()
{
    m_pending.clear();
    m_pendingIndex.clear();
    m_depth = 0;
    m_db->resetActive();
    try {
        m_db->cached("ROLLBACK").run();
    } catch (const DbError &) {
        // SQLite may already have rolled back (e.g. after an I/O error); nothing more to do.
    }
    // Cached coder id may refer to a row that was rolled back.
    m_coderId.reset();
}

core::Id ProjectContext::ensureCoder(const std::string &name)
{
    Statement &find = m_db->cached("SELECT id FROM coder WHERE name = ?1");
    find.bindAll(name);
    if (find.step())
        return find.int64(0);
    const std::string uuid = core::newUuid();
    Statement &insert =
        m_db->cached("INSERT INTO coder (uuid, name, created_at) VALUES (?1, ?2, ?3)");
    insert.bindAll(uuid, name, now());
    insert.run();
    const core::Id id = m_db->lastInsertRowId();
    notify(EntityType::Coder, ChangeKind::Added, uuid);
    audit("coder.add", EntityType::Coder, uuid, nullptr, {{"name", name}});
    return id;
}

core::Id ProjectContext::coderId()
{
    if (!m_coderId) {
        const std::string name = m_coderName.empty() ? std::string("unknown") : m_coderName;
        // Set first: ensureCoder audits through coderId().
        Statement &find = m_db->cached("SELECT id FROM coder WHERE name = ?1");
        find.bindAll(name);
        if (find.step()) {
            m_coderId = find.int64(0);
        } else {
            const std::string uuid = core::newUuid();
            Statement &insert =
                m_db->cached("INSERT INTO coder (uuid, name, created_at) VALUES (?1, ?2, ?3)");
            insert.bindAll(uuid, name, now());
            insert.run();
            m_coderId = m_db->lastInsertRowId();
            notify(EntityType::Coder, ChangeKind::Added, uuid);
            audit("coder.add", EntityType::Coder, uuid, nullptr, {{"name", name}});
        }
    }
    return *m_coderId;
}

void ProjectContext::audit(std::string_view action, EntityType type, const std::string &uuid,
                           const nlohmann::json &before, const nlohmann::json &after)
{
    const core::Id coder = coderId();
    Statement &insert = m_db->cached(
        "INSERT INTO audit (time, coder_id, action, entity_type, entity_uuid, before, after) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    insert.bind(1, now());
    insert.bind(2, coder);
    insert.bind(3, action);
    insert.bind(4, entityTypeName(type));
    insert.bind(5, uuid);
    if (before.is_null())
        insert.bind(6, std::nullopt);
    else
        insert.bind(6, before.dump());
    if (after.is_null())
        insert.bind(7, std::nullopt);
    else
        insert.bind(7, after.dump());
    insert.run();
}

void ProjectContext::notify(EntityType type, ChangeKind kind, std::string uuid)
{
    m_pending.push_back(ChangeEvent{type, kind, std::move(uuid)});
}

void ProjectContext::addObserver(ProjectObserver *observer)
{
    if (std::find(m_observers.begin(), m_observers.end(), observer) == m_observers.end())
        m_observers.push_back(observer);
}

void ProjectContext::removeObserver(ProjectObserver *observer)
{
    m_observers.erase(std::remove(m_observers.begin(), m_observers.end(), observer),
                      m_observers.end());
}

} // namespace weft::storage
