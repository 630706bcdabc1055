// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/codestore.h"

#include "core/model/codepath.h"
#include "core/util/uuid.h"
#include "storage/codingstore.h"
#include "storage/memostore.h"
#include "storage/projectcontext.h"
#include "storage/rowmapping.h"
#include "storage/treepath.h"

#include <algorithm>
#include <cctype>

namespace weft::storage {

using namespace weft::core;

namespace {

const std::string kSelect = std::string("SELECT ") + kCodeColumns + " FROM code c ";

void insertCodeRow(Connection &db, const Code &c, Id coderId, const std::string &createdAt)
{
    Statement &insert = db.cached(
        "INSERT INTO code (id, uuid, parent_id, name, color, description, position, created_at, "
        "created_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    insert.bindAll(c.id ? std::optional<Id>(c.id) : std::nullopt, c.uuid, c.parentId, c.name,
                   c.color, c.description, c.position, createdAt, coderId);
    insert.run();
}

} // namespace

Result<std::string> normalizeColor(const std::string &color)
{
    bool valid = color.size() == 7 && color[0] == '#';
    for (std::size_t i = 1; valid && i < color.size(); ++i)
        valid = std::isxdigit(static_cast<unsigned char>(color[i])) != 0;
    if (!valid) {
        return makeError(ErrorCode::InvalidArgument,
                         "'" + color + "' is not a colour; write it as #RRGGBB, e.g. #1f77b4");
    }
    std::string out = color;
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

Code CodeStore::byUuidOrFail(const std::string &uuid)
{
    Statement &select = m_context.db().cached(kSelect + "WHERE c.uuid = lower(?1)");
    select.bindAll(uuid);
    if (!select.step())
        fail(ErrorCode::NotFound, "no code " + uuid + " in this project");
    return readCode(select);
}

Code CodeStore::byIdOrFail(Id id)
{
    Statement &select = m_context.db().cached(kSelect + "WHERE c.id = ?1");
    select.bindAll(id);
    if (!select.step())
        fail(ErrorCode::NotFound, "no code with id " + std::to_string(id));
    return readCode(select);
}

void CodeStore::checkSiblingName(std::optional<Id> parentId, const std::string &name, Id except)
{
    if (name.empty())
        fail(ErrorCode::InvalidArgument, "a code name cannot be empty");
    Statement &select = m_context.db().cached(
        "SELECT 1 FROM code WHERE ifnull(parent_id, 0) = ?1 AND name = ?2 AND id <> ?3");
    select.bindAll(parentId.value_or(0), name, except);
    if (select.step()) {
        fail(ErrorCode::AlreadyExists,
             "a code named '" + name + "' already exists at that level; choose another name");
    }
}

Result<Code> CodeStore::add(const NewCode &n)
{
    return m_context.write([&] {
        Code c;
        c.uuid = newUuid();
        c.parentId = n.parentId;
        c.name = n.name;
        c.description = n.description;
        if (n.color) {
            auto color = normalizeColor(*n.color);
            if (!color)
                throw StorageFailure(color.error());
            c.color = *color;
        }
        if (n.parentId)
            byIdOrFail(*n.parentId);
        checkSiblingName(n.parentId, n.name, 0);
        Statement &next = m_context.db().cached(
            "SELECT ifnull(max(position), -1) + 1 FROM code WHERE ifnull(parent_id, 0) = ?1");
        next.bindAll(n.parentId.value_or(0));
        next.step();
        c.position = next.int64(0);
        insertCodeRow(m_context.db(), c, m_context.coderId(), m_context.now());
        c.id = m_context.db().lastInsertRowId();
        m_context.audit("code.add", EntityType::Code, c.uuid, nullptr, toJson(c));
        m_context.notify(EntityType::Code, ChangeKind::Added, c.uuid);
        return c;
    });
}

Result<EnsuredCode> CodeStore::ensurePath(const std::vector<std::string> &names)
{
    return m_context.write([&] {
        if (names.empty())
            fail(ErrorCode::InvalidArgument, "an empty code path");
        EnsuredCode out;
        std::optional<Id> parent;
        Statement &find = m_context.db().cached(
            kSelect + "WHERE ifnull(c.parent_id, 0) = ?1 AND c.name = ?2");
        for (const std::string &name : names) {
            find.reset();
            find.bindAll(parent.value_or(0), name);
            if (find.step()) {
                out.code = readCode(find);
            } else {
                auto added = add(NewCode{parent, name, std::nullopt, std::nullopt});
                if (!added)
                    throw StorageFailure(added.error());
                out.code = *added;
                ++out.created;
            }
            parent = out.code.id;
        }
        return out;
    });
}

Result<std::vector<Code>> CodeStore::all()
{
    return m_context.read([&] {
        std::vector<Code> out;
        Statement &select = m_context.db().cached(kSelect + "ORDER BY c.position, c.id");
        while (select.step())
            out.push_back(readCode(select));
        return out;
    });
}

Result<CodeTree> CodeStore::tree()
{
    auto codes = all();
    if (!codes)
        return codes.error();
    return CodeTree(std::move(*codes));
}

Result<Code> CodeStore::get(Id id)
{
    return m_context.read([&] { return byIdOrFail(id); });
}

Result<Code> CodeStore::byUuid(const std::string &uuid)
{
    return m_context.read([&] { return byUuidOrFail(uuid); });
}

Result<Code> CodeStore::resolve(const std::string &pathOrUuid)
{
    return m_context.read([&] {
        return resolveTreePath(m_context.db(), kSelect, "c", pathOrUuid, readCode,
                               "no code '" + pathOrUuid +
                                   "' in this project; `weft-cli codes list` shows the codebook");
    });
}

Result<std::int64_t> CodeStore::count()
{
    return m_context.read([&] {
        Statement &select = m_context.db().cached("SELECT count(*) FROM code");
        select.step();
        return select.int64(0);
    });
}

Result<std::map<Id, std::int64_t>> CodeStore::codingCounts()
{
    return m_context.read([&] {
        std::map<Id, std::int64_t> counts;
        Statement &select =
            m_context.db().cached("SELECT code_id, count(*) FROM coding GROUP BY code_id");
        while (select.step())
            counts[select.int64(0)] = select.int64(1);
        return counts;
    });
}

Result<Code> CodeStore::rename(const std::string &uuid, const std::string &name)
{
    return m_context.write([&] {
        const Code before = byUuidOrFail(uuid);
        checkSiblingName(before.parentId, name, before.id);
        Statement &update = m_context.db().cached("UPDATE code SET name = ?1 WHERE id = ?2");
        update.bindAll(name, before.id);
        update.run();
        m_context.audit("code.rename", EntityType::Code, before.uuid, {{"name", before.name}},
                        {{"name", name}});
        m_context.notify(EntityType::Code, ChangeKind::Changed, before.uuid);
        return before;
    });
}

Code CodeStore::setField(const std::string &uuid, const char *column, const char *action,
                         const std::optional<std::string> &value)
{
    const Code before = byUuidOrFail(uuid);
    Statement &update = m_context.db().cached(std::string("UPDATE code SET ") + column +
                                              " = ?1 WHERE id = ?2");
    update.bindAll(value, before.id);
    update.run();
    const Code after = byIdOrFail(before.id);
    m_context.audit(action, EntityType::Code, before.uuid, toJson(before), toJson(after));
    m_context.notify(EntityType::Code, ChangeKind::Changed, before.uuid);
    return before;
}

Result<Code> CodeStore::setColor(const std::string &uuid, const std::optional<std::string> &color)
{
    return m_context.write([&] {
        std::optional<std::string> value;
        if (color) {
            auto normalized = normalizeColor(*color);
            if (!normalized)
                throw StorageFailure(normalized.error());
            value = *normalized;
        }
        return setField(uuid, "color", "code.color", value);
    });
}

Result<Code> CodeStore::setDescription(const std::string &uuid,
                                       const std::optional<std::string> &description)
{
    return m_context.write(
        [&] { return setField(uuid, "description", "code.description", description); });
}

Result<Code> CodeStore::move(const std::string &uuid, std::optional<Id> parentId,
                             std::int64_t position)
{
    return m_context.write([&] {
        const Code before = byUuidOrFail(uuid);
        // No cycles: the new parent must not be the code or one of its descendants.
        for (std::optional<Id> walk = parentId; walk;) {
            if (*walk == before.id)
                fail(ErrorCode::InvalidArgument, "a code cannot be moved under itself");
            walk = byIdOrFail(*walk).parentId;
        }
        checkSiblingName(parentId, before.name, before.id);
        Connection &db = m_context.db();
        // Renumber the destination siblings so the code lands exactly at `position`.
        std::vector<Id> siblings;
        Statement &select = db.cached(
            "SELECT id FROM code WHERE ifnull(parent_id, 0) = ?1 AND id <> ?2 "
            "ORDER BY position, id");
        select.bindAll(parentId.value_or(0), before.id);
        while (select.step())
            siblings.push_back(select.int64(0));
        const auto at = static_cast<std::size_t>(
            std::clamp<std::int64_t>(position, 0, static_cast<std::int64_t>(siblings.size())));
        siblings.insert(siblings.begin() + static_cast<std::ptrdiff_t>(at), before.id);
        Statement &update =
            db.cached("UPDATE code SET parent_id = ?1, position = ?2 WHERE id = ?3");
        for (std::size_t i = 0; i < siblings.size(); ++i) {
            update.reset();
            update.bindAll(parentId, static_cast<std::int64_t>(i), siblings[i]);
            update.run();
        }
        const Code after = byIdOrFail(before.id);
        m_context.audit("code.move", EntityType::Code, before.uuid, toJson(before), toJson(after));
        m_context.notify(EntityType::Code, ChangeKind::Changed, before.uuid);
        return before;
    });
}

Result<CodeRemoval> CodeStore::remove(const std::string &uuid)
{
    return m_context.write([&] {
        Connection &db = m_context.db();
        const Code root = byUuidOrFail(uuid);
        auto codes = all();
        const CodeTree tree(std::move(*codes));
        CodeRemoval removal;
        for (Id id : tree.subtree(root.id))
            removal.codes.push_back(*tree.find(id));
        for (const Code &code : removal.codes) {
            Statement &codings = db.cached(std::string("SELECT ") + kCodingColumns +
                                           " FROM coding g WHERE g.code_id = ?1");
            codings.bindAll(code.id);
            while (codings.step())
                removal.codings.push_back(readCoding(codings));
            Statement &links = db.cached("SELECT theme_id FROM theme_code WHERE code_id = ?1");
            links.bindAll(code.id);
            while (links.step())
                removal.themeLinks.emplace_back(links.int64(0), code.id);
            for (Memo &memo : MemoStore::takeFor(db, MemoTarget::Code, code.uuid))
                removal.memos.push_back(std::move(memo));
        }
        std::vector<Id> codingIds;
        for (const Coding &coding : removal.codings) {
            codingIds.push_back(coding.id);
            for (Memo &memo : MemoStore::takeFor(db, MemoTarget::Coding, coding.uuid))
                removal.memos.push_back(std::move(memo));
        }
        removal.exemplars = ExemplarStore::takeForCodings(db, codingIds);
        // Children first, so no row ever points at a deleted parent.
        for (auto it = removal.codes.rbegin(); it != removal.codes.rend(); ++it) {
            Statement &delCodings = db.cached("DELETE FROM coding WHERE code_id = ?1");
            delCodings.bindAll(it->id);
            delCodings.run();
            Statement &delLinks = db.cached("DELETE FROM theme_code WHERE code_id = ?1");
            delLinks.bindAll(it->id);
            delLinks.run();
            Statement &del = db.cached("DELETE FROM code WHERE id = ?1");
            del.bindAll(it->id);
            del.run();
        }
        nlohmann::json before = toJson(root);
        before["subcodes"] = removal.codes.size() - 1;
        before["codings"] = removal.codings.size();
        m_context.audit("code.remove", EntityType::Code, root.uuid, before, nullptr);
        for (const Code &code : removal.codes)
            m_context.notify(EntityType::Code, ChangeKind::Removed, code.uuid);
        if (!removal.codings.empty())
            m_context.notify(EntityType::Coding, ChangeKind::Reset);
        return removal;
    });
}

Result<void> CodeStore::restore(const CodeRemoval &removal)
{
    return m_context.write([&] {
        Connection &db = m_context.db();
        const std::string now = m_context.now();
        for (const Code &code : removal.codes)
            insertCodeRow(db, code, m_context.coderId(), now);
        for (const Coding &coding : removal.codings)
            CodingStore::insertRow(db, coding);
        for (const Memo &memo : removal.memos)
            MemoStore::insertRow(db, memo);
        for (const auto &[themeId, codeId] : removal.themeLinks) {
            Statement &link =
                db.cached("INSERT OR IGNORE INTO theme_code (theme_id, code_id) VALUES (?1, ?2)");
            link.bindAll(themeId, codeId);
            link.run();
        }
        ExemplarStore::insertRows(db, removal.exemplars);
        if (removal.codes.empty())
            return;
        const Code &root = removal.codes.front();
        m_context.audit("code.restore", EntityType::Code, root.uuid, nullptr, toJson(root));
        for (const Code &code : removal.codes)
            m_context.notify(EntityType::Code, ChangeKind::Added, code.uuid);
        if (!removal.codings.empty())
            m_context.notify(EntityType::Coding, ChangeKind::Reset);
    });
}

Result<CodeMerge> CodeStore::merge(const std::string &sourceUuid, const std::string &targetUuid)
{
    return m_context.write([&] {
        Connection &db = m_context.db();
        CodeMerge merge;
        merge.source = byUuidOrFail(sourceUuid);
        const Code target = byUuidOrFail(targetUuid);
        merge.targetId = target.id;
        if (merge.source.id == target.id)
            fail(ErrorCode::InvalidArgument, "a code cannot be merged into itself");
        for (std::optional<Id> walk = target.parentId; walk; walk = byIdOrFail(*walk).parentId) {
            if (*walk == merge.source.id)
                fail(ErrorCode::InvalidArgument, "a code cannot be merged into its own sub-code");
        }

        // Codings: move, or collapse when the target already has the same coder and range.
        std::vector<Coding> codings;
        Statement &select = db.cached(std::string("SELECT ") + kCodingColumns +
                                      " FROM coding g WHERE g.code_id = ?1");
        select.bindAll(merge.source.id);
        while (select.step())
            codings.push_back(readCoding(select));
        for (const Coding &c : codings) {
            Statement &dup = db.cached(
                "SELECT id FROM coding WHERE document_id = ?1 AND code_id = ?2 AND coder_id = ?3 "
                "AND start = ?4 AND end = ?5");
            dup.bindAll(c.documentId, target.id, c.coderId, c.start, c.end);
            if (dup.step()) {
                const Id survivor = dup.int64(0);
                dup.reset();
                Statement &memoMove = db.cached(
                    "SELECT 1 FROM memo WHERE target_type = 'coding' AND target_uuid = ?1");
                memoMove.bindAll(c.uuid);
                if (memoMove.step())
                    fail(ErrorCode::InvalidArgument,
                         "a duplicate coding to collapse has a memo; move that memo first");
                // The duplicate's exemplar marks pass to the coding that survives it.
                for (const ExemplarMark &mark : ExemplarStore::takeForCodings(db, {c.id})) {
                    merge.collapsedExemplars.push_back(mark);
                    if (!ExemplarStore::hasMark(db, mark.themeId, survivor)) {
                        ExemplarMark moved = mark;
                        moved.codingId = survivor;
                        ExemplarStore::insertRows(db, {moved});
                        merge.transferredExemplars.push_back(moved);
                    }
                }
                Statement &del = db.cached("DELETE FROM coding WHERE id = ?1");
                del.bindAll(c.id);
                del.run();
                merge.collapsedCodings.push_back(c);
            } else {
                Statement &update = db.cached("UPDATE coding SET code_id = ?1 WHERE id = ?2");
                update.bindAll(target.id, c.id);
                update.run();
                merge.movedCodings.emplace_back(c.id, merge.source.id);
            }
        }
        // Children move under the target, keeping their order after the target's own.
        Statement &children =
            db.cached("SELECT id, name FROM code WHERE parent_id = ?1 ORDER BY position, id");
        children.bindAll(merge.source.id);
        std::vector<std::pair<Id, std::string>> kids;
        while (children.step())
            kids.emplace_back(children.int64(0), children.text(1));
        Statement &next = db.cached(
            "SELECT ifnull(max(position), -1) + 1 FROM code WHERE ifnull(parent_id, 0) = ?1");
        next.bindAll(target.id);
        next.step();
        std::int64_t position = next.int64(0);
        for (const auto &[kid, name] : kids) {
            checkSiblingName(target.id, name, kid);
            Statement &update =
                db.cached("UPDATE code SET parent_id = ?1, position = ?2 WHERE id = ?3");
            update.bindAll(target.id, position++, kid);
            update.run();
            merge.movedChildren.push_back(kid);
        }
        // Memos on the source now describe the target.
        Statement &memos = db.cached(
            "SELECT uuid FROM memo WHERE target_type = 'code' AND target_uuid = ?1");
        memos.bindAll(merge.source.uuid);
        while (memos.step())
            merge.movedMemos.push_back(memos.text(0));
        Statement &retarget = db.cached(
            "UPDATE memo SET target_uuid = ?1 WHERE target_type = 'code' AND target_uuid = ?2");
        retarget.bindAll(target.uuid, merge.source.uuid);
        retarget.run();
        // Theme links.
        Statement &links = db.cached("SELECT theme_id FROM theme_code WHERE code_id = ?1");
        links.bindAll(merge.source.id);
        std::vector<Id> themes;
        while (links.step())
            themes.push_back(links.int64(0));
        for (Id theme : themes) {
            Statement &has =
                db.cached("SELECT 1 FROM theme_code WHERE theme_id = ?1 AND code_id = ?2");
            has.bindAll(theme, target.id);
            if (has.step()) {
                merge.droppedThemeLinks.push_back(theme);
            } else {
                Statement &add =
                    db.cached("INSERT INTO theme_code (theme_id, code_id) VALUES (?1, ?2)");
                add.bindAll(theme, target.id);
                add.run();
                merge.movedThemeLinks.push_back(theme);
            }
        }
        Statement &unlink = db.cached("DELETE FROM theme_code WHERE code_id = ?1");
        unlink.bindAll(merge.source.id);
        unlink.run();
        Statement &del = db.cached("DELETE FROM code WHERE id = ?1");
        del.bindAll(merge.source.id);
        del.run();

        m_context.audit("code.merge", EntityType::Code, merge.source.uuid, toJson(merge.source),
                        {{"into", target.uuid},
                         {"moved_codings", merge.movedCodings.size()},
                         {"collapsed_codings", merge.collapsedCodings.size()}});
        m_context.notify(EntityType::Code, ChangeKind::Removed, merge.source.uuid);
        m_context.notify(EntityType::Code, ChangeKind::Changed, target.uuid);
        m_context.notify(EntityType::Coding, ChangeKind::Reset);
        return merge;
    });
}

Result<void> CodeStore::unmerge(const CodeMerge &merge)
{
    return m_context.write([&] {
        Connection &db = m_context.db();
        const Code target = byIdOrFail(merge.targetId);
        insertCodeRow(db, merge.source, m_context.coderId(), m_context.now());
        for (const auto &[codingId, fromCode] : merge.movedCodings) {
            Statement &update = db.cached("UPDATE coding SET code_id = ?1 WHERE id = ?2");
            update.bindAll(fromCode, codingId);
            update.run();
        }
        for (const Coding &c : merge.collapsedCodings)
            CodingStore::insertRow(db, c);
        ExemplarStore::removeRows(db, merge.transferredExemplars);
        ExemplarStore::insertRows(db, merge.collapsedExemplars);
        for (Id kid : merge.movedChildren) {
            Statement &update = db.cached("UPDATE code SET parent_id = ?1 WHERE id = ?2");
            update.bindAll(merge.source.id, kid);
            update.run();
        }
        for (const std::string &memo : merge.movedMemos) {
            Statement &update = db.cached("UPDATE memo SET target_uuid = ?1 WHERE uuid = ?2");
            update.bindAll(merge.source.uuid, memo);
            update.run();
        }
        for (Id theme : merge.movedThemeLinks) {
            Statement &update = db.cached(
                "UPDATE theme_code SET code_id = ?1 WHERE theme_id = ?2 AND code_id = ?3");
            update.bindAll(merge.source.id, theme, target.id);
            update.run();
        }
        for (Id theme : merge.droppedThemeLinks) {
            Statement &add = db.cached("INSERT INTO theme_code (theme_id, code_id) VALUES (?1, ?2)");
            add.bindAll(theme, merge.source.id);
            add.run();
        }
        m_context.audit("code.unmerge", EntityType::Code, merge.source.uuid, nullptr,
                        toJson(merge.source));
        m_context.notify(EntityType::Code, ChangeKind::Added, merge.source.uuid);
        m_context.notify(EntityType::Code, ChangeKind::Changed, target.uuid);
        m_context.notify(EntityType::Coding, ChangeKind::Reset);
    });
}

} // namespace weft::storage
