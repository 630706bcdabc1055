// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/commands/projectcommand.h"
#include "core/model/entities.h"

#include <string>

namespace weft::app {

/// Renames a code; undo gives it its old name back.
class RenameCodeCommand : public ProjectCommand {
public:
    RenameCodeCommand(ProjectSession *session, const std::string &codeUuid, const QString &name);

    void redo() override;
    void undo() override;

private:
    std::string m_uuid;
    std::string m_name;
    std::string m_oldName;
};

} // namespace weft::app
