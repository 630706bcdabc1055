// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/commands/projectcommand.h"
#include "core/model/entities.h"

#include <optional>
#include <string>

namespace weft::app {

/// Gives a code a colour ("#rrggbb"), or none so it takes its parent's; undo restores the old.
class RecolorCodeCommand : public ProjectCommand {
public:
    RecolorCodeCommand(ProjectSession *session, const std::string &codeUuid,
            const std::optional<std::string> &color, const QString &codePath);

    void redo() override;
    void undo() override;

private:
    std::string m_uuid;
    std::optional<std::string> m_color;
    std::optional<std::string> m_oldColor;
};

} // namespace weft::app
