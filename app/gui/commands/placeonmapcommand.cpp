// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/commands/placeonmapcommand.h"

#include "storage/project.h"

namespace weft::app {

PlaceOnMapCommand::PlaceOnMapCommand(
        ProjectSession *session, std::vector<Placement> placements, const QString &text)
    : ProjectCommand(session, text)
    , m_placements(std::move(placements))
{
}

void PlaceOnMapCommand::redo()
{
    auto before = project().mapLayout().place(m_placements);
    if (succeeded(before))
        m_before = std::move(*before);
}

void PlaceOnMapCommand::undo() { succeeded(project().mapLayout().place(m_before)); }

} // namespace weft::app
