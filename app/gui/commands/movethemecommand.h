// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/commands/projectcommand.h"
#include "core/model/entities.h"

#include <optional>
#include <string>

namespace weft::app {

/// Moves a theme under another theme (or to the top) at a position among its siblings, which
/// makes it a sub-theme. Undo puts it back where it was.
class MoveThemeCommand : public ProjectCommand {
public:
    MoveThemeCommand(ProjectSession *session, const std::string &themeUuid,
                     std::optional<core::Id> parentId, std::int64_t position, const QString &name);
    void redo() override;
    void undo() override;

private:
    std::string m_uuid;
    std::optional<core::Id> m_parent;
    std::int64_t m_position;
    std::optional<core::Id> m_oldParent;
    std::int64_t m_oldPosition = 0;
};

} // namespace weft::app
