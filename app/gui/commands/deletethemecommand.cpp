// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/commands/deletethemecommand.h"

#include "storage/project.h"

#include <QCoreApplication>

namespace weft::app {

DeleteThemeCommand::DeleteThemeCommand(
        ProjectSession *session, const std::string &themeUuid, const QString &name)
    : ProjectCommand(session, QCoreApplication::translate("Commands", "Delete theme “%1”").arg(name))
    , m_uuid(themeUuid)
{
}

void DeleteThemeCommand::redo()
{
    auto removal = project().themes().remove(m_uuid);
    if (succeeded(removal))
        m_removal = std::move(*removal);
}

void DeleteThemeCommand::undo()
{
    if (m_removal && succeeded(project().themes().restore(*m_removal)))
        m_removal.reset();
}

} // namespace weft::app
