// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/projectstatusbar.h"

#include "app/gui/session/projectsession.h"
#include "storage/project.h"

#include <QLabel>
#include <QLocale>

#include <numeric>

using namespace Qt::StringLiterals;

namespace weft::app {

namespace {
QString counted(std::int64_t n, const QString &one, const QString &many)
{
    return u"%1 %2"_s.arg(QLocale().toString(static_cast<qlonglong>(n)), n == 1 ? one : many);
}
} // namespace

ProjectStatusBar::ProjectStatusBar(ProjectSession *session, QWidget *parent)
    : QStatusBar(parent)
    , m_session(session)
    , m_title(new QLabel(this))
    , m_counts(new QLabel(this))
    , m_coder(new QLabel(this))
{
    for (QLabel *label : {m_title, m_counts, m_coder})
        label->setContentsMargins(6, 0, 6, 0);
    addWidget(m_title, 1);
    addPermanentWidget(m_counts);
    addPermanentWidget(m_coder);

    connect(m_session, &ProjectSession::opened, this, &ProjectStatusBar::refresh);
    connect(m_session, &ProjectSession::closed, this, &ProjectStatusBar::refresh);
    connect(m_session, &ProjectSession::changed, this, &ProjectStatusBar::refresh);
    connect(m_session, &ProjectSession::titleChanged, this, &ProjectStatusBar::refresh);
    connect(m_session, &ProjectSession::coderChanged, this, &ProjectStatusBar::refresh);
    refresh();
}

QString ProjectStatusBar::titleText() const
{
    return m_title->text();
}

QString ProjectStatusBar::countsText() const
{
    return m_counts->text();
}

QString ProjectStatusBar::coderText() const
{
    return m_coder->text();
}

void ProjectStatusBar::refresh()
{
    m_coder->setText(tr("Coder: %1").arg(m_session->coder()));
    storage::Project *project = m_session->project();
    if (!project) {
        m_title->setText(tr("No project open"));
        m_counts->clear();
        return;
    }
    m_title->setText(m_session->title());
    m_title->setToolTip(m_session->filePath());
    auto info = project->info();
    if (!info.ok()) {
        m_counts->setText(QString::fromStdString(info.error().message));
        return;
    }
    const std::int64_t documents
            = std::accumulate(info->documents.begin(), info->documents.end(), std::int64_t{0},
                    [](std::int64_t sum, const auto &entry) { return sum + entry.second; });
    m_counts->setText(QStringList{counted(documents, tr("document"), tr("documents")),
            counted(info->participants, tr("participant"), tr("participants")),
            counted(info->codes, tr("code"), tr("codes")),
            counted(info->codings, tr("coding"), tr("codings"))}
                              .join(u" · "_s));
}

} // namespace weft::app
