// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/import/importpreviewer.h"

#include <QThread>

namespace weft::app {

ImportPreviewer::ImportPreviewer(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<FilePreview>();
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->setObjectName(QStringLiteral("import preview"));
    m_thread->start(QThread::LowPriority);
}

ImportPreviewer::~ImportPreviewer()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
        m_jobs.clear();
    }
    m_wake.notify_all();
    m_thread->wait();
}

void ImportPreviewer::request(int ticket, const QString &path, std::optional<core::DocumentKind> kind)
{
    {
        std::lock_guard lock(m_mutex);
        m_jobs.push_back(Job{ticket, path, kind});
    }
    m_wake.notify_one();
}

void ImportPreviewer::cancelPending()
{
    std::lock_guard lock(m_mutex);
    m_jobs.clear();
}

bool ImportPreviewer::isIdle() const
{
    std::lock_guard lock(m_mutex);
    return m_jobs.empty() && m_busy == 0;
}

void ImportPreviewer::run()
{
    for (;;) {
        Job job;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stop || !m_jobs.empty(); });
            if (m_stop)
                return;
            job = std::move(m_jobs.front());
            m_jobs.pop_front();
            ++m_busy;
        }
        FilePreview preview = previewFile(job.path, job.kind);
        // Delivered on the GUI thread; dropped with this object if it is gone by then.
        QMetaObject::invokeMethod(
                this,
                [this, ticket = job.ticket, preview = std::move(preview)] {
                    Q_EMIT previewed(ticket, preview);
                    bool nowIdle = false;
                    {
                        std::lock_guard lock(m_mutex);
                        --m_busy;
                        nowIdle = m_jobs.empty() && m_busy == 0;
                    }
                    if (nowIdle)
                        Q_EMIT idle();
                },
                Qt::QueuedConnection);
    }
}

} // namespace weft::app
