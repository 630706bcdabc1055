// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/auditlog.h"

#include "storage/projectcontext.h"

namespace weft::storage {

using namespace weft::core;

namespace {

constexpr const char *kSelect =
    "SELECT a.id, a.time, ifnull(c.name, ''), a.action, a.entity_type, a.entity_uuid, "
    "ifnull(a.before, ''), ifnull(a.after, '') FROM audit a LEFT JOIN coder c ON c.id = a.coder_id ";

AuditEntry readEntry(const Statement &row)
{
    return AuditEntry{row.int64(0), row.text(1), row.text(2), row.text(3),
                      row.text(4),  row.text(5), row.text(6), row.text(7)};
}

} // namespace

Result<std::vector<AuditEntry>> AuditLog::entries(std::int64_t limit)
{
    return m_context.read([&] {
        std::vector<AuditEntry> out;
        Statement &select = m_context.db().cached(
            std::string(kSelect) +
            "WHERE a.id > (SELECT CASE WHEN ?1 > 0 THEN max(id) - ?1 ELSE 0 END FROM audit) "
            "ORDER BY a.id");
        select.bindAll(limit);
        while (select.step())
            out.push_back(readEntry(select));
        return out;
    });
}

Result<std::vector<AuditEntry>> AuditLog::forEntity(const std::string &uuid)
{
    return m_context.read([&] {
        std::vector<AuditEntry> out;
        Statement &select =
            m_context.db().cached(std::string(kSelect) + "WHERE a.entity_uuid = ?1 ORDER BY a.id");
        select.bindAll(uuid);
        while (select.step())
            out.push_back(readEntry(select));
        return out;
    });
}

Result<std::int64_t> AuditLog::count()
{
    return m_context.read([&] {
        Statement &select = m_context.db().cached("SELECT count(*) FROM audit");
        select.step();
        return select.int64(0);
    });
}

Result<std::map<Id, std::string>> AuditLog::coderNames()
{
    return m_context.read([&] {
        std::map<Id, std::string> names;
        Statement &select = m_context.db().cached("SELECT id, name FROM coder");
        while (select.step())
            names[select.int64(0)] = select.text(1);
        return names;
    });
}

} // namespace weft::storage
