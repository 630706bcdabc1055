// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/entities.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QSplitter;
class QStackedWidget;
class QTabWidget;

namespace weft::app {

class CodebookController;
class CodebookPanel;
class CodingController;
class Confirmer;
class DocumentViewer;
class DocumentsPanel;
class ExcerptsPanel;
class ImportController;
class ExportController;
class MemoHubModel;
class MemoHubPanel;
class MemoPanel;
class ParticipantsPanel;
class ProjectSession;
class ProjectStatusBar;
class ThemeEvidencePanel;
class ThemeMapPanel;
class RecentProjects;
class ThemesController;
class ThemesPanel;
class WarningPresenter;
class WelcomePage;

/// The main window: menus, the panels side by side and the status bar. It only lays out and
/// wires; the session owns the project, the models and the undo stack, each panel runs itself
/// and controllers own the actions of their area.
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
    /// Replaces how destructive actions are confirmed (tests answer instead of a dialog).
    void setConfirmer(std::unique_ptr<Confirmer> confirmer);
    /// On the very first start (no coder name saved, none in $WEFT_CODER) asks who codes.
    void askForCoderIfNeeded();
    /// Asks for the name every change is attributed to, and keeps it.
    void chooseCoder();

    ProjectSession *session() const { return m_session; }
    DocumentsPanel *documentsPanel() const { return m_documents; }
    ParticipantsPanel *participantsPanel() const { return m_participants; }
    ImportController *importController() const { return m_import; }
    ExportController *exportController() const { return m_export; }
    DocumentViewer *documentViewer() const { return m_viewer; }
    CodebookPanel *codebookPanel() const { return m_codebook; }
    ExcerptsPanel *excerptsPanel() const { return m_excerpts; }
    MemoPanel *memoPanel() const { return m_memo; }
    ThemeMapPanel *themeMapPanel() const { return m_map; }
    ThemeEvidencePanel *themeEvidencePanel() const { return m_evidence; }
    MemoHubPanel *memoHubPanel() const { return m_memoHub; }
    CodingController *codingController() const { return m_coding; }
    CodebookController *codebookController() const { return m_codebookActions; }
    ThemesPanel *themesPanel() const { return m_themes; }
    ThemesController *themesController() const { return m_themesActions; }
    ProjectStatusBar *projectStatusBar() const { return m_statusBar; }
    QSplitter *splitter() const { return m_splitter; }

    /// Selects a code of the open project in the codebook by path or UUID.
    bool showCode(const QString &pathOrUuid);
    /// Scrolls the shown document to the first occurrence of `text` (in the middle of the
    /// view), selecting it if asked.
    bool findInDocument(const QString &text, bool select);
    /// Opens the quick-code box on the selection with `text` typed (for the documentation).
    void showQuickCode(const QString &text);
    /// Shows a document with a passage selected (what double-clicking an excerpt does).
    bool openExcerpt(core::Id documentId, std::int64_t start, std::int64_t end);
    /// Code > Structure Coding…: every answer, turn or entry of a kind, as one action.
    void showStructureCoding();
    /// Shows the participants tab with one participant selected.
    bool showParticipant(core::Id participantId);

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
    void saveReadingPosition();
    bool restoreReadingPosition();

    ProjectSession *m_session;
    RecentProjects *m_recent;
    std::unique_ptr<WarningPresenter> m_warnings;
    std::unique_ptr<Confirmer> m_confirmer; ///< set by setConfirmer; controllers forward to it
    QStackedWidget *m_stack = nullptr;
    WelcomePage *m_welcome = nullptr;
    QSplitter *m_splitter = nullptr;
    QTabWidget *m_sources = nullptr;
    DocumentsPanel *m_documents = nullptr;
    ParticipantsPanel *m_participants = nullptr;
    ImportController *m_import = nullptr;
    ExportController *m_export = nullptr;
    DocumentViewer *m_viewer = nullptr;
    CodebookPanel *m_codebook = nullptr;
    ExcerptsPanel *m_excerpts = nullptr;
    MemoPanel *m_memo = nullptr;
    MemoHubPanel *m_memoHub = nullptr;
    QSplitter *m_center = nullptr;
    QTabWidget *m_work = nullptr; // the document or the thematic map
    QTabWidget *m_lower = nullptr; // excerpts of a code or evidence of a theme
    ThemeMapPanel *m_map = nullptr;
    ThemeEvidencePanel *m_evidence = nullptr;
    QSplitter *m_side = nullptr;
    CodingController *m_coding = nullptr;
    CodebookController *m_codebookActions = nullptr;
    ThemesPanel *m_themes = nullptr;
    ThemesController *m_themesActions = nullptr;
    ProjectStatusBar *m_statusBar = nullptr;
    QAction *m_closeAction = nullptr;
};

} // namespace weft::app
