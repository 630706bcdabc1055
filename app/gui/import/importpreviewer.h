// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/import/filepreview.h"

#include <QObject>
#include <QString>

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>

class QThread;

namespace weft::app {

/// Reads files for the import preview on one worker thread, in the order asked, and reports
/// each result on the GUI thread. Never touches a project.
class ImportPreviewer : public QObject {
    Q_OBJECT

public:
    explicit ImportPreviewer(QObject *parent = nullptr);
    ~ImportPreviewer() override;

    /// Queues a file; previewed(ticket, ...) follows. A newer ticket for the same row makes
    /// the older result stale; the caller keeps track of that.
    void request(int ticket, const QString &path, std::optional<core::DocumentKind> kind);
    /// Drops every queued request (the file being read finishes, its result is still sent).
    void cancelPending();
    bool isIdle() const;

Q_SIGNALS:
    void previewed(int ticket, const weft::app::FilePreview &preview);
    /// The queue ran empty.
    void idle();

private:
    struct Job {
        int ticket = 0;
        QString path;
        std::optional<core::DocumentKind> kind;
    };

    void run();

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Job> m_jobs;
    int m_busy = 0; ///< jobs taken by the worker and not yet reported
    bool m_stop = false;
    std::unique_ptr<QThread> m_thread;
};

} // namespace weft::app
