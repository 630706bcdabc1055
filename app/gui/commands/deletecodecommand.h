// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/commands/projectcommand.h"
#include "storage/codestore.h"

#include <optional>
#include <string>

namespace weft::app {

/// Deletes a code with its sub-codes, codings, memos and theme links; undo restores them all
/// with their UUIDs. Asking the user first is the caller's job.
class DeleteCodeCommand : public ProjectCommand {
public:
    DeleteCodeCommand(ProjectSession *session, const std::string &codeUuid, const QString &codePath);

    void redo() override;
    void undo() override;

private:
    std::string m_uuid;
    std::optional<storage::CodeRemoval> m_removal;
};

} // namespace weft::app
