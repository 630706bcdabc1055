// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/session/projectsession.h"

#include "app/gui/models/codebookmodel.h"
#include "app/gui/models/documentlistmodel.h"
#include "app/gui/models/excerptlistmodel.h"
#include "app/gui/models/participanttablemodel.h"
#include "app/gui/session/coderidentity.h"
#include "app/gui/session/integritywatcher.h"
#include "app/gui/session/projectobserveradapter.h"
#include "storage/project.h"

#include <QFile>
#include <QFileInfo>
#include <QUndoStack>

#include <set>
#include <utility>

namespace weft::app {

namespace {
std::string nativePath(const QString &path)
{
    return QFile::encodeName(path).toStdString();
}
} // namespace

ProjectSession::ProjectSession(QObject *parent)
    : QObject(parent)
    , m_coder(CoderIdentity::current())
    , m_observer(new ProjectObserverAdapter(this))
    , m_integrity(new IntegrityWatcher(this))
    , m_documents(new DocumentListModel(this))
    , m_codebook(new CodebookModel(this))
    , m_participants(new ParticipantTableModel(this))
    , m_excerpts(new ExcerptListModel(this))
    , m_undo(new QUndoStack(this))
{
    connect(m_observer, &ProjectObserverAdapter::changed, this, &ProjectSession::onStorageChanged);
    connect(m_integrity, &IntegrityWatcher::failed, this, [this](const QString &message) {
        Q_EMIT warning(tr("Project may be damaged"), message);
    });
}

ProjectSession::~ProjectSession()
{
    close();
}

bool ProjectSession::open(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (isOpen() && absolute == m_path)
        return true;
    storage::OpenOptions options;
    options.coder = m_coder.toStdString();
    auto opened = storage::Project::open(nativePath(absolute), options);
    if (!opened.ok()) {
        Q_EMIT warning(tr("Cannot open project"), QString::fromStdString(opened.error().message));
        return false;
    }
    adopt(std::move(opened.value()), absolute);
    return true;
}

bool ProjectSession::create(const QString &path, const QString &title)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    auto created = storage::Project::create(
            nativePath(absolute), title.toStdString(), m_coder.toStdString());
    if (!created.ok()) {
        Q_EMIT warning(
                tr("Cannot create project"), QString::fromStdString(created.error().message));
        return false;
    }
    adopt(std::move(created.value()), absolute);
    return true;
}

void ProjectSession::adopt(std::unique_ptr<storage::Project> project, const QString &path)
{
    close();
    m_project = std::move(project);
    m_path = path;
    m_project->addObserver(m_observer);
    m_documents->setProject(m_project.get());
    m_codebook->setProject(m_project.get());
    m_participants->setProject(m_project.get());
    m_excerpts->setProject(m_project.get());
    refreshTitle();
    // After an unclean shutdown open() already ran the check before returning.
    if (!m_project->recoveredFromUncleanShutdown())
        m_integrity->watch(m_project->checkIntegrityInBackground());
    Q_EMIT opened();
}

void ProjectSession::close()
{
    if (!m_project)
        return;
    Q_EMIT aboutToClose();
    m_integrity->cancel();
    // Commands refer to this project's entities; none may outlive it.
    m_undo->clear();
    m_held.clear();
    m_documents->setProject(nullptr);
    m_codebook->setProject(nullptr);
    m_participants->setProject(nullptr);
    m_excerpts->setProject(nullptr);
    m_project->removeObserver(m_observer);
    const Result<void> closing = m_project->close();
    m_project.reset();
    m_path.clear();
    m_title.clear();
    Q_EMIT closed();
    if (!closing.ok())
        Q_EMIT warning(
                tr("Project not closed cleanly"), QString::fromStdString(closing.error().message));
}

void ProjectSession::setCoder(const QString &name)
{
    if (name == m_coder)
        return;
    m_coder = name;
    if (m_project)
        m_project->setCoder(name.toStdString());
    Q_EMIT coderChanged(m_coder);
}

bool ProjectSession::execute(QUndoCommand *command)
{
    m_commandFailed = false;
    m_undo->push(command);
    return !std::exchange(m_commandFailed, false);
}

void ProjectSession::reportCommandFailure(const QString &message)
{
    m_commandFailed = true;
    Q_EMIT warning(tr("The change was not made"), message);
}

void ProjectSession::warn(const QString &title, const QString &message)
{
    Q_EMIT warning(title, message);
}

void ProjectSession::pauseRefresh()
{
    ++m_pauseDepth;
}

void ProjectSession::resumeRefresh()
{
    if (m_pauseDepth == 0 || --m_pauseDepth > 0 || m_held.isEmpty())
        return;
    // One reset per entity type stands for everything that happened meanwhile.
    std::set<storage::EntityType> types;
    for (const storage::ChangeEvent &event : std::as_const(m_held))
        types.insert(event.type);
    m_held.clear();
    QList<storage::ChangeEvent> events;
    for (storage::EntityType type : types)
        events.append(storage::ChangeEvent{type, storage::ChangeKind::Reset, {}});
    dispatch(events);
}

void ProjectSession::onStorageChanged(const QList<storage::ChangeEvent> &events)
{
    if (!m_project)
        return;
    if (isRefreshPaused()) {
        m_held.append(events);
        return;
    }
    dispatch(events);
}

void ProjectSession::dispatch(const QList<storage::ChangeEvent> &events)
{
    m_documents->onProjectChanged(events);
    m_codebook->onProjectChanged(events);
    m_participants->onProjectChanged(events);
    m_excerpts->onProjectChanged(events);
    if (touches(events, {storage::EntityType::Project}))
        refreshTitle();
    Q_EMIT changed(events);
}

void ProjectSession::refreshTitle()
{
    if (!m_project)
        return;
    auto title = m_project->title();
    const QString newTitle = title.ok() && !title->empty() ? QString::fromStdString(*title)
                                                           : QFileInfo(m_path).completeBaseName();
    if (newTitle != m_title) {
        m_title = newTitle;
        Q_EMIT titleChanged(m_title);
    }
}

} // namespace weft::app
