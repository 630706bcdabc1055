// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/session/integritywatcher.h"

#include <chrono>

namespace weft::app {

IntegrityWatcher::IntegrityWatcher(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(std::chrono::milliseconds(150));
    connect(&m_timer, &QTimer::timeout, this, &IntegrityWatcher::poll);
}

void IntegrityWatcher::watch(std::shared_future<Result<void>> check)
{
    m_check = std::move(check);
    if (m_check.valid())
        m_timer.start();
}

void IntegrityWatcher::cancel()
{
    m_timer.stop();
    m_check = {};
}

void IntegrityWatcher::poll()
{
    if (!m_check.valid()) {
        m_timer.stop();
        return;
    }
    if (m_check.wait_for(std::chrono::seconds(0)) != std::future_status::ready)
        return;
    m_timer.stop();
    const Result<void> &result = m_check.get();
    if (result.ok())
        Q_EMIT passed();
    else
        Q_EMIT failed(QString::fromStdString(result.error().message));
    m_check = {};
}

} // namespace weft::app
