// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/commands/projectcommand.h"
#include "storage/themestore.h"

#include <optional>
#include <string>

namespace weft::app {

/// Creates a theme (at the top or under a parent). Undo deletes it; redo restores it with the
/// same UUID, so later commands that refer to it stay valid.
class AddThemeCommand : public ProjectCommand {
public:
    AddThemeCommand(ProjectSession *session, const storage::NewTheme &theme);
    void redo() override;
    void undo() override;
    /// The new theme's UUID once redo has run (empty before or on failure).
    const std::string &themeUuid() const { return m_uuid; }

private:
    storage::NewTheme m_theme;
    std::string m_uuid;
    std::optional<storage::ThemeRemoval> m_removal;
};

} // namespace weft::app
