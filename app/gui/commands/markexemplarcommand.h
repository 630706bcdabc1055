// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/commands/projectcommand.h"

#include <cstdint>
#include <optional>
#include <string>

namespace weft::app {

/// Marks a coding as an exemplar quote of a theme (or removes the mark). Undo restores the
/// mark at the place it had among the theme's exemplars.
class MarkExemplarCommand : public ProjectCommand {
public:
    enum class Mode { Mark, Unmark };

    MarkExemplarCommand(ProjectSession *session, const std::string &themeUuid,
                        const std::string &codingUuid, Mode mode, const QString &themeName);
    void redo() override;
    void undo() override;

private:
    std::string m_theme;
    std::string m_coding;
    Mode m_mode;
    std::optional<std::int64_t> m_position; ///< where the mark was (unmark) or went (mark)
};

} // namespace weft::app
