// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/commands/describecodecommand.h"

#include "storage/project.h"

#include <QCoreApplication>

namespace weft::app {

DescribeCodeCommand::DescribeCodeCommand(ProjectSession *session, const std::string &codeUuid,
        const std::optional<std::string> &description, const QString &codePath)
    : ProjectCommand(session,
            QCoreApplication::translate("Commands", "Describe “%1”").arg(codePath))
    , m_uuid(codeUuid)
    , m_description(description)
{
}

void DescribeCodeCommand::redo()
{
    const auto before = project().codes().setDescription(m_uuid, m_description);
    if (succeeded(before))
        m_old = before->description;
}

void DescribeCodeCommand::undo()
{
    succeeded(project().codes().setDescription(m_uuid, m_old));
}

} // namespace weft::app
