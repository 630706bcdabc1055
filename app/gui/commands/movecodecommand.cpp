// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/commands/movecodecommand.h"

#include "storage/project.h"

#include <QCoreApplication>

#include <algorithm>

namespace weft::app {

MoveCodeCommand::MoveCodeCommand(ProjectSession *session, const std::string &codeUuid,
        std::optional<core::Id> parentId, std::int64_t position, const QString &codeName)
    : ProjectCommand(session, QCoreApplication::translate("Commands", "Move “%1”").arg(codeName))
    , m_uuid(codeUuid)
    , m_parent(parentId)
    , m_position(position)
{
}

void MoveCodeCommand::redo()
{
    // Where it was, as an index among its siblings: stored positions may have gaps.
    const auto tree = project().codes().tree();
    if (!succeeded(tree))
        return;
    const auto code = project().codes().byUuid(m_uuid);
    if (!succeeded(code))
        return;
    const auto &siblings = tree->children(code->parentId.value_or(0));
    m_oldParent = code->parentId;
    m_oldPosition = std::find(siblings.begin(), siblings.end(), code->id) - siblings.begin();
    succeeded(project().codes().move(m_uuid, m_parent, m_position));
}

void MoveCodeCommand::undo()
{
    succeeded(project().codes().move(m_uuid, m_oldParent, m_oldPosition));
}

} // namespace weft::app
