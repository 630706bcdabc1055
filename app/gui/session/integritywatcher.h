// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/result.h"

#include <QObject>
#include <QTimer>

#include <future>

namespace weft::app {

/// Waits for a background integrity check without blocking the event loop: polls the future
/// with a timer and reports once.
class IntegrityWatcher : public QObject {
    Q_OBJECT

public:
    explicit IntegrityWatcher(QObject *parent = nullptr);

    void watch(std::shared_future<Result<void>> check);
    void cancel();
    bool isWatching() const { return m_timer.isActive(); }

Q_SIGNALS:
    void passed();
    void failed(const QString &message);

private:
    void poll();

    QTimer m_timer;
    std::shared_future<Result<void>> m_check;
};

} // namespace weft::app
