// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QWidget;

namespace weft::app {

class ProjectSession;

/// File > Export: the findings report (through ReportDialog), the excerpts table (CSV or XLSX)
/// and the codebook (DOCX or CSV). Owns the three actions, enabled while a project is open.
class ExportController : public QObject {
    Q_OBJECT

public:
    ExportController(ProjectSession *session, QWidget *window);

    QAction *reportAction() const { return m_report; }
    QAction *excerptsAction() const { return m_excerpts; }
    QAction *codebookAction() const { return m_codebook; }

    /// Shows the report dialog and waits until the user closes it.
    void exportReport();
    /// Writes the excerpts table to a .csv or .xlsx file; warns and returns false on failure.
    bool exportExcerpts(const QString &path);
    /// Writes the codebook to a .docx or .csv file; warns and returns false on failure.
    bool exportCodebook(const QString &path);

Q_SIGNALS:
    /// A short note for the status bar.
    void message(const QString &text);

private:
    void chooseExcerptsFile();
    void chooseCodebookFile();
    QString saveFileName(const QString &title, const QString &baseName, const QString &filters);
    void updateActions();

    ProjectSession *m_session;
    QWidget *m_window;
    QAction *m_report;
    QAction *m_excerpts;
    QAction *m_codebook;
};

} // namespace weft::app
