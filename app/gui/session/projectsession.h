// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/changeevent.h"

#include <QList>
#include <QObject>
#include <QString>

#include <memory>

class QUndoCommand;
class QUndoStack;

namespace weft::storage {
class Project;
}

namespace weft::app {

class CodebookModel;
class DocumentListModel;
class ExcerptListModel;
class IntegrityWatcher;
class ParticipantTableModel;
class ProjectObserverAdapter;

/// The open project and everything that lives exactly as long as it: the storage Project, the
/// observer that turns its notifications into Qt signals, the background integrity check, the
/// undo stack and the item models the panels show. At most one project is open per session.
class ProjectSession : public QObject {
    Q_OBJECT

public:
    explicit ProjectSession(QObject *parent = nullptr);
    ~ProjectSession() override;

    /// Opens `path` in place of the open project. On failure emits warning(), keeps the project
    /// that was open and returns false.
    bool open(const QString &path);
    /// Creates a project file and opens it in place of the open project.
    bool create(const QString &path, const QString &title);
    /// Closes the open project (checkpointing it into one file); no-op when none is open.
    void close();

    bool isOpen() const { return m_project != nullptr; }
    storage::Project *project() const { return m_project.get(); }
    QString filePath() const { return m_path; }
    QString title() const { return m_title; }

    QString coder() const { return m_coder; }
    void setCoder(const QString &name);

    DocumentListModel *documentModel() const { return m_documents; }
    CodebookModel *codebookModel() const { return m_codebook; }
    ParticipantTableModel *participantModel() const { return m_participants; }
    ExcerptListModel *excerptModel() const { return m_excerpts; }

    /// Every analytic action goes through this stack; it is emptied when the project closes.
    QUndoStack *undoStack() const { return m_undo; }
    /// Pushes a command (which runs it). False when it failed; the user has been warned and
    /// the command is not on the stack.
    bool execute(QUndoCommand *command);
    /// Called by a command whose storage call failed: warns the user once.
    void reportCommandFailure(const QString &message);
    /// Tells the user something went wrong (through the warning() signal).
    void warn(const QString &title, const QString &message);

    /// While paused, storage notifications are held back and delivered together on resume, so
    /// that no model reads the project while a worker thread writes to it (import). Nests.
    void pauseRefresh();
    void resumeRefresh();
    bool isRefreshPaused() const { return m_pauseDepth > 0; }

Q_SIGNALS:
    void opened();
    /// The project is about to close: last chance to save pending edits through it.
    void aboutToClose();
    void closed();
    /// Storage committed a change (after the models have updated).
    void changed(const QList<weft::storage::ChangeEvent> &events);
    void titleChanged(const QString &title);
    void coderChanged(const QString &coder);
    /// Something the user must be told; `message` comes from storage and says what to do.
    void warning(const QString &title, const QString &message);

private:
    void adopt(std::unique_ptr<storage::Project> project, const QString &path);
    void onStorageChanged(const QList<storage::ChangeEvent> &events);
    void dispatch(const QList<storage::ChangeEvent> &events);
    void refreshTitle();

    std::unique_ptr<storage::Project> m_project;
    QString m_path;
    QString m_title;
    QString m_coder;
    ProjectObserverAdapter *m_observer = nullptr;
    IntegrityWatcher *m_integrity = nullptr;
    DocumentListModel *m_documents = nullptr;
    CodebookModel *m_codebook = nullptr;
    ParticipantTableModel *m_participants = nullptr;
    ExcerptListModel *m_excerpts = nullptr;
    QUndoStack *m_undo = nullptr;
    bool m_commandFailed = false;
    int m_pauseDepth = 0;
    QList<storage::ChangeEvent> m_held;
};

} // namespace weft::app
