// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/mainwindow.h"

#include "app/gui/codebook/codebookpanel.h"
#include "app/gui/documents/documentspanel.h"
#include "app/gui/documents/documentviewer.h"
#include "app/gui/models/documentlistmodel.h"
#include "app/gui/projectstatusbar.h"
#include "app/gui/recentprojectsmenu.h"
#include "app/gui/session/projectsession.h"
#include "app/gui/session/recentprojects.h"
#include "app/gui/session/sampleproject.h"
#include "app/gui/warningpresenter.h"
#include "app/gui/welcomepage.h"
#include "storage/project.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>

using namespace Qt::StringLiterals;

namespace weft::app {

namespace {
const auto kGeometryKey = u"mainWindow/geometry"_s;
const auto kSplitterKey = u"mainWindow/splitter"_s;
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
    m_viewer = new DocumentViewer(m_session, this);
    m_codebook = new CodebookPanel(m_session->codebookModel(), this);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_documents);
    m_splitter->addWidget(m_viewer);
    m_splitter->addWidget(m_codebook);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    m_splitter->setSizes({280, 800, 320});

    m_welcome = new WelcomePage(m_recent, this);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_splitter);
    setCentralWidget(m_stack);

    m_statusBar = new ProjectStatusBar(m_session, this);
    setStatusBar(m_statusBar);
    createMenus();

    connect(m_session, &ProjectSession::opened, this, &MainWindow::onOpened);
    connect(m_session, &ProjectSession::closed, this, &MainWindow::onClosed);
    connect(m_session, &ProjectSession::titleChanged, this, &MainWindow::updateTitle);
    connect(m_session, &ProjectSession::warning, this, &MainWindow::showWarning);
    connect(m_documents, &DocumentsPanel::documentSelected, m_viewer,
            &DocumentViewer::showDocument);
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
    m_closeAction = file->addAction(
            tr("&Close Project"), QKeySequence::Close, this, &MainWindow::closeProject);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setMenuRole(QAction::QuitRole);

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

void MainWindow::setWarningPresenter(std::unique_ptr<WarningPresenter> presenter)
{
    m_warnings = std::move(presenter);
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
    if (auto first = m_session->documentModel()->firstDocument())
        m_documents->selectDocument(*first);
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
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kSplitterKey, m_splitter->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    m_session->close();
    event->accept();
}

} // namespace weft::app
