// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/session/projectobserveradapter.h"

#include <QThread>

#include <algorithm>

namespace weft::app {

ProjectObserverAdapter::ProjectObserverAdapter(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<QList<storage::ChangeEvent>>();
}

void ProjectObserverAdapter::projectChanged(const std::vector<storage::ChangeEvent> &events)
{
    QList<storage::ChangeEvent> list(events.begin(), events.end());
    if (QThread::currentThread() == thread()) {
        Q_EMIT changed(list);
        return;
    }
    QMetaObject::invokeMethod(
            this, [this, list] { Q_EMIT changed(list); }, Qt::QueuedConnection);
}

bool touches(
        const QList<storage::ChangeEvent> &events, std::initializer_list<storage::EntityType> types)
{
    return std::any_of(events.begin(), events.end(), [&](const storage::ChangeEvent &event) {
        return std::find(types.begin(), types.end(), event.type) != types.end();
    });
}

} // namespace weft::app
