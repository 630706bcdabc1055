// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/commands/addthemecommand.h"
#include "app/gui/commands/placeonmapcommand.h"

#include <QPointF>
#include <QUndoCommand>

#include <memory>

namespace weft::app {

/// Creates a theme where the researcher double-clicked on the map: the theme and its place
/// are one undo step. The place needs the UUID the theme gets, so it is made after the theme.
class CreateThemeOnMapCommand : public QUndoCommand {
public:
    CreateThemeOnMapCommand(ProjectSession *session, const storage::NewTheme &theme, QPointF at);

    void redo() override;
    void undo() override;
    const std::string &themeUuid() const { return m_add.themeUuid(); }

private:
    ProjectSession *m_session;
    AddThemeCommand m_add;
    QPointF m_at;
    std::unique_ptr<PlaceOnMapCommand> m_place;
};

} // namespace weft::app
