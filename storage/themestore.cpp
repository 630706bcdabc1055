// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/themestore.h"

#include "core/model/codepath.h"
#include "core/util/uuid.h"
#include "storage/memostore.h"
#include "storage/projectcontext.h"
#include "storage/rowmapping.h"
#include "storage/treepath.h"

#include <algorithm>

namespace weft::storage {

using namespace weft::core;

namespace {

const std::string kSelect = std::string("SELECT ") + kThemeColumns + " FROM theme t ";
} // namespace
const std::string kThemeSelect = kSelect;
namespace {

void insertThemeRow(Connection &db, const Theme &t, Id coder, const std::string &now)
{
    Statement &insert = db.cached(
        "INSERT INTO theme (id, uuid, parent_id, name, definition, status, review_state, "
        "position, created_at, created_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    insert.bindAll(t.id ? std::optional<Id>(t.id) : std::nullopt, t.uuid, t.parentId, t.name,
                   t.definition, toString(t.status), toString(t.reviewState), t.position,
                   now, coder);
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
        insertThemeRow(db, t, m_context.coderId(), m_context.now());
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
            for (const ExemplarMark &mark : ExemplarStore::takeForTheme(db, t.id))
                removal.exemplars.push_back(mark);
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
            insertThemeRow(db, t, m_context.coderId(), m_context.now());
        for (const auto &[theme, code] : removal.codeLinks) {
            Statement &link =
                db.cached("INSERT OR IGNORE INTO theme_code (theme_id, code_id) VALUES (?1, ?2)");
            link.bindAll(theme, code);
            link.run();
        }
        for (const Memo &memo : removal.memos)
            MemoStore::insertRow(db, memo);
        ExemplarStore::insertRows(db, removal.exemplars);
        if (removal.themes.empty())
            return;
        m_context.audit("theme.restore", EntityType::Theme, removal.themes.front().uuid, nullptr,
                        toJson(removal.themes.front()));
        for (const Theme &t : removal.themes)
            m_context.notify(EntityType::Theme, ChangeKind::Added, t.uuid);
    });
}

} // namespace weft::storage

namespace weft::storage {

using namespace weft::core;

Result<Theme> ThemeStore::resolve(const std::string &pathOrUuid)
{
    return m_context.read([&] {
        return resolveTreePath(m_context.db(), kThemeSelect, "t", pathOrUuid, readTheme,
                               "no theme '" + pathOrUuid +
                                   "' in this project; `weft-cli themes list` shows them");
    });
}

Result<Theme> ThemeStore::ensurePath(const std::vector<std::string> &names)
{
    return m_context.write([&] {
        if (names.empty())
            fail(ErrorCode::InvalidArgument, "an empty theme path");
        std::optional<Id> parent;
        Theme theme;
        Statement &find = m_context.db().cached(
            kThemeSelect + "WHERE ifnull(t.parent_id, 0) = ?1 AND t.name = ?2");
        for (const std::string &name : names) {
            find.reset();
            find.bindAll(parent.value_or(0), name);
            if (find.step()) {
                theme = readTheme(find);
            } else {
                find.reset();
                auto added = add({parent, name, "", ThemeStatus::Candidate});
                if (!added)
                    throw StorageFailure(added.error());
                theme = *added;
            }
            parent = theme.id;
        }
        return theme;
    });
}

Result<Theme> ThemeStore::move(const std::string &uuid, std::optional<Id> parentId,
                               std::int64_t position)
{
    return m_context.write([&] {
        Connection &db = m_context.db();
        const Theme before = byUuidOrFail(uuid);
        for (std::optional<Id> walk = parentId; walk;) {
            if (*walk == before.id)
                fail(ErrorCode::InvalidArgument, "a theme cannot be moved under itself");
            Statement &parent = db.cached("SELECT parent_id FROM theme WHERE id = ?1");
            parent.bindAll(*walk);
            if (!parent.step())
                fail(ErrorCode::NotFound, "the new parent theme does not exist");
            walk = parent.optInt64(0);
        }
        Statement &taken = db.cached(
            "SELECT 1 FROM theme WHERE ifnull(parent_id, 0) = ?1 AND name = ?2 AND id <> ?3");
        taken.bindAll(parentId.value_or(0), before.name, before.id);
        if (taken.step())
            fail(ErrorCode::AlreadyExists, "a theme named '" + before.name + "' is already there");
        std::vector<Id> siblings;
        Statement &select = db.cached("SELECT id FROM theme WHERE ifnull(parent_id, 0) = ?1 AND "
                                      "id <> ?2 ORDER BY position, id");
        select.bindAll(parentId.value_or(0), before.id);
        while (select.step())
            siblings.push_back(select.int64(0));
        const auto at = static_cast<std::size_t>(
            std::clamp<std::int64_t>(position, 0, static_cast<std::int64_t>(siblings.size())));
        siblings.insert(siblings.begin() + static_cast<std::ptrdiff_t>(at), before.id);
        Statement &update = db.cached("UPDATE theme SET parent_id = ?1, position = ?2 WHERE id = ?3");
        for (std::size_t i = 0; i < siblings.size(); ++i) {
            update.reset();
            update.bindAll(siblings[i] == before.id ? parentId : std::optional<Id>(parentId),
                           static_cast<std::int64_t>(i), siblings[i]);
            update.run();
        }
        m_context.audit("theme.move", EntityType::Theme, uuid, toJson(before),
                        toJson(byUuidOrFail(uuid)));
        m_context.notify(EntityType::Theme, ChangeKind::Changed, uuid);
        return before;
    });
}

Result<ReviewOutcome> ThemeStore::review(const std::string &themeUuid, ReviewDecision decision,
                                         const std::string &comment, const std::string &reviewer)
{
    return m_context.write([&] {
        Connection &db = m_context.db();
        ReviewOutcome outcome;
        outcome.before = byUuidOrFail(themeUuid);
        if (decision == ReviewDecision::SendBack && comment.empty())
            fail(ErrorCode::InvalidArgument,
                 "sending a theme back needs a comment saying what to change (--comment)");
        if (decision == ReviewDecision::Comment && comment.empty())
            fail(ErrorCode::InvalidArgument, "a comment cannot be empty");
        const Id reviewerId = m_context.ensureCoder(reviewer.empty() ? m_context.coderName() : reviewer);
        ThemeReview &r = outcome.review;
        r.uuid = newUuid();
        r.themeId = outcome.before.id;
        r.reviewer = reviewer.empty() ? m_context.coderName() : reviewer;
        r.decision = decision;
        r.comment = comment;
        r.time = m_context.now();
        Statement &insert = db.cached(
            "INSERT INTO theme_review (uuid, theme_id, reviewer_id, decision, comment, time) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        insert.bindAll(r.uuid, r.themeId, reviewerId, toString(decision), comment, r.time);
        insert.run();
        r.id = db.lastInsertRowId();
        std::optional<ReviewState> state;
        std::optional<ThemeStatus> status;
        switch (decision) {
        case ReviewDecision::Approve: state = ReviewState::Approved; status = ThemeStatus::Reviewed; break;
        case ReviewDecision::SendBack: state = ReviewState::SentBack; status = ThemeStatus::Candidate; break;
        case ReviewDecision::Request: state = ReviewState::Awaiting; break;
        case ReviewDecision::Comment: break;
        }
        if (state) {
            Statement &update = db.cached(
                "UPDATE theme SET review_state = ?1, status = ifnull(?2, status) WHERE id = ?3");
            update.bind(1, toString(*state));
            if (status)
                update.bind(2, toString(*status));
            else
                update.bind(2, std::nullopt);
            update.bind(3, r.themeId);
            update.run();
        }
        m_context.audit(std::string("theme.review.") + std::string(toString(decision)),
                        EntityType::Theme, themeUuid, toJson(outcome.before),
                        {{"review_state", toString(byUuidOrFail(themeUuid).reviewState)},
                         {"status", toString(byUuidOrFail(themeUuid).status)},
                         {"reviewer", r.reviewer},
                         {"comment", comment}});
        m_context.notify(EntityType::Theme, ChangeKind::Changed, themeUuid);
        return outcome;
    });
}

Result<void> ThemeStore::undoReview(const ReviewOutcome &outcome)
{
    return m_context.write([&] {
        Connection &db = m_context.db();
        Statement &del = db.cached("DELETE FROM theme_review WHERE uuid = ?1");
        del.bindAll(outcome.review.uuid);
        del.run();
        Statement &update =
            db.cached("UPDATE theme SET review_state = ?1, status = ?2 WHERE id = ?3");
        update.bindAll(toString(outcome.before.reviewState), toString(outcome.before.status),
                       outcome.before.id);
        update.run();
        m_context.audit("theme.review.undo", EntityType::Theme, outcome.before.uuid, nullptr,
                        toJson(outcome.before));
        m_context.notify(EntityType::Theme, ChangeKind::Changed, outcome.before.uuid);
    });
}

Result<std::vector<ThemeReview>> ThemeStore::reviews(Id themeId)
{
    return m_context.read([&] {
        std::vector<ThemeReview> out;
        Statement &select = m_context.db().cached(
            "SELECT r.id, r.uuid, r.theme_id, c.name, r.decision, r.comment, r.time FROM "
            "theme_review r JOIN coder c ON c.id = r.reviewer_id WHERE r.theme_id = ?1 "
            "ORDER BY r.time, r.id");
        select.bindAll(themeId);
        while (select.step()) {
            ThemeReview r;
            r.id = select.int64(0);
            r.uuid = select.text(1);
            r.themeId = select.int64(2);
            r.reviewer = select.text(3);
            const std::string d = select.text(4);
            r.decision = d == "approve"     ? ReviewDecision::Approve
                         : d == "send_back" ? ReviewDecision::SendBack
                         : d == "request"   ? ReviewDecision::Request
                                            : ReviewDecision::Comment;
            r.comment = select.text(5);
            r.time = select.text(6);
            out.push_back(std::move(r));
        }
        return out;
    });
}

Result<std::vector<std::pair<Id, Id>>> ThemeStore::allLinks()
{
    return m_context.read([&] {
        std::vector<std::pair<Id, Id>> out;
        Statement &select =
            m_context.db().cached("SELECT theme_id, code_id FROM theme_code ORDER BY theme_id, code_id");
        while (select.step())
            out.emplace_back(select.int64(0), select.int64(1));
        return out;
    });
}

} // namespace weft::storage
