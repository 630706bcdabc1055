// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/commands/recolorcodecommand.h"

#include "storage/project.h"

#include <QCoreApplication>

namespace weft::app {

RecolorCodeCommand::RecolorCodeCommand(ProjectSession *session, const std::string &codeUuid,
        const std::optional<std::string> &color, const QString &codePath)
    : ProjectCommand(session,
            QCoreApplication::translate("Commands", "Change colour of “%1”").arg(codePath))
    , m_uuid(codeUuid)
    , m_color(color)
{
}

void RecolorCodeCommand::redo()
{
    const auto before = project().codes().setColor(m_uuid, m_color);
    if (succeeded(before))
        m_oldColor = before->color;
}

void RecolorCodeCommand::undo()
{
    succeeded(project().codes().setColor(m_uuid, m_oldColor));
}

} // namespace weft::app
