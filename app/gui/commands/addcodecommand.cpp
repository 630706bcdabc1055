// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/commands/addcodecommand.h"

#include "storage/project.h"

#include <QCoreApplication>

namespace weft::app {

AddCodeCommand::AddCodeCommand(ProjectSession *session, const storage::NewCode &code)
    : ProjectCommand(session,
            QCoreApplication::translate("Commands", "New code “%1”")
                    .arg(QString::fromStdString(code.name)))
    , m_code(code)
{
}

void AddCodeCommand::redo()
{
    if (m_removal) {
        if (succeeded(project().codes().restore(*m_removal)))
            m_removal.reset();
        return;
    }
    const auto added = project().codes().add(m_code);
    if (!succeeded(added))
        return;
    m_id = added->id;
    m_uuid = added->uuid;
}

void AddCodeCommand::undo()
{
    auto removal = project().codes().remove(m_uuid);
    if (succeeded(removal))
        m_removal = std::move(*removal);
}

} // namespace weft::app
