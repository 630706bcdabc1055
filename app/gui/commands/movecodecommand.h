// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/commands/projectcommand.h"
#include "core/model/entities.h"

#include <optional>
#include <string>

namespace weft::app {

/// Moves a code under another (or to the top) at a position among its new siblings; undo puts
/// it back where it was among its old ones.
class MoveCodeCommand : public ProjectCommand {
public:
    MoveCodeCommand(ProjectSession *session, const std::string &codeUuid,
            std::optional<core::Id> parentId, std::int64_t position, const QString &codeName);

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
