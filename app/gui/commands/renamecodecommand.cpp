// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/commands/renamecodecommand.h"

#include "storage/project.h"

#include <QCoreApplication>

namespace weft::app {

RenameCodeCommand::RenameCodeCommand(
        ProjectSession *session, const std::string &codeUuid, const QString &name)
    : ProjectCommand(session, QCoreApplication::translate("Commands", "Rename code to “%1”").arg(name))
    , m_uuid(codeUuid)
    , m_name(name.toStdString())
{
}

void RenameCodeCommand::redo()
{
    const auto before = project().codes().rename(m_uuid, m_name);
    if (succeeded(before))
        m_oldName = before->name;
}

void RenameCodeCommand::undo()
{
    succeeded(project().codes().rename(m_uuid, m_oldName));
}

} // namespace weft::app
