// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/commands/projectcommand.h"
#include "storage/themestore.h"

#include <optional>
#include <string>

namespace weft::app {

/// Deletes a theme with its sub-themes, code links, memos and exemplar marks (the codes and
/// codings stay). Undo puts all of it back with the same UUIDs.
class DeleteThemeCommand : public ProjectCommand {
public:
    DeleteThemeCommand(ProjectSession *session, const std::string &themeUuid, const QString &name);
    void redo() override;
    void undo() override;

private:
    std::string m_uuid;
    std::optional<storage::ThemeRemoval> m_removal;
};

} // namespace weft::app
