// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/mainwindow.h"

#include "app/gui/codebook/codebookcontroller.h"
#include "app/gui/codebook/codebookpanel.h"
#include "app/gui/confirmer.h"
#include "app/gui/documents/codingcontroller.h"
#include "app/gui/documents/documentspanel.h"
#include "app/gui/documents/documentviewer.h"
#include "app/gui/documents/quickcodebox.h"
#include "app/gui/evidence/themeevidencepanel.h"
#include "app/gui/excerpts/excerptspanel.h"
#include "app/gui/memos/memohubmodel.h"
#include "app/gui/memos/memohubpanel.h"
#include "app/gui/memos/memopanel.h"
#include "app/gui/import/importcontroller.h"
#include "app/gui/models/codebookmodel.h"
#include "app/gui/models/documentlistmodel.h"
#include "app/gui/models/participanttablemodel.h"
#include "app/gui/participants/participantspanel.h"
#include "app/gui/projectstatusbar.h"
#include "app/gui/recentprojectsmenu.h"
#include "app/gui/report/exportcontroller.h"
#include "app/gui/session/coderidentity.h"
#include "app/gui/session/projectsession.h"
#include "app/gui/session/readingpositions.h"
#include "app/gui/session/recentprojects.h"
#include "app/gui/session/sampleproject.h"
#include "app/gui/thememap/thememappanel.h"
#include "app/gui/thememap/thememapscene.h"
#include "app/gui/thememap/thememapview.h"
#include "app/gui/themes/themescontroller.h"
#include "app/gui/themes/themespanel.h"
#include "app/gui/structure/structurecodingdialog.h"
#include "app/gui/warningpresenter.h"
#include "app/gui/welcomepage.h"
#include "storage/project.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace weft::app {

namespace {
const auto kGeometryKey = u"mainWindow/geometry"_s;
const auto kSplitterKey = u"mainWindow/splitter"_s;
const auto kCenterKey = u"mainWindow/centerSplitter"_s;
const auto kSideKey = u"mainWindow/sideSplitter3"_s; // codebook, themes, memo
const auto kLastFolderKey = u"mainWindow/lastFolder"_s;
const auto kProjectFilter = QT_TRANSLATE_NOOP("MainWindow", "Weft projects (*.weft)");
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_session(new ProjectSession(this))
    , m_recent(new RecentProjects(this))
    , m_warnings(std::make_unique<WarningPresenter>())
{
    m_documents = new DocumentsPanel(m_session->documentModel(), this);
    m_participants = new ParticipantsPanel(m_session->participantModel(), this);
    m_viewer = new DocumentViewer(m_session, this);
    m_codebook = new CodebookPanel(m_session->codebookModel(), this);
    m_excerpts = new ExcerptsPanel(m_session->excerptModel(), m_session->participantModel(), this);
    m_memo = new MemoPanel(m_session, this);
    m_map = new ThemeMapPanel(m_session, this);
    m_evidence = new ThemeEvidencePanel(m_session, this);
    m_memoHub = new MemoHubPanel(new MemoHubModel(m_session, this), this);
    m_import = new ImportController(m_session, this);
    m_export = new ExportController(m_session, this);
    m_coding = new CodingController(m_session, m_viewer);
    m_codebookActions = new CodebookController(m_session, m_codebook);
    m_themes = new ThemesPanel(m_session, this);
    m_themesActions = new ThemesController(m_session, m_themes, m_codebook);

    // The study's sources: documents and the people behind them, one tab each.
    m_sources = new QTabWidget(this);
    m_sources->setDocumentMode(true);
    m_sources->addTab(m_documents, tr("Documents"));
    m_sources->addTab(m_participants, tr("Participants"));
    m_sources->addTab(m_memoHub, tr("Memos"));

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    // The text over the excerpts of the chosen code; the codebook over the themes and the memo.
    m_center = new QSplitter(Qt::Vertical, this);
    m_center->setObjectName(u"centerSplitter"_s);
    m_center->setChildrenCollapsible(false);
    m_work = new QTabWidget(this);
    m_work->setObjectName(u"workTabs"_s);
    m_work->setDocumentMode(true);
    m_work->addTab(m_viewer, tr("Document"));
    m_work->addTab(m_map, tr("Thematic map"));
    m_lower = new QTabWidget(this);
    m_lower->setObjectName(u"lowerTabs"_s);
    m_lower->setDocumentMode(true);
    m_lower->addTab(m_excerpts, tr("Excerpts"));
    m_lower->addTab(m_evidence, tr("Theme evidence"));
    m_center->addWidget(m_work);
    m_center->addWidget(m_lower);
    m_center->setStretchFactor(0, 3);
    m_center->setStretchFactor(1, 1);
    m_side = new QSplitter(Qt::Vertical, this);
    m_side->setObjectName(u"sideSplitter"_s);
    m_side->setChildrenCollapsible(false);
    m_side->addWidget(m_codebook);
    m_side->addWidget(m_themes);
    m_side->addWidget(m_memo);
    m_side->setStretchFactor(0, 3);
    m_side->setStretchFactor(1, 3);
    m_side->setStretchFactor(2, 1);

    m_splitter->addWidget(m_sources);
    m_splitter->addWidget(m_center);
    m_splitter->addWidget(m_side);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    m_splitter->setSizes({260, 740, 400});

    m_welcome = new WelcomePage(m_recent, this);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_splitter);
    setCentralWidget(m_stack);

    m_statusBar = new ProjectStatusBar(m_session, this);
    setStatusBar(m_statusBar);
    createMenus();

    connect(m_session, &ProjectSession::opened, this, &MainWindow::onOpened);
    connect(m_session, &ProjectSession::aboutToClose, this, &MainWindow::saveReadingPosition);
    connect(m_session, &ProjectSession::closed, this, &MainWindow::onClosed);
    connect(m_session, &ProjectSession::titleChanged, this, &MainWindow::updateTitle);
    connect(m_session, &ProjectSession::warning, this, &MainWindow::showWarning);
    connect(m_documents, &DocumentsPanel::documentSelected, m_viewer,
            &DocumentViewer::showDocument);
    connect(m_codebook, &CodebookPanel::currentCodeChanged, this, [this](std::optional<core::Id> code) {
        m_excerpts->setCode(code,
                code ? QString::fromStdString(m_session->codebookModel()->tree().path(*code))
                     : QString());
        m_memo->showCodeMemo(code);
    });
    connect(m_excerpts, &ExcerptsPanel::excerptActivated, this, &MainWindow::openExcerpt);
    connect(m_evidence, &ThemeEvidencePanel::excerptActivated, this, &MainWindow::openExcerpt);
    connect(m_map->scene(), &ThemeMapScene::currentThemeChanged, this,
            [this](std::optional<std::string> theme) {
                m_evidence->setTheme(theme);
                m_lower->setCurrentWidget(m_evidence);
            });
    // A theme picked in the themes panel: its evidence, its place on the map and its memo.
    connect(m_themes, &ThemesPanel::currentThemeChanged, this,
            [this](const std::optional<std::string> &theme) {
                m_evidence->setTheme(theme);
                m_map->view()->showTheme(theme);
                if (!theme || !m_session->isOpen())
                    return;
                if (auto t = m_session->project()->themes().byUuid(*theme); t.ok())
                    m_memo->setSubject(core::MemoTarget::Theme, t->uuid,
                            tr("theme %1").arg(QString::fromStdString(t->name)));
            });
    connect(m_themes, &ThemesPanel::themeActivated, this, [this] {
        m_lower->setCurrentWidget(m_evidence);
    });
    connect(m_map, &ThemeMapPanel::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    connect(m_documents, &DocumentsPanel::documentSelected, m_memo, &MemoPanel::showDocumentMemo);
    connect(m_participants, &ParticipantsPanel::participantSelected, m_memo,
            &MemoPanel::showParticipantMemo);
    connect(m_viewer, &DocumentViewer::codingActivated, m_memo, &MemoPanel::showCodingMemo);
    connect(m_memoHub, &MemoHubPanel::projectRequested, m_memo, &MemoPanel::showProjectMemo);
    connect(m_memoHub, &MemoHubPanel::documentRequested, m_documents,
            &DocumentsPanel::selectDocument);
    connect(m_memoHub, &MemoHubPanel::codingRequested, this,
            [this](core::Id document, std::int64_t start, std::int64_t end, const QString &uuid) {
                if (openExcerpt(document, start, end))
                    m_viewer->activateCoding(uuid);
            });
    connect(m_memoHub, &MemoHubPanel::codeRequested, m_codebook, &CodebookPanel::selectCode);
    connect(m_memoHub, &MemoHubPanel::participantRequested, this, &MainWindow::showParticipant);
    connect(m_memoHub, &MemoHubPanel::themeRequested, this, [this](const QString &uuid) {
        if (!m_session->isOpen())
            return;
        if (auto theme = m_session->project()->themes().byUuid(uuid.toStdString()); theme.ok())
            m_themes->selectTheme(theme->id);
    });
    connect(m_participants, &ParticipantsPanel::importRequested, m_import,
            &ImportController::chooseParticipantTable);
    connect(m_import, &ImportController::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_export, &ExportController::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_coding, &CodingController::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    connect(m_welcome, &WelcomePage::newProjectRequested, this, &MainWindow::newProject);
    connect(m_welcome, &WelcomePage::openProjectRequested, this, &MainWindow::chooseProject);
    connect(m_welcome, &WelcomePage::sampleRequested, this, &MainWindow::openSampleProject);
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::openProject);

    restoreLayout();
    onClosed();
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Project…"), QKeySequence::New, this, &MainWindow::newProject);
    file->addAction(tr("&Open Project…"), QKeySequence::Open, this, &MainWindow::chooseProject);
    auto *recent = new RecentProjectsMenu(m_recent, this);
    connect(recent, &RecentProjectsMenu::openRequested, this, &MainWindow::openProject);
    file->addMenu(recent);
    file->addAction(tr("Open &Sample Study"), this, &MainWindow::openSampleProject);
    file->addSeparator();
    file->addAction(m_import->importDocumentsAction());
    file->addAction(m_import->importParticipantsAction());
    file->addSeparator();
    file->addAction(m_export->reportAction());
    file->addAction(m_export->excerptsAction());
    file->addAction(m_export->codebookAction());
    file->addSeparator();
    m_closeAction = file->addAction(
            tr("&Close Project"), QKeySequence::Close, this, &MainWindow::closeProject);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_session->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    QAction *redo = m_session->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(tr("Coder &Name…"), this, &MainWindow::chooseCoder);

    QMenu *code = menuBar()->addMenu(tr("&Code"));
    code->addAction(m_coding->quickCodeAction());
    code->addAction(m_coding->codeWithAction());
    code->addAction(m_coding->inVivoAction());
    code->addAction(tr("&Structure Coding…"), this, &MainWindow::showStructureCoding);
    code->addSeparator();
    code->addAction(m_coding->nextTurnAction());
    code->addAction(m_coding->previousTurnAction());
    code->addSeparator();
    code->addAction(m_coding->snapToWordsAction());

    QMenu *codebook = menuBar()->addMenu(tr("Code&book"));
    codebook->addAction(m_codebookActions->newCodeAction());
    codebook->addAction(m_codebookActions->newSubcodeAction());
    codebook->addAction(m_codebookActions->renameAction());
    codebook->addAction(m_codebookActions->colorAction());
    codebook->addAction(m_codebookActions->describeAction());
    codebook->addSeparator();
    codebook->addAction(m_codebookActions->mergeAction());
    codebook->addAction(m_codebookActions->deleteAction());

    m_themesActions->addActionsTo(menuBar()->addMenu(tr("&Themes")));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Weft"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

bool MainWindow::openProject(const QString &path)
{
    return m_session->open(path);
}

bool MainWindow::openSampleProject()
{
    const Result<QString> copy = SampleProject::userCopy();
    if (!copy.ok()) {
        showWarning(tr("Sample study not available"), QString::fromStdString(copy.error().message));
        return false;
    }
    return openProject(*copy);
}

void MainWindow::closeProject()
{
    m_session->close();
}

bool MainWindow::showDocument(const QString &nameOrUuid)
{
    if (!m_session->isOpen())
        return false;
    auto document = m_session->project()->documents().resolve(nameOrUuid.toStdString());
    if (!document.ok()) {
        showWarning(tr("Document not found"), QString::fromStdString(document.error().message));
        return false;
    }
    return m_documents->selectDocument(document->id);
}

bool MainWindow::showCode(const QString &pathOrUuid)
{
    if (!m_session->isOpen())
        return false;
    auto code = m_session->project()->codes().resolve(pathOrUuid.toStdString());
    if (!code.ok()) {
        showWarning(tr("Code not found"), QString::fromStdString(code.error().message));
        return false;
    }
    return m_codebook->selectCode(code->id);
}

bool MainWindow::findInDocument(const QString &text, bool select)
{
    DocumentTextView *view = m_viewer->textView();
    view->moveCursor(QTextCursor::Start);
    if (!view->find(text))
        return false;
    // Centre the passage rather than leaving it on the last line.
    const int y = view->cursorRect().center().y();
    view->verticalScrollBar()->setValue(
            view->verticalScrollBar()->value() + y - view->viewport()->height() / 2);
    if (!select) {
        QTextCursor cursor = view->textCursor();
        cursor.clearSelection();
        view->setTextCursor(cursor);
    }
    return true;
}

void MainWindow::showQuickCode(const QString &text)
{
    m_coding->openQuickCode();
    m_coding->quickCodeBox()->lineEdit()->setText(text);
}

bool MainWindow::openExcerpt(core::Id documentId, std::int64_t start, std::int64_t end)
{
    if (!m_documents->selectDocument(documentId))
        return false;
    m_work->setCurrentWidget(m_viewer);
    m_viewer->selectRange(start, end);
    m_viewer->textView()->setFocus(Qt::OtherFocusReason);
    return true;
}

void MainWindow::showStructureCoding()
{
    if (!m_session->isOpen())
        return;
    StructureCodingDialog dialog(m_session, m_codebook->currentCode(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto passages = dialog.ranges().size();
    statusBar()->showMessage(passages == 1 ? tr("Coded 1 passage with %1.").arg(dialog.codePath())
                                           : tr("Coded %1 passages with %2.")
                                                     .arg(passages)
                                                     .arg(dialog.codePath()),
            5000);
}

bool MainWindow::showParticipant(core::Id participantId)
{
    auto *sorted = qobject_cast<QSortFilterProxyModel *>(m_participants->view()->model());
    const QModelIndex index = sorted
            ? sorted->mapFromSource(m_session->participantModel()->indexOfParticipant(participantId))
            : QModelIndex();
    if (!index.isValid())
        return false;
    m_sources->setCurrentWidget(m_participants);
    m_participants->view()->setCurrentIndex(index);
    m_participants->view()->scrollTo(index);
    m_memo->showParticipantMemo(participantId);
    return true;
}

void MainWindow::setWarningPresenter(std::unique_ptr<WarningPresenter> presenter)
{
    m_warnings = std::move(presenter);
}

void MainWindow::setConfirmer(std::unique_ptr<Confirmer> confirmer)
{
    m_confirmer = std::move(confirmer);
    m_codebookActions->setConfirmer(std::make_unique<ForwardingConfirmer>(m_confirmer.get()));
    m_themesActions->setConfirmer(std::make_unique<ForwardingConfirmer>(m_confirmer.get()));
    m_map->setConfirmer(std::make_unique<ForwardingConfirmer>(m_confirmer.get()));
}

void MainWindow::askForCoderIfNeeded()
{
    // Tests and headless runs never block on a question.
    if (!CoderIdentity::saved().isEmpty() || !qEnvironmentVariableIsEmpty("WEFT_CODER")
            || QGuiApplication::platformName() == u"offscreen"_s)
        return;
    chooseCoder();
}

void MainWindow::chooseCoder()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Who Is Coding?"),
            tr("Your name as a coder. Every code you apply and every change you make carries it, "
               "so a team can tell its members' work apart."),
            QLineEdit::Normal, m_session->coder(), &ok)
                                 .simplified();
    if (!ok || name.isEmpty())
        return;
    CoderIdentity::save(name);
    m_session->setCoder(name);
}

void MainWindow::newProject()
{
    QSettings settings;
    const QString folder = settings.value(kLastFolderKey, QDir::homePath()).toString();
    QString path = QFileDialog::getSaveFileName(this, tr("New Project"),
            QDir(folder).filePath(tr("Untitled.weft")), tr(kProjectFilter), nullptr,
            QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (!path.endsWith(u".weft"_s, Qt::CaseInsensitive))
        path += u".weft"_s;
    settings.setValue(kLastFolderKey, QFileInfo(path).absolutePath());
    m_session->create(path, QFileInfo(path).completeBaseName());
}

void MainWindow::chooseProject()
{
    QSettings settings;
    const QString folder = settings.value(kLastFolderKey, QDir::homePath()).toString();
    const QString path = QFileDialog::getOpenFileName(
            this, tr("Open Project"), folder, tr(kProjectFilter) + u";;"_s + tr("All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(kLastFolderKey, QFileInfo(path).absolutePath());
    openProject(path);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Weft"),
            tr("<h3>Weft %1</h3>"
               "<p>A workbench for qualitative data analysis: import interviews, journals and "
               "feedback forms, code them, gather codes into themes and report your findings.</p>"
               "<p>Free software under the GNU General Public License, version 3 or later.</p>")
                    .arg(QApplication::applicationVersion()));
}

void MainWindow::onOpened()
{
    m_recent->add(m_session->filePath());
    m_stack->setCurrentWidget(m_splitter);
    m_closeAction->setEnabled(true);
    updateTitle();
    if (!restoreReadingPosition()) {
        if (auto first = m_session->documentModel()->firstDocument())
            m_documents->selectDocument(*first);
    }
}

void MainWindow::saveReadingPosition()
{
    const auto &document = m_viewer->document();
    if (!document)
        return;
    ReadingPositions::save(m_session->filePath(),
            {QString::fromStdString(document->uuid), m_viewer->firstVisibleCodePoint()});
}

bool MainWindow::restoreReadingPosition()
{
    const auto position = ReadingPositions::load(m_session->filePath());
    if (!position)
        return false;
    auto document = m_session->project()->documents().resolve(position->documentUuid.toStdString());
    if (!document.ok() || !m_documents->selectDocument(document->id))
        return false;
    m_viewer->scrollToCodePoint(position->codePoint);
    return true;
}

void MainWindow::onClosed()
{
    m_stack->setCurrentWidget(m_welcome);
    m_closeAction->setEnabled(false);
    updateTitle();
}

void MainWindow::updateTitle()
{
    setWindowTitle(m_session->isOpen() ? tr("%1 — Weft").arg(m_session->title()) : tr("Weft"));
    setWindowFilePath(m_session->filePath());
}

void MainWindow::showWarning(const QString &title, const QString &message)
{
    m_warnings->showWarning(this, title, message);
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(1400, 880);
    m_splitter->restoreState(settings.value(kSplitterKey).toByteArray());
    if (!m_center->restoreState(settings.value(kCenterKey).toByteArray()))
        m_center->setSizes({620, 200});
    if (!m_side->restoreState(settings.value(kSideKey).toByteArray()))
        m_side->setSizes({280, 420, 100});
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kSplitterKey, m_splitter->saveState());
    settings.setValue(kCenterKey, m_center->saveState());
    settings.setValue(kSideKey, m_side->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    m_session->close();
    event->accept();
}

} // namespace weft::app
