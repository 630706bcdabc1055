// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/evidence/reorderexemplarcommand.h"

#include "storage/project.h"

#include <QCoreApplication>

namespace weft::app {

ReorderExemplarCommand::ReorderExemplarCommand(ProjectSession *session,
        const std::string &themeUuid, const std::string &codingUuid, std::int64_t position,
        const QString &themeName)
    : ProjectCommand(session,
            QCoreApplication::translate("Commands", "Reorder the exemplar quotes of “%1”")
                    .arg(themeName))
    , m_theme(themeUuid)
    , m_coding(codingUuid)
    , m_position(position)
{
}

bool ReorderExemplarCommand::moveTo(std::int64_t position, std::int64_t *from)
{
    storage::Project &p = project();
    auto done = p.transaction([&] {
        const auto removed = take(p.exemplars().unmark(m_theme, m_coding));
        if (!removed)
            throw storage::StorageFailure(Error{ErrorCode::NotFound,
                    "The quote is no longer an exemplar of this theme; nothing was moved."});
        take(p.exemplars().mark(m_theme, m_coding, position));
        return removed->position;
    });
    if (!succeeded(done))
        return false;
    if (from)
        *from = *done;
    return true;
}

void ReorderExemplarCommand::redo()
{
    if (moveTo(m_position, &m_from) && m_from == m_position)
        setObsolete(true); // already there
}

void ReorderExemplarCommand::undo()
{
    moveTo(m_from, nullptr);
}

} // namespace weft::app
