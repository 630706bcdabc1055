// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/commands/projectcommand.h"
#include "core/model/entities.h"

#include <optional>
#include <string>

namespace weft::app {

/// Sets the memo of one entity (document, code, coding, participant, project): adds it when
/// there is none, changes it, or removes it when the text is emptied. Consecutive edits of the
/// same memo merge into one undo step, so typing a paragraph is undone in one go.
class EditMemoCommand : public ProjectCommand {
public:
    EditMemoCommand(ProjectSession *session, core::MemoTarget target,
            const std::string &targetUuid, const QString &title, const QString &body,
            const QString &targetLabel);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    bool apply();

    core::MemoTarget m_target;
    std::string m_targetUuid;
    std::string m_title;
    std::string m_body;
    bool m_firstRedo = true;
    bool m_existed = false;
    core::Memo m_before; ///< the memo before the first redo, when there was one
    std::string m_memoUuid;
    std::optional<core::Memo> m_gone; ///< a memo this command added, as undo removed it
};

} // namespace weft::app
