// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/commands/projectcommand.h"
#include "storage/codestore.h"

#include <optional>
#include <string>

namespace weft::app {

/// Creates a code under a parent (or at the top). Undo deletes it; redo restores it with the
/// same UUID, so later commands that refer to it stay valid.
class AddCodeCommand : public ProjectCommand {
public:
    AddCodeCommand(ProjectSession *session, const storage::NewCode &code);

    void redo() override;
    void undo() override;

    /// The new code's id once redo has run (0 before or on failure).
    core::Id codeId() const { return m_id; }

private:
    storage::NewCode m_code;
    core::Id m_id = 0;
    std::string m_uuid;
    std::optional<storage::CodeRemoval> m_removal;
};

} // namespace weft::app
