// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/commands/movethemecommand.h"

#include "storage/project.h"

#include <QCoreApplication>

#include <algorithm>

namespace weft::app {

MoveThemeCommand::MoveThemeCommand(ProjectSession *session, const std::string &themeUuid,
        std::optional<core::Id> parentId, std::int64_t position, const QString &name)
    : ProjectCommand(session, QCoreApplication::translate("Commands", "Move “%1”").arg(name))
    , m_uuid(themeUuid)
    , m_parent(parentId)
    , m_position(position)
{
}

void MoveThemeCommand::redo()
{
    // Where it was, as an index among its siblings in order: stored positions may have gaps.
    const auto themes = project().themes().all();
    if (!succeeded(themes))
        return;
    const auto self = std::find_if(themes->begin(), themes->end(),
            [&](const core::Theme &t) { return t.uuid == m_uuid; });
    if (self == themes->end()) {
        fail(Error{ErrorCode::NotFound, "the theme no longer exists"});
        return;
    }
    m_oldParent = self->parentId;
    m_oldPosition = 0;
    for (const core::Theme &t : *themes) { // all() is ordered by position
        if (t.parentId == self->parentId && t.uuid != m_uuid && t.position < self->position)
            ++m_oldPosition;
    }
    succeeded(project().themes().move(m_uuid, m_parent, m_position));
}

void MoveThemeCommand::undo()
{
    succeeded(project().themes().move(m_uuid, m_oldParent, m_oldPosition));
}

} // namespace weft::app
