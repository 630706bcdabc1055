// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/report/reportjob.h"

#include "app/render/pdfreportwriter.h"
#include "app/render/qtfigurerenderer.h"
#include "storage/project.h"

#include <QFile>
#include <QThread>

#include <algorithm>

namespace weft::app {

namespace {

/// The work itself, on the worker thread. `step` reports progress; `cancelled` is polled.
template<typename Step>
ReportOutcome buildReport(const ReportRequest &request, const std::atomic<bool> &cancelled, Step step)
{
    ReportOutcome outcome;
    outcome.outputPath = request.outputPath;
    const auto fail = [&](const std::string &message) {
        outcome.cancelled = cancelled.load();
        if (!outcome.cancelled)
            outcome.error = QString::fromStdString(message);
        return outcome;
    };
    step(0, QObject::tr("Reading the project…"));
    storage::OpenOptions readOnly;
    readOnly.readOnly = true;
    auto project = storage::Project::open(QFile::encodeName(request.projectPath).toStdString(), readOnly);
    if (!project)
        return fail(project.error().message);
    services::FindingsReportOptions options = request.options;
    options.progress = [&](int done, int total) {
        step(10 + 60 * done / std::max(total, 1),
                QObject::tr("Writing theme %1 of %2…").arg(std::min(done + 1, total)).arg(total));
        return !cancelled.load();
    };
    auto report = services::buildFindingsReport(**project, options);
    (void)(*project)->close();
    if (!report)
        return fail(report.error().message);
    if (cancelled)
        return fail({});
    step(70, request.format == services::ReportFormat::Pdf ? QObject::tr("Laying out the pages…")
                                                           : QObject::tr("Writing the document…"));
    const render::QtFigureRenderer figures;
    auto bytes = request.format == services::ReportFormat::Pdf
            ? render::PdfReportWriter(&figures).write(report->document)
            : services::renderReport(report->document, request.format, &figures);
    if (!bytes)
        return fail(bytes.error().message);
    if (cancelled)
        return fail({});
    outcome.themes = report->themes;
    outcome.quotes = report->quotes;
    if (request.outputPath.isEmpty()) {
        outcome.bytes = QByteArray::fromStdString(*bytes);
    } else {
        step(95, QObject::tr("Saving…"));
        auto written = services::writeFileAtomically(
                QFile::encodeName(request.outputPath).toStdString(), *bytes);
        if (!written)
            return fail(written.error().message);
    }
    step(100, QObject::tr("Done."));
    return outcome;
}

} // namespace

ReportJob::ReportJob(QObject *parent)
    : QObject(parent)
{
}

ReportJob::~ReportJob()
{
    cancel();
    if (m_thread)
        m_thread->wait();
}

void ReportJob::start(ReportRequest request)
{
    Q_ASSERT(!isRunning());
    if (m_thread)
        m_thread->wait();
    const int generation = ++m_generation;
    auto cancelled = std::make_shared<std::atomic<bool>>(false);
    m_cancel = cancelled;
    m_thread.reset(QThread::create([this, generation, cancelled, request = std::move(request)] {
        ReportOutcome outcome = buildReport(request, *cancelled,
                [&](int percent, const QString &step) { report(generation, percent, step); });
        QMetaObject::invokeMethod(
                this,
                [this, generation, outcome = std::move(outcome)] {
                    if (generation == m_generation)
                        Q_EMIT finished(outcome);
                },
                Qt::QueuedConnection);
    }));
    m_thread->setObjectName(QStringLiteral("report"));
    m_thread->start();
}

void ReportJob::report(int generation, int percent, const QString &step)
{
    QMetaObject::invokeMethod(
            this,
            [this, generation, percent, step] {
                if (generation == m_generation)
                    Q_EMIT progress(percent, step);
            },
            Qt::QueuedConnection);
}

void ReportJob::cancel()
{
    if (m_cancel)
        *m_cancel = true;
}

bool ReportJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

} // namespace weft::app
