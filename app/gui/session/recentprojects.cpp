// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/session/recentprojects.h"

#include <QFileInfo>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace weft::app {

namespace {
const auto kRecentKey = u"recentProjects"_s;
}

RecentProjects::RecentProjects(QObject *parent)
    : QObject(parent)
{
}

QStringList RecentProjects::paths() const
{
    const QStringList all = stored();
    QStringList existing;
    for (const QString &path : all) {
        if (QFileInfo(path).isFile() && !existing.contains(path))
            existing.append(path);
    }
    while (existing.size() > kMaximum)
        existing.removeLast();
    if (existing != all)
        store(existing);
    return existing;
}

void RecentProjects::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = paths();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > kMaximum)
        list.removeLast();
    store(list);
    Q_EMIT changed();
}

void RecentProjects::remove(const QString &path)
{
    QStringList list = stored();
    if (list.removeAll(QFileInfo(path).absoluteFilePath()) > 0) {
        store(list);
        Q_EMIT changed();
    }
}

void RecentProjects::clear()
{
    store({});
    Q_EMIT changed();
}

QStringList RecentProjects::stored() const
{
    return QSettings().value(kRecentKey).toStringList();
}

void RecentProjects::store(const QStringList &list) const
{
    QSettings settings;
    if (list.isEmpty())
        settings.remove(kRecentKey);
    else
        settings.setValue(kRecentKey, list);
}

} // namespace weft::app
