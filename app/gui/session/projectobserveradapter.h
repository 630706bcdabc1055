// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/changeevent.h"

#include <QList>
#include <QMetaType>
#include <QObject>

Q_DECLARE_METATYPE(weft::storage::ChangeEvent)

namespace weft::app {

/// Adapts storage's Qt-free observer interface to one Qt signal, delivered on this object's
/// thread (queued when storage notifies from another thread).
class ProjectObserverAdapter
    : public QObject
    , public storage::ProjectObserver {
    Q_OBJECT

public:
    explicit ProjectObserverAdapter(QObject *parent = nullptr);

    void projectChanged(const std::vector<storage::ChangeEvent> &events) override;

Q_SIGNALS:
    void changed(const QList<weft::storage::ChangeEvent> &events);
};

/// True when any event touches one of the given entity types.
bool touches(const QList<storage::ChangeEvent> &events,
        std::initializer_list<storage::EntityType> types);

} // namespace weft::app
