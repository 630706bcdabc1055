// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/recentprojectsmenu.h"

#include "app/gui/session/recentprojects.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace weft::app {

RecentProjectsMenu::RecentProjectsMenu(RecentProjects *recent, QWidget *parent)
    : QMenu(tr("Open &Recent"), parent)
    , m_recent(recent)
{
    connect(this, &QMenu::aboutToShow, this, &RecentProjectsMenu::rebuild);
    connect(m_recent, &RecentProjects::changed, this, &RecentProjectsMenu::rebuild);
    rebuild();
}

void RecentProjectsMenu::rebuild()
{
    clear();
    const QStringList paths = m_recent->paths();
    setEnabled(!paths.isEmpty());
    int number = 1;
    for (const QString &path : paths) {
        const QString label = u"&%1  %2"_s.arg(number++).arg(QFileInfo(path).fileName());
        QAction *action = addAction(label);
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { Q_EMIT openRequested(path); });
    }
    if (!paths.isEmpty()) {
        addSeparator();
        addAction(tr("&Clear Menu"), m_recent, &RecentProjects::clear);
    }
}

} // namespace weft::app
