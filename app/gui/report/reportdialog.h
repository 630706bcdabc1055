// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/report/reportjob.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTextBrowser;
class QTimer;

namespace weft::app {

class ProjectSession;
class ThemeCheckList;

/// File > Export Findings Report: the report's options (format, language, themes, quotes per
/// theme, participant attributes), a live HTML preview rebuilt shortly after each change, and
/// the export itself on a worker thread with progress and Cancel, then Open for the result.
/// Both preview and export read the project file through their own read-only connection.
class ReportDialog : public QDialog {
    Q_OBJECT

public:
    explicit ReportDialog(ProjectSession *session, QWidget *parent = nullptr);
    ~ReportDialog() override;

    void setFormat(services::ReportFormat format);
    services::ReportFormat format() const;
    void setLanguage(const QString &language);
    void setQuotesPerTheme(int quotes);
    void setIncludeAttributes(bool include);
    ThemeCheckList *themeList() const { return m_themes; }

    /// The options as chosen now.
    services::FindingsReportOptions options() const;
    /// The HTML of the last preview built.
    QString previewHtml() const { return m_previewHtml; }
    bool isPreviewing() const;
    /// Starts writing the report to `path`; false when an export is running or no theme is
    /// checked.
    bool exportTo(const QString &path);
    void cancelExport();
    bool isExporting() const;
    const ReportOutcome &lastExport() const { return m_lastExport; }
    QString statusText() const;

public Q_SLOTS:
    void reject() override;

Q_SIGNALS:
    void previewUpdated();
    void exportFinished();

private:
    void schedulePreview();
    void startPreview();
    void onPreviewFinished(const ReportOutcome &outcome);
    void fitImages();
    void chooseFileAndExport();
    void onExportProgress(int percent, const QString &step);
    void onExportFinished(const ReportOutcome &outcome);
    void openResult();
    void updateState();
    QString suggestedFileName() const;

    ProjectSession *m_session;
    QComboBox *m_format;
    QComboBox *m_language;
    QSpinBox *m_quotes;
    QCheckBox *m_attributes;
    ThemeCheckList *m_themes;
    QTextBrowser *m_preview;
    QLabel *m_previewState;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_open;
    QPushButton *m_export;
    QPushButton *m_cancel;
    QPushButton *m_close;
    QTimer *m_previewTimer;
    ReportJob *m_previewJob;
    ReportJob *m_exportJob;
    bool m_previewPending = false;
    bool m_previewRunning = false; ///< started, outcome not yet here
    bool m_exporting = false;
    QString m_previewHtml;
    ReportOutcome m_lastExport;
};

} // namespace weft::app
