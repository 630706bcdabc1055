// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/commands/removecodingcommand.h"

#include "storage/project.h"

#include <QCoreApplication>

namespace weft::app {

RemoveCodingCommand::RemoveCodingCommand(
        ProjectSession *session, const std::string &codingUuid, const QString &codePath)
    : ProjectCommand(session,
            QCoreApplication::translate("Commands", "Remove coding “%1”").arg(codePath))
    , m_uuid(codingUuid)
{
}

void RemoveCodingCommand::redo()
{
    auto removal = project().codings().remove(m_uuid);
    if (succeeded(removal))
        m_removal = std::move(*removal);
}

void RemoveCodingCommand::undo()
{
    if (m_removal && succeeded(project().codings().restore(*m_removal)))
        m_removal.reset();
}

} // namespace weft::app
