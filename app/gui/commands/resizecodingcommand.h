// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/commands/projectcommand.h"
#include "core/model/entities.h"

#include <string>

namespace weft::app {

/// Moves a coding's boundaries to a new range; undo puts the old range back.
class ResizeCodingCommand : public ProjectCommand {
public:
    ResizeCodingCommand(ProjectSession *session, const std::string &codingUuid,
            std::int64_t start, std::int64_t end, const QString &codePath);

    void redo() override;
    void undo() override;

private:
    void resize(std::int64_t start, std::int64_t end, bool remember);

    std::string m_uuid;
    std::int64_t m_start;
    std::int64_t m_end;
    std::int64_t m_oldStart = 0;
    std::int64_t m_oldEnd = 0;
};

} // namespace weft::app
