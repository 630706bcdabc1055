// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/commands/themefromcodescommand.h"

#include "storage/project.h"

#include <QCoreApplication>

namespace weft::app {

ThemeFromCodesCommand::ThemeFromCodesCommand(
        ProjectSession *session, const storage::NewTheme &theme, std::vector<core::Id> codeIds)
    : ProjectCommand(session,
            QCoreApplication::translate("Commands", "New theme “%1” from codes")
                    .arg(QString::fromStdString(theme.name)))
    , m_theme(theme)
    , m_codes(std::move(codeIds))
{
}

void ThemeFromCodesCommand::redo()
{
    if (m_removal) {
        if (succeeded(project().themes().restore(*m_removal)))
            m_removal.reset();
        return;
    }
    storage::Project &p = project();
    auto added = p.transaction([&] {
        const core::Theme theme = take(p.themes().add(m_theme));
        for (core::Id code : m_codes)
            take(p.themes().link(theme.uuid, code));
        return theme.uuid;
    });
    if (succeeded(added))
        m_uuid = *added;
}

void ThemeFromCodesCommand::undo()
{
    auto removal = project().themes().remove(m_uuid);
    if (succeeded(removal))
        m_removal = std::move(*removal);
}

} // namespace weft::app
