// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/commands/deletecodecommand.h"

#include "storage/project.h"

#include <QCoreApplication>

namespace weft::app {

DeleteCodeCommand::DeleteCodeCommand(
        ProjectSession *session, const std::string &codeUuid, const QString &codePath)
    : ProjectCommand(session, QCoreApplication::translate("Commands", "Delete code “%1”").arg(codePath))
    , m_uuid(codeUuid)
{
}

void DeleteCodeCommand::redo()
{
    auto removal = project().codes().remove(m_uuid);
    if (succeeded(removal))
        m_removal = std::move(*removal);
}

void DeleteCodeCommand::undo()
{
    if (m_removal && succeeded(project().codes().restore(*m_removal)))
        m_removal.reset();
}

} // namespace weft::app
