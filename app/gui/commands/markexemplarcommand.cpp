// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/commands/markexemplarcommand.h"

#include "storage/project.h"

#include <QCoreApplication>

namespace weft::app {

MarkExemplarCommand::MarkExemplarCommand(ProjectSession *session, const std::string &themeUuid,
        const std::string &codingUuid, Mode mode, const QString &themeName)
    : ProjectCommand(session,
            mode == Mode::Mark
                    ? QCoreApplication::translate("Commands", "Mark an exemplar of “%1”").arg(themeName)
                    : QCoreApplication::translate("Commands", "Unmark an exemplar of “%1”")
                              .arg(themeName))
    , m_theme(themeUuid)
    , m_coding(codingUuid)
    , m_mode(mode)
{
}

void MarkExemplarCommand::redo()
{
    storage::ExemplarStore &exemplars = project().exemplars();
    if (m_mode == Mode::Mark) {
        auto outcome = exemplars.mark(m_theme, m_coding, m_position);
        if (!succeeded(outcome))
            return;
        if (!outcome->created)
            setObsolete(true); // marked already: nothing changed, nothing to undo
        m_position = outcome->mark.position;
        return;
    }
    auto removed = exemplars.unmark(m_theme, m_coding);
    if (!succeeded(removed))
        return;
    if (!*removed) {
        setObsolete(true);
        return;
    }
    m_position = (*removed)->position;
}

void MarkExemplarCommand::undo()
{
    storage::ExemplarStore &exemplars = project().exemplars();
    if (m_mode == Mode::Mark)
        succeeded(exemplars.unmark(m_theme, m_coding));
    else
        succeeded(exemplars.mark(m_theme, m_coding, m_position));
}

} // namespace weft::app
