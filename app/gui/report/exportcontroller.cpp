// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/report/exportcontroller.h"

#include "app/gui/report/reportdialog.h"
#include "app/gui/session/projectsession.h"
#include "app/services/exports.h"
#include "app/services/exportscodebook.h"
#include "app/services/reportoutput.h"
#include "storage/project.h"

#include <QAction>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace weft::app {

ExportController::ExportController(ProjectSession *session, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
    , m_report(new QAction(tr("Export Findings &Report…"), this))
    , m_excerpts(new QAction(tr("Export &Excerpts…"), this))
    , m_codebook(new QAction(tr("Export Code&book…"), this))
{
    m_report->setStatusTip(tr("Write the findings report as a Word document, PDF, web page or Markdown."));
    m_excerpts->setStatusTip(tr("Write every coded excerpt as a table (CSV or Excel)."));
    m_codebook->setStatusTip(tr("Write the codebook with descriptions and counts (Word or CSV)."));
    connect(m_report, &QAction::triggered, this, &ExportController::exportReport);
    connect(m_excerpts, &QAction::triggered, this, &ExportController::chooseExcerptsFile);
    connect(m_codebook, &QAction::triggered, this, &ExportController::chooseCodebookFile);
    connect(m_session, &ProjectSession::opened, this, &ExportController::updateActions);
    connect(m_session, &ProjectSession::closed, this, &ExportController::updateActions);
    updateActions();
}

void ExportController::updateActions()
{
    for (QAction *action : {m_report, m_excerpts, m_codebook})
        action->setEnabled(m_session->isOpen());
}

void ExportController::exportReport()
{
    if (!m_session->isOpen())
        return;
    ReportDialog dialog(m_session, m_window);
    dialog.exec();
}

QString ExportController::saveFileName(const QString &title, const QString &baseName, const QString &filters)
{
    const QFileInfo project(m_session->filePath());
    return QFileDialog::getSaveFileName(m_window, title,
            project.absoluteDir().filePath(project.completeBaseName() + baseName), filters);
}

void ExportController::chooseExcerptsFile()
{
    if (!m_session->isOpen())
        return;
    const QString path = saveFileName(tr("Export Excerpts"), tr(" - excerpts") + u".xlsx"_s,
            tr("Excel workbook (*.xlsx)") + u";;"_s + tr("CSV, UTF-8 (*.csv)"));
    if (!path.isEmpty())
        exportExcerpts(path);
}

void ExportController::chooseCodebookFile()
{
    if (!m_session->isOpen())
        return;
    const QString path = saveFileName(tr("Export Codebook"), tr(" - codebook") + u".docx"_s,
            tr("Word document (*.docx)") + u";;"_s + tr("CSV, UTF-8 (*.csv)"));
    if (!path.isEmpty())
        exportCodebook(path);
}

bool ExportController::exportExcerpts(const QString &path)
{
    if (!m_session->isOpen())
        return false;
    const QString suffix = QFileInfo(path).suffix().toLower();
    storage::Project &project = *m_session->project();
    const auto bytes = [&]() -> Result<std::string> {
        if (suffix != u"csv"_s && suffix != u"xlsx"_s)
            return makeError(ErrorCode::InvalidArgument, tr("Name the file .csv or .xlsx.").toStdString());
        auto table = services::excerptsTable(project);
        WEFT_TRY(table);
        if (suffix == u"csv"_s)
            return services::exportTableCsv(*table);
        auto changed = services::projectLastChange(project);
        WEFT_TRY(changed);
        return services::exportTableXlsx(*table, "Excerpts", *changed);
    }();
    const auto written = bytes ? services::writeFileAtomically(QFile::encodeName(path).toStdString(), *bytes)
                               : Result<void>(bytes.error());
    if (!written) {
        m_session->warn(tr("Excerpts not exported"), QString::fromStdString(written.error().message));
        return false;
    }
    Q_EMIT message(tr("Excerpts saved to %1.").arg(QFileInfo(path).fileName()));
    return true;
}

bool ExportController::exportCodebook(const QString &path)
{
    if (!m_session->isOpen())
        return false;
    const QString suffix = QFileInfo(path).suffix().toLower();
    storage::Project &project = *m_session->project();
    const auto bytes = [&]() -> Result<std::string> {
        if (suffix == u"csv"_s) {
            auto table = services::codebookTable(project);
            WEFT_TRY(table);
            return services::exportTableCsv(*table);
        }
        if (suffix == u"docx"_s)
            return services::codebookDocx(project, QLocale().language() == QLocale::French ? "fr" : "en");
        return makeError(ErrorCode::InvalidArgument, tr("Name the file .docx or .csv.").toStdString());
    }();
    const auto written = bytes ? services::writeFileAtomically(QFile::encodeName(path).toStdString(), *bytes)
                               : Result<void>(bytes.error());
    if (!written) {
        m_session->warn(tr("Codebook not exported"), QString::fromStdString(written.error().message));
        return false;
    }
    Q_EMIT message(tr("Codebook saved to %1.").arg(QFileInfo(path).fileName()));
    return true;
}

} // namespace weft::app
