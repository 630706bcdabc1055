// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/commands/addthemecommand.h"

#include "storage/project.h"

#include <QCoreApplication>

namespace weft::app {

AddThemeCommand::AddThemeCommand(ProjectSession *session, const storage::NewTheme &theme)
    : ProjectCommand(session,
            QCoreApplication::translate("Commands", "New theme “%1”")
                    .arg(QString::fromStdString(theme.name)))
    , m_theme(theme)
{
}

void AddThemeCommand::redo()
{
    if (m_removal) {
        if (succeeded(project().themes().restore(*m_removal)))
            m_removal.reset();
        return;
    }
    const auto added = project().themes().add(m_theme);
    if (succeeded(added))
        m_uuid = added->uuid;
}

void AddThemeCommand::undo()
{
    auto removal = project().themes().remove(m_uuid);
    if (succeeded(removal))
        m_removal = std::move(*removal);
}

} // namespace weft::app
