// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/commands/projectcommand.h"
#include "storage/codingstore.h"

#include <optional>
#include <string>

namespace weft::app {

/// Codes a range with an existing code. Undo removes the coding; redo puts the very same
/// coding back (same UUID, coder and time). A range the coder already coded with that code
/// changes nothing, and the command drops itself.
class ApplyCodingCommand : public ProjectCommand {
public:
    ApplyCodingCommand(ProjectSession *session, const storage::NewCoding &coding,
            const QString &codePath);

    void redo() override;
    void undo() override;

private:
    storage::NewCoding m_coding;
    std::string m_uuid;
    std::optional<storage::CodingRemoval> m_removal;
};

} // namespace weft::app
