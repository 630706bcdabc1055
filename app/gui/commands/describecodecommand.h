// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/commands/projectcommand.h"
#include "core/model/entities.h"

#include <optional>
#include <string>

namespace weft::app {

/// Sets a code's description (definition, when to use it, an example); undo restores the old.
class DescribeCodeCommand : public ProjectCommand {
public:
    DescribeCodeCommand(ProjectSession *session, const std::string &codeUuid,
            const std::optional<std::string> &description, const QString &codePath);

    void redo() override;
    void undo() override;

private:
    std::string m_uuid;
    std::optional<std::string> m_description;
    std::optional<std::string> m_old;
};

} // namespace weft::app
