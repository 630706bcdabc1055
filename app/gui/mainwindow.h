// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

#include <memory>

class QAction;
class QSplitter;
class QStackedWidget;

namespace weft::app {

class CodebookPanel;
class DocumentViewer;
class DocumentsPanel;
class ProjectSession;
class ProjectStatusBar;
class RecentProjects;
class WarningPresenter;
class WelcomePage;

/// The main window: menus, the three panels side by side and the status bar. It only lays
/// out and wires; the session owns the project and the models, each panel runs itself.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    bool openProject(const QString &path);
    bool openSampleProject();
    void closeProject();
    /// Selects and shows a document of the open project by name or UUID.
    bool showDocument(const QString &nameOrUuid);

    /// Replaces how warnings reach the user (tests record them instead of showing a dialog).
    void setWarningPresenter(std::unique_ptr<WarningPresenter> presenter);

    ProjectSession *session() const { return m_session; }
    DocumentsPanel *documentsPanel() const { return m_documents; }
    DocumentViewer *documentViewer() const { return m_viewer; }
    CodebookPanel *codebookPanel() const { return m_codebook; }
    ProjectStatusBar *projectStatusBar() const { return m_statusBar; }
    QSplitter *splitter() const { return m_splitter; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void newProject();
    void chooseProject();
    void showAbout();
    void onOpened();
    void onClosed();
    void updateTitle();
    void showWarning(const QString &title, const QString &message);
    void restoreLayout();
    void saveLayout() const;

    ProjectSession *m_session;
    RecentProjects *m_recent;
    std::unique_ptr<WarningPresenter> m_warnings;
    QStackedWidget *m_stack = nullptr;
    WelcomePage *m_welcome = nullptr;
    QSplitter *m_splitter = nullptr;
    DocumentsPanel *m_documents = nullptr;
    DocumentViewer *m_viewer = nullptr;
    CodebookPanel *m_codebook = nullptr;
    ProjectStatusBar *m_statusBar = nullptr;
    QAction *m_closeAction = nullptr;
};

} // namespace weft::app
