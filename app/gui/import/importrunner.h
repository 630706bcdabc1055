// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/services/importservice.h"

#include <QObject>

#include <atomic>
#include <memory>
#include <vector>

class QThread;

namespace weft::storage {
class Project;
}

namespace weft::app {

/// Runs services::importFiles for a list of requests on a worker thread, reporting progress
/// and the outcome on the GUI thread. The project has one connection and is not thread-safe:
/// the caller must keep everything else off it until finished() (ProjectSession::pauseRefresh
/// and a modal dialog do that).
class ImportRunner : public QObject {
    Q_OBJECT

public:
    explicit ImportRunner(QObject *parent = nullptr);
    ~ImportRunner() override;

    /// Starts importing; `total` is the number of files over all requests, for progress.
    void start(storage::Project *project, std::vector<services::ImportRequest> requests,
            std::size_t total);
    /// Stops after the file being imported; what was imported stays.
    void cancel();
    bool isRunning() const;
    bool wasCancelled() const { return m_cancel.load(); }

Q_SIGNALS:
    void progress(int done, int total);
    void finished(const std::vector<weft::services::ImportedFile> &files);

private:
    std::unique_ptr<QThread> m_thread;
    std::atomic<bool> m_cancel{false};
};

} // namespace weft::app
