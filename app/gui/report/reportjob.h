// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/services/findingsreport.h"
#include "app/services/reportoutput.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class QThread;

namespace weft::app {

/// A findings report to build: from which project file, with which options, in which format,
/// written where (no output path: the bytes are handed back, for a preview).
struct ReportRequest {
    QString projectPath;
    services::FindingsReportOptions options;
    services::ReportFormat format = services::ReportFormat::Docx;
    QString outputPath;
};

struct ReportOutcome {
    bool cancelled = false;
    QString error; ///< empty on success
    QByteArray bytes; ///< the report, when the request named no output file
    QString outputPath;
    int themes = 0;
    int quotes = 0;
    bool ok() const { return !cancelled && error.isEmpty(); }
};

/// Builds a findings report and writes it on a worker thread. The worker reads the project
/// through a read-only connection of its own (storage::Project is not thread-safe, and the
/// window keeps its own connection in use), so the window stays responsive. Cancelling stops
/// between themes and before writing; a file is only ever written whole (through a temporary
/// file and a rename), so a cancelled export leaves none.
class ReportJob : public QObject {
    Q_OBJECT

public:
    explicit ReportJob(QObject *parent = nullptr);
    /// Cancels a running build and waits for it.
    ~ReportJob() override;

    void start(ReportRequest request);
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    /// 0-100, with what is being done.
    void progress(int percent, const QString &step);
    /// Once per start(), on the GUI thread.
    void finished(const weft::app::ReportOutcome &outcome);

private:
    void report(int generation, int percent, const QString &step);

    std::unique_ptr<QThread> m_thread;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    int m_generation = 0;
};

} // namespace weft::app
