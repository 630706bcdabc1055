// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/exemplarstore.h"

#include "storage/projectcontext.h"

#include <algorithm>

namespace weft::storage {

using namespace weft::core;

namespace {

Id idOf(Connection &db, const char *table, const char *what, const std::string &uuid)
{
    Statement &select =
        db.cached(std::string("SELECT id FROM ") + table + " WHERE uuid = lower(?1)");
    select.bindAll(uuid);
    if (!select.step())
        fail(ErrorCode::NotFound, std::string("no ") + what + " " + uuid + " in this project");
    const Id id = select.int64(0);
    select.reset();
    return id;
}

std::optional<std::int64_t> positionOf(Connection &db, Id theme, Id coding)
{
    Statement &select = db.cached(
        "SELECT position FROM theme_exemplar WHERE theme_id = ?1 AND coding_id = ?2");
    select.bindAll(theme, coding);
    std::optional<std::int64_t> out;
    if (select.step())
        out = select.int64(0);
    select.reset();
    return out;
}

std::vector<ExemplarMark> readMarks(Statement &select)
{
    std::vector<ExemplarMark> out;
    while (select.step())
        out.push_back({select.int64(0), select.int64(1), select.int64(2)});
    return out;
}

void deleteMarks(Connection &db, const std::vector<ExemplarMark> &marks)
{
    Statement &del =
        db.cached("DELETE FROM theme_exemplar WHERE theme_id = ?1 AND coding_id = ?2");
    for (const ExemplarMark &m : marks) {
        del.reset();
        del.bindAll(m.themeId, m.codingId);
        del.run();
    }
}

nlohmann::json markJson(const std::string &codingUuid, std::int64_t position)
{
    return {{"exemplar", codingUuid}, {"position", position}};
}

} // namespace

Result<MarkOutcome> ExemplarStore::mark(const std::string &themeUuid,
                                         const std::string &codingUuid,
                                         std::optional<std::int64_t> position)
{
    return m_context.write([&] {
        Connection &db = m_context.db();
        const Id theme = idOf(db, "theme", "theme", themeUuid);
        const Id coding = idOf(db, "coding", "coding", codingUuid);
        if (auto existing = positionOf(db, theme, coding))
            return MarkOutcome{{theme, coding, *existing}, false};
        Statement &next = db.cached(
            "SELECT ifnull(max(position), -1) + 1 FROM theme_exemplar WHERE theme_id = ?1");
        next.bindAll(theme);
        next.step();
        const std::int64_t end = next.int64(0);
        next.reset();
        const std::int64_t at = position ? std::clamp<std::int64_t>(*position, 0, end) : end;
        if (at < end) {
            Statement &shift = db.cached("UPDATE theme_exemplar SET position = position + 1 "
                                         "WHERE theme_id = ?1 AND position >= ?2");
            shift.bindAll(theme, at);
            shift.run();
        }
        Statement &insert = db.cached(
            "INSERT INTO theme_exemplar (theme_id, coding_id, position) VALUES (?1, ?2, ?3)");
        insert.bindAll(theme, coding, at);
        insert.run();
        m_context.audit("theme.exemplar.mark", EntityType::Theme, themeUuid, nullptr,
                        markJson(codingUuid, at));
        m_context.notify(EntityType::Theme, ChangeKind::Changed, themeUuid);
        return MarkOutcome{{theme, coding, at}, true};
    });
}

Result<std::optional<ExemplarMark>> ExemplarStore::unmark(const std::string &themeUuid,
                                                          const std::string &codingUuid)
{
    return m_context.write([&]() -> std::optional<ExemplarMark> {
        Connection &db = m_context.db();
        const Id theme = idOf(db, "theme", "theme", themeUuid);
        const Id coding = idOf(db, "coding", "coding", codingUuid);
        const auto position = positionOf(db, theme, coding);
        if (!position)
            return std::nullopt;
        const ExemplarMark mark{theme, coding, *position};
        deleteMarks(db, {mark});
        Statement &shift = db.cached("UPDATE theme_exemplar SET position = position - 1 "
                                     "WHERE theme_id = ?1 AND position > ?2");
        shift.bindAll(theme, *position);
        shift.run();
        m_context.audit("theme.exemplar.unmark", EntityType::Theme, themeUuid,
                        markJson(codingUuid, *position), nullptr);
        m_context.notify(EntityType::Theme, ChangeKind::Changed, themeUuid);
        return mark;
    });
}

Result<std::vector<Id>> ExemplarStore::codingsOf(Id themeId)
{
    return m_context.read([&] {
        Statement &select = m_context.db().cached(
            "SELECT coding_id FROM theme_exemplar WHERE theme_id = ?1 ORDER BY position");
        select.bindAll(themeId);
        std::vector<Id> out;
        while (select.step())
            out.push_back(select.int64(0));
        return out;
    });
}

Result<std::vector<ExemplarMark>> ExemplarStore::all()
{
    return m_context.read([&] {
        Statement &select = m_context.db().cached(
            "SELECT theme_id, coding_id, position FROM theme_exemplar "
            "ORDER BY theme_id, position");
        return readMarks(select);
    });
}

std::vector<ExemplarMark> ExemplarStore::takeForCodings(Connection &db,
                                                        const std::vector<Id> &codingIds)
{
    std::vector<ExemplarMark> out;
    Statement &select = db.cached(
        "SELECT theme_id, coding_id, position FROM theme_exemplar WHERE coding_id = ?1");
    for (Id coding : codingIds) {
        select.reset();
        select.bindAll(coding);
        for (ExemplarMark &m : readMarks(select))
            out.push_back(m);
    }
    deleteMarks(db, out);
    return out;
}

std::vector<ExemplarMark> ExemplarStore::takeForTheme(Connection &db, Id themeId)
{
    Statement &select = db.cached(
        "SELECT theme_id, coding_id, position FROM theme_exemplar WHERE theme_id = ?1");
    select.bindAll(themeId);
    std::vector<ExemplarMark> out = readMarks(select);
    deleteMarks(db, out);
    return out;
}

void ExemplarStore::removeRows(Connection &db, const std::vector<ExemplarMark> &marks)
{
    deleteMarks(db, marks);
}

bool ExemplarStore::hasMark(Connection &db, Id themeId, Id codingId)
{
    return positionOf(db, themeId, codingId).has_value();
}

void ExemplarStore::insertRows(Connection &db, const std::vector<ExemplarMark> &marks)
{
    Statement &insert = db.cached("INSERT OR IGNORE INTO theme_exemplar (theme_id, coding_id, "
                                  "position) VALUES (?1, ?2, ?3)");
    for (const ExemplarMark &m : marks) {
        insert.reset();
        insert.bindAll(m.themeId, m.codingId, m.position);
        insert.run();
    }
}

} // namespace weft::storage
