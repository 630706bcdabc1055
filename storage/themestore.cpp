// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/themestore.h"

#include "core/util/clock.h"
#include "core/util/uuid.h"
#include "storage/memostore.h"
#include "storage/projectcontext.h"
#include "storage/rowmapping.h"

namespace weft::storage {

using namespace weft::core;

namespace {

const std::string kSelect = std::string("SELECT ") + kThemeColumns + " FROM theme t ";

void insertThemeRow(Connection &db, const Theme &t, Id coder)
{
    Statement &insert = db.cached(
        "INSERT INTO theme (id, uuid, parent_id, name, definition, status, review_state, "
        "position, created_at, created_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    insert.bindAll(t.id ? std::optional<Id>(t.id) : std::nullopt, t.uuid, t.parentId, t.name,
                   t.definition, toString(t.status), toString(t.reviewState), t.position,
                   utcNowIso(), coder);
    insert.run();
}

} // namespace

Theme ThemeStore::byUuidOrFail(const std::string &uuid)
{
    Statement &select = m_context.db().cached(kSelect + "WHERE t.uuid = lower(?1)");
    select.bindAll(uuid);
    if (!select.step())
        fail(ErrorCode::NotFound, "no theme " + uuid + " in this project");
    return readTheme(select);
}

Result<Theme> ThemeStore::add(const NewTheme &n)
{
    return m_context.write([&] {
        Connection &db = m_context.db();
        if (n.name.empty())
            fail(ErrorCode::InvalidArgument, "a theme needs a name");
        Statement &taken =
            db.cached("SELECT 1 FROM theme WHERE ifnull(parent_id, 0) = ?1 AND name = ?2");
        taken.bindAll(n.parentId.value_or(0), n.name);
        if (taken.step())
            fail(ErrorCode::AlreadyExists, "a theme named '" + n.name + "' already exists there");
        Statement &next = db.cached(
            "SELECT ifnull(max(position), -1) + 1 FROM theme WHERE ifnull(parent_id, 0) = ?1");
        next.bindAll(n.parentId.value_or(0));
        next.step();
        Theme t;
        t.uuid = newUuid();
        t.parentId = n.parentId;
        t.name = n.name;
        t.definition = n.definition;
        t.status = n.status;
        t.position = next.int64(0);
        insertThemeRow(db, t, m_context.coderId());
        t.id = db.lastInsertRowId();
        m_context.audit("theme.add", EntityType::Theme, t.uuid, nullptr, toJson(t));
        m_context.notify(EntityType::Theme, ChangeKind::Added, t.uuid);
        return t;
    });
}

Result<std::vector<Theme>> ThemeStore::all()
{
    return m_context.read([&] {
        std::vector<Theme> out;
        Statement &select = m_context.db().cached(kSelect + "ORDER BY t.position, t.id");
        while (select.step())
            out.push_back(readTheme(select));
        return out;
    });
}

Result<Theme> ThemeStore::byUuid(const std::string &uuid)
{
    return m_context.read([&] { return byUuidOrFail(uuid); });
}

Result<std::int64_t> ThemeStore::count()
{
    return m_context.read([&] {
        Statement &select = m_context.db().cached("SELECT count(*) FROM theme");
        select.step();
        return select.int64(0);
    });
}

Theme ThemeStore::update(const std::string &uuid, const char *column, const char *action,
                         const std::string &value)
{
    const Theme before = byUuidOrFail(uuid);
    Statement &update = m_context.db().cached(std::string("UPDATE theme SET ") + column +
                                              " = ?1 WHERE id = ?2");
    update.bindAll(value, before.id);
    update.run();
    m_context.audit(action, EntityType::Theme, before.uuid, toJson(before),
                    toJson(byUuidOrFail(uuid)));
    m_context.notify(EntityType::Theme, ChangeKind::Changed, before.uuid);
    return before;
}

Result<Theme> ThemeStore::rename(const std::string &uuid, const std::string &name)
{
    return m_context.write([&] {
        const Theme current = byUuidOrFail(uuid);
        Statement &taken = m_context.db().cached(
            "SELECT 1 FROM theme WHERE ifnull(parent_id, 0) = ?1 AND name = ?2 AND id <> ?3");
        taken.bindAll(current.parentId.value_or(0), name, current.id);
        if (name.empty() || taken.step())
            fail(ErrorCode::AlreadyExists, "the theme name '" + name + "' is empty or taken");
        return update(uuid, "name", "theme.rename", name);
    });
}

Result<Theme> ThemeStore::setDefinition(const std::string &uuid, const std::string &definition)
{
    return m_context.write([&] { return update(uuid, "definition", "theme.definition", definition); });
}

Result<Theme> ThemeStore::setStatus(const std::string &uuid, ThemeStatus status)
{
    return m_context.write(
        [&] { return update(uuid, "status", "theme.status", std::string(toString(status))); });
}

Result<bool> ThemeStore::link(const std::string &themeUuid, Id codeId)
{
    return m_context.write([&] {
        const Theme theme = byUuidOrFail(themeUuid);
        Statement &insert = m_context.db().cached(
            "INSERT OR IGNORE INTO theme_code (theme_id, code_id) VALUES (?1, ?2)");
        insert.bindAll(theme.id, codeId);
        insert.run();
        if (m_context.db().changes() == 0)
            return false;
        m_context.audit("theme.link", EntityType::Theme, theme.uuid, nullptr,
                        {{"code_id", codeId}});
        m_context.notify(EntityType::Theme, ChangeKind::Changed, theme.uuid);
        return true;
    });
}

Result<bool> ThemeStore::unlink(const std::string &themeUuid, Id codeId)
{
    return m_context.write([&] {
        const Theme theme = byUuidOrFail(themeUuid);
        Statement &del =
            m_context.db().cached("DELETE FROM theme_code WHERE theme_id = ?1 AND code_id = ?2");
        del.bindAll(theme.id, codeId);
        del.run();
        if (m_context.db().changes() == 0)
            return false;
        m_context.audit("theme.unlink", EntityType::Theme, theme.uuid, {{"code_id", codeId}},
                        nullptr);
        m_context.notify(EntityType::Theme, ChangeKind::Changed, theme.uuid);
        return true;
    });
}

Result<std::vector<Id>> ThemeStore::linkedCodes(Id themeId)
{
    return m_context.read([&] {
        std::vector<Id> out;
        Statement &select =
            m_context.db().cached("SELECT code_id FROM theme_code WHERE theme_id = ?1");
        select.bindAll(themeId);
        while (select.step())
            out.push_back(select.int64(0));
        return out;
    });
}

Result<ThemeRemoval> ThemeStore::remove(const std::string &uuid)
{
    return m_context.write([&] {
        Connection &db = m_context.db();
        ThemeRemoval removal;
        removal.themes.push_back(byUuidOrFail(uuid));
        Statement &children = db.cached(kSelect + "WHERE t.parent_id = ?1");
        for (std::size_t i = 0; i < removal.themes.size(); ++i) {
            children.reset();
            children.bindAll(removal.themes[i].id);
            while (children.step())
                removal.themes.push_back(readTheme(children));
        }
        for (const Theme &t : removal.themes) {
            Statement &links = db.cached("SELECT code_id FROM theme_code WHERE theme_id = ?1");
            links.bindAll(t.id);
            while (links.step())
                removal.codeLinks.emplace_back(t.id, links.int64(0));
            for (Memo &memo : MemoStore::takeFor(db, MemoTarget::Theme, t.uuid))
                removal.memos.push_back(std::move(memo));
        }
        for (auto it = removal.themes.rbegin(); it != removal.themes.rend(); ++it) {
            Statement &del = db.cached("DELETE FROM theme WHERE id = ?1");
            del.bindAll(it->id);
            del.run();
        }
        m_context.audit("theme.remove", EntityType::Theme, uuid, toJson(removal.themes.front()),
                        nullptr);
        for (const Theme &t : removal.themes)
            m_context.notify(EntityType::Theme, ChangeKind::Removed, t.uuid);
        return removal;
    });
}

Result<void> ThemeStore::restore(const ThemeRemoval &removal)
{
    return m_context.write([&] {
        Connection &db = m_context.db();
        for (const Theme &t : removal.themes)
            insertThemeRow(db, t, m_context.coderId());
        for (const auto &[theme, code] : removal.codeLinks) {
            Statement &link =
                db.cached("INSERT OR IGNORE INTO theme_code (theme_id, code_id) VALUES (?1, ?2)");
            link.bindAll(theme, code);
            link.run();
        }
        for (const Memo &memo : removal.memos)
            MemoStore::insertRow(db, memo);
        if (removal.themes.empty())
            return;
        m_context.audit("theme.restore", EntityType::Theme, removal.themes.front().uuid, nullptr,
                        toJson(removal.themes.front()));
        for (const Theme &t : removal.themes)
            m_context.notify(EntityType::Theme, ChangeKind::Added, t.uuid);
    });
}

} // namespace weft::storage
