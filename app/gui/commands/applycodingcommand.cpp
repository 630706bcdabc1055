// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/commands/applycodingcommand.h"

#include "storage/project.h"

#include <QCoreApplication>

namespace weft::app {

ApplyCodingCommand::ApplyCodingCommand(
        ProjectSession *session, const storage::NewCoding &coding, const QString &codePath)
    : ProjectCommand(session, QCoreApplication::translate("Commands", "Code with “%1”").arg(codePath))
    , m_coding(coding)
{
}

void ApplyCodingCommand::redo()
{
    if (m_removal) {
        if (succeeded(project().codings().restore(*m_removal)))
            m_removal.reset();
        return;
    }
    const auto outcome = project().codings().add(m_coding);
    if (!succeeded(outcome))
        return;
    if (!outcome->created) {
        setObsolete(true); // already coded: nothing to undo
        return;
    }
    m_uuid = outcome->coding.uuid;
}

void ApplyCodingCommand::undo()
{
    auto removal = project().codings().remove(m_uuid);
    if (succeeded(removal))
        m_removal = std::move(*removal);
}

} // namespace weft::app
