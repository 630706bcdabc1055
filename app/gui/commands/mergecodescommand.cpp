// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/commands/mergecodescommand.h"

#include "storage/project.h"

#include <QCoreApplication>

namespace weft::app {

MergeCodesCommand::MergeCodesCommand(ProjectSession *session, const std::string &sourceUuid,
        const std::string &targetUuid, const QString &sourcePath, const QString &targetPath)
    : ProjectCommand(session,
            QCoreApplication::translate("Commands", "Merge “%1” into “%2”")
                    .arg(sourcePath, targetPath))
    , m_source(sourceUuid)
    , m_target(targetUuid)
{
}

void MergeCodesCommand::redo()
{
    auto merge = project().codes().merge(m_source, m_target);
    if (succeeded(merge))
        m_merge = std::move(*merge);
}

void MergeCodesCommand::undo()
{
    if (m_merge && succeeded(project().codes().unmerge(*m_merge)))
        m_merge.reset();
}

} // namespace weft::app
