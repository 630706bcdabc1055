// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/commands/projectcommand.h"
#include "storage/codingstore.h"

#include <optional>
#include <string>

namespace weft::app {

/// Uncodes: removes one coding (and its memos). Undo puts it back exactly, same UUID.
class RemoveCodingCommand : public ProjectCommand {
public:
    RemoveCodingCommand(ProjectSession *session, const std::string &codingUuid,
            const QString &codePath);

    void redo() override;
    void undo() override;

private:
    std::string m_uuid;
    std::optional<storage::CodingRemoval> m_removal;
};

} // namespace weft::app
