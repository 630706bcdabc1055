// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/changeevent.h"

#include <QList>
#include <QObject>
#include <QString>

#include <memory>

namespace weft::storage {
class Project;
}

namespace weft::app {

class CodebookModel;
class DocumentListModel;
class IntegrityWatcher;
class ProjectObserverAdapter;

/// The open project and everything that lives exactly as long as it: the storage Project, the
/// observer that turns its notifications into Qt signals, the background integrity check and
/// the item models the panels show. At most one project is open per session.
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

Q_SIGNALS:
    void opened();
    void closed();
    /// Storage committed a change (after the models have updated).
    void changed(const QList<weft::storage::ChangeEvent> &events);
    void titleChanged(const QString &title);
    /// Something the user must be told; `message` comes from storage and says what to do.
    void warning(const QString &title, const QString &message);

private:
    void adopt(std::unique_ptr<storage::Project> project, const QString &path);
    void onStorageChanged(const QList<storage::ChangeEvent> &events);
    void refreshTitle();

    std::unique_ptr<storage::Project> m_project;
    QString m_path;
    QString m_title;
    QString m_coder;
    ProjectObserverAdapter *m_observer = nullptr;
    IntegrityWatcher *m_integrity = nullptr;
    DocumentListModel *m_documents = nullptr;
    CodebookModel *m_codebook = nullptr;
};

} // namespace weft::app
