// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/maplayoutstore.h"

#include "storage/projectcontext.h"

#include <cmath>

namespace weft::storage {

Result<std::map<std::string, MapPoint>> MapLayoutStore::all()
{
    return m_context.read([&] {
        std::map<std::string, MapPoint> out;
        Statement &select = m_context.db().cached("SELECT entity_uuid, x, y FROM map_position");
        while (select.step())
            out[select.text(0)] = {select.real(1), select.real(2)};
        return out;
    });
}

Result<std::vector<std::pair<std::string, std::optional<MapPoint>>>>
MapLayoutStore::place(const std::vector<std::pair<std::string, std::optional<MapPoint>>> &positions)
{
    return m_context.write([&] {
        Connection &db = m_context.db();
        std::vector<std::pair<std::string, std::optional<MapPoint>>> before;
        Statement &select = db.cached("SELECT x, y FROM map_position WHERE entity_uuid = ?1");
        Statement &upsert = db.cached(
            "INSERT INTO map_position (entity_uuid, x, y) VALUES (?1, ?2, ?3) "
            "ON CONFLICT (entity_uuid) DO UPDATE SET x = excluded.x, y = excluded.y");
        Statement &del = db.cached("DELETE FROM map_position WHERE entity_uuid = ?1");
        for (const auto &[uuid, point] : positions) {
            if (uuid.empty())
                fail(ErrorCode::InvalidArgument, "a map position needs an item");
            if (point && (!std::isfinite(point->x) || !std::isfinite(point->y)))
                fail(ErrorCode::InvalidArgument, "a map position must be a finite point");
            select.reset();
            select.bindAll(uuid);
            std::optional<MapPoint> old;
            if (select.step())
                old = MapPoint{select.real(0), select.real(1)};
            select.reset();
            before.emplace_back(uuid, old);
            if (point) {
                upsert.reset();
                upsert.bindAll(uuid, point->x, point->y);
                upsert.run();
            } else {
                del.reset();
                del.bindAll(uuid);
                del.run();
            }
            m_context.notify(EntityType::MapLayout, ChangeKind::Changed, uuid);
        }
        return before;
    });
}

} // namespace weft::storage
