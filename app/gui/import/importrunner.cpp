// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/import/importrunner.h"

#include <QThread>

namespace weft::app {

ImportRunner::ImportRunner(QObject *parent)
    : QObject(parent)
{
}

ImportRunner::~ImportRunner()
{
    cancel();
    if (m_thread)
        m_thread->wait();
}

void ImportRunner::start(storage::Project *project,
        std::vector<services::ImportRequest> requests, std::size_t total)
{
    Q_ASSERT(!isRunning());
    if (m_thread)
        m_thread->wait();
    m_cancel = false;
    m_thread.reset(QThread::create([this, project, requests = std::move(requests), total] {
        std::vector<services::ImportedFile> files;
        std::size_t before = 0;
        for (const services::ImportRequest &request : requests) {
            if (m_cancel)
                break;
            auto done = services::importFiles(*project, request,
                    [this, before, total](std::size_t file, std::size_t) {
                        const int now = static_cast<int>(before + file);
                        QMetaObject::invokeMethod(
                                this,
                                [this, now, total] {
                                    Q_EMIT progress(now, static_cast<int>(total));
                                },
                                Qt::QueuedConnection);
                        return !m_cancel.load();
                    });
            before += services::expandImportPaths(request.paths).size();
            files.insert(files.end(), std::make_move_iterator(done.begin()),
                    std::make_move_iterator(done.end()));
        }
        QMetaObject::invokeMethod(
                this, [this, files = std::move(files)] { Q_EMIT finished(files); },
                Qt::QueuedConnection);
    }));
    m_thread->setObjectName(QStringLiteral("import"));
    m_thread->start();
}

void ImportRunner::cancel()
{
    m_cancel = true;
}

bool ImportRunner::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

} // namespace weft::app
