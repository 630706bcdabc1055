// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/commands/editmemocommand.h"

#include "app/gui/commands/mergeids.h"
#include "storage/project.h"

#include <QCoreApplication>

namespace weft::app {

EditMemoCommand::EditMemoCommand(ProjectSession *session, core::MemoTarget target,
        const std::string &targetUuid, const QString &title, const QString &body,
        const QString &targetLabel)
    : ProjectCommand(session,
            QCoreApplication::translate("Commands", "Edit memo on %1").arg(targetLabel))
    , m_target(target)
    , m_targetUuid(targetUuid)
    , m_title(title.toStdString())
    , m_body(body.toStdString())
{
}

void EditMemoCommand::redo()
{
    if (!apply())
        return;
    m_firstRedo = false;
}

bool EditMemoCommand::apply()
{
    storage::MemoStore &memos = project().memos();
    if (m_firstRedo) {
        const auto current = memos.forTarget(m_target, m_targetUuid);
        if (!succeeded(current))
            return false;
        m_existed = !current->empty();
        if (m_existed) {
            m_before = current->front();
            m_memoUuid = m_before.uuid;
        } else if (m_body.empty()) {
            setObsolete(true); // no memo, and none wanted
            return false;
        } else {
            const auto added = memos.add(m_target, m_targetUuid, m_title, m_body);
            if (!succeeded(added))
                return false;
            m_memoUuid = added->uuid;
            return true;
        }
    } else if (!m_existed) {
        return m_gone && succeeded(memos.restore(*m_gone));
    }
    if (m_body.empty())
        return succeeded(memos.remove(m_memoUuid));
    return succeeded(memos.update(m_memoUuid, m_title, m_body));
}

void EditMemoCommand::undo()
{
    storage::MemoStore &memos = project().memos();
    if (!m_existed) {
        auto removed = memos.remove(m_memoUuid);
        if (succeeded(removed))
            m_gone = std::move(*removed);
    } else if (m_body.empty()) {
        succeeded(memos.restore(m_before));
    } else {
        succeeded(memos.update(m_memoUuid, m_before.title, m_before.body));
    }
}

int EditMemoCommand::id() const
{
    return static_cast<int>(MergeId::EditMemo);
}

bool EditMemoCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const EditMemoCommand *>(other);
    // Only a further change of the memo this command leaves behind merges in.
    if (next->m_target != m_target || next->m_targetUuid != m_targetUuid || !next->m_existed
            || next->m_memoUuid != m_memoUuid || m_body.empty() || next->m_body.empty())
        return false;
    m_title = next->m_title;
    m_body = next->m_body;
    return true;
}

} // namespace weft::app
