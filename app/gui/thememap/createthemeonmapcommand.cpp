// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/thememap/createthemeonmapcommand.h"

namespace weft::app {

CreateThemeOnMapCommand::CreateThemeOnMapCommand(
        ProjectSession *session, const storage::NewTheme &theme, QPointF at)
    : m_session(session)
    , m_add(session, theme)
    , m_at(at)
{
    setText(m_add.text());
}

void CreateThemeOnMapCommand::redo()
{
    m_add.redo();
    if (m_add.isObsolete()) {
        setObsolete(true);
        return;
    }
    if (!m_place) {
        m_place = std::make_unique<PlaceOnMapCommand>(m_session,
                std::vector<PlaceOnMapCommand::Placement>{
                        {m_add.themeUuid(), storage::MapPoint{m_at.x(), m_at.y()}}},
                text());
    }
    m_place->redo();
    if (m_place->isObsolete()) {
        m_add.undo(); // no theme without its place: the step is all or nothing
        setObsolete(true);
    }
}

void CreateThemeOnMapCommand::undo()
{
    m_place->undo();
    m_add.undo();
}

} // namespace weft::app
