// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/commands/projectcommand.h"
#include "storage/themestore.h"

#include <optional>
#include <string>
#include <vector>

namespace weft::app {

/// Creates a theme with codes already linked, in one transaction (dropping codes where there is
/// no theme yet). Undo deletes the theme with its links; redo restores both with the same UUID.
class ThemeFromCodesCommand : public ProjectCommand {
public:
    ThemeFromCodesCommand(ProjectSession *session, const storage::NewTheme &theme,
                          std::vector<core::Id> codeIds);
    void redo() override;
    void undo() override;
    /// The new theme's UUID once redo has run (empty before or on failure).
    const std::string &themeUuid() const { return m_uuid; }

private:
    storage::NewTheme m_theme;
    std::vector<core::Id> m_codes;
    std::string m_uuid;
    std::optional<storage::ThemeRemoval> m_removal;
};

} // namespace weft::app
