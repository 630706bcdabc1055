// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/import/importcontroller.h"

#include "app/gui/import/importdialog.h"
#include "app/gui/session/projectsession.h"
#include "app/services/importservice.h"

#include <QAction>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace weft::app {

namespace {
const auto kTableFolderKey = u"import/participantTableFolder"_s;
}

ImportController::ImportController(ProjectSession *session, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
    , m_importDocuments(new QAction(tr("&Import Documents…"), this))
    , m_importParticipants(new QAction(tr("Import &Participants…"), this))
{
    m_importDocuments->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importDocuments->setStatusTip(
            tr("Add interview transcripts, journals and feedback forms to the project."));
    m_importParticipants->setStatusTip(
            tr("Create or update participants and their attributes from a table."));
    connect(m_importDocuments, &QAction::triggered, this, &ImportController::importDocuments);
    connect(m_importParticipants, &QAction::triggered, this,
            &ImportController::chooseParticipantTable);
    connect(m_session, &ProjectSession::opened, this, &ImportController::updateActions);
    connect(m_session, &ProjectSession::closed, this, &ImportController::updateActions);
    updateActions();
}

void ImportController::updateActions()
{
    m_importDocuments->setEnabled(m_session->isOpen());
    m_importParticipants->setEnabled(m_session->isOpen());
}

void ImportController::importDocuments()
{
    if (!m_session->isOpen())
        return;
    ImportDialog dialog(m_session, m_window);
    dialog.exec();
}

void ImportController::chooseParticipantTable()
{
    if (!m_session->isOpen())
        return;
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import Participants"),
            settings.value(kTableFolderKey, QDir::homePath()).toString(),
            tr("Tables (*.csv *.tsv *.xlsx)") + u";;"_s + tr("All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(kTableFolderKey, QFileInfo(path).absolutePath());
    importParticipants(path);
}

bool ImportController::importParticipants(const QString &path)
{
    if (!m_session->isOpen())
        return false;
    const auto result = services::importParticipants(
            *m_session->project(), QFile::encodeName(path).toStdString(), {});
    if (!result.ok()) {
        m_session->warn(tr("Participants not imported"),
                QString::fromStdString(result.error().message));
        return false;
    }
    Q_EMIT message(tr("Participants from %1: %2 added, %3 updated.")
                           .arg(QFileInfo(path).fileName())
                           .arg(result->created)
                           .arg(result->updated));
    return true;
}

} // namespace weft::app
