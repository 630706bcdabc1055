// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QStringList>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace weft::app {

class ImportFilesModel;
class ImportPreviewer;
class ImportRunner;
class ProjectSession;

/// File > Import: the user picks files and folders, sees for each what the import will make of
/// it (read on a worker thread), corrects kind and participant, and imports. The import runs
/// on a worker thread with a progress bar and Stop; meanwhile the dialog is modal and the
/// session holds back refreshes, so nothing else reads the project.
class ImportDialog : public QDialog {
    Q_OBJECT

public:
    explicit ImportDialog(ProjectSession *session, QWidget *parent = nullptr);
    ~ImportDialog() override;

    ImportFilesModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    void addPaths(const QStringList &paths);
    /// Starts the import of the checked, readable files; false when there is nothing to import
    /// or files are still being read.
    bool startImport();
    void stopImport();
    bool isImporting() const;
    bool isPreviewing() const;
    QString summaryText() const;

public Q_SLOTS:
    void reject() override;

Q_SIGNALS:
    /// Every listed file has been read.
    void previewsFinished();
    void importFinished();

private:
    void chooseFiles();
    void chooseFolder();
    void removeSelected();
    void onProgress(int done, int total);
    void onFinished();
    void updateState();
    QString previewSummary() const;
    QString resultSummary() const;

    ProjectSession *m_session;
    ImportFilesModel *m_model;
    ImportPreviewer *m_previewer;
    ImportRunner *m_runner;
    QTableView *m_view;
    QPushButton *m_addFiles;
    QPushButton *m_addFolder;
    QPushButton *m_remove;
    QLabel *m_summary;
    QProgressBar *m_progress;
    QDialogButtonBox *m_buttons;
    QPushButton *m_import;
    bool m_refreshPaused = false;
};

} // namespace weft::app
