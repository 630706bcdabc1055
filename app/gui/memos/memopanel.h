// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/entities.h"
#include "storage/changeevent.h"

#include <QList>
#include <QTimer>
#include <QWidget>

#include <optional>
#include <string>

class QLabel;
class QPlainTextEdit;

namespace weft::app {

class ProjectSession;

/// The "Memo" panel: the memo of whatever the user picked last (the project, a document, a
/// code, a coding or a participant), edited in place. Typing is saved after a short pause, when
/// the subject changes and when the editor loses focus, each time as an undo command
/// (consecutive edits of one memo merge into one undo step).
class MemoPanel : public QWidget {
    Q_OBJECT

public:
    MemoPanel(ProjectSession *session, QWidget *parent = nullptr);

    void setSubject(core::MemoTarget target, const std::string &uuid, const QString &label);
    void showProjectMemo();
    void showDocumentMemo(core::Id documentId);
    void showCodeMemo(std::optional<core::Id> codeId);
    void showCodingMemo(const QString &codingUuid);
    void showParticipantMemo(core::Id participantId);

    /// Saves what was typed and not yet saved.
    void commit();
    QPlainTextEdit *editor() const { return m_editor; }
    QString subjectLabel() const { return m_label; }
    core::MemoTarget subjectTarget() const { return m_target; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void load();
    void onProjectChanged(const QList<storage::ChangeEvent> &events);
    void onTextChanged();

    ProjectSession *m_session;
    QLabel *m_title;
    QPlainTextEdit *m_editor;
    QTimer m_saveTimer;
    core::MemoTarget m_target = core::MemoTarget::Project;
    std::string m_uuid;
    QString m_label;
    bool m_dirty = false;
    bool m_loading = false;
};

} // namespace weft::app
