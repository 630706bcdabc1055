// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QWidget;

namespace weft::app {

class ProjectSession;

/// File > Import: documents through the import dialog, participants from a table. Owns the
/// two actions, enabled while a project is open.
class ImportController : public QObject {
    Q_OBJECT

public:
    ImportController(ProjectSession *session, QWidget *window);

    QAction *importDocumentsAction() const { return m_importDocuments; }
    QAction *importParticipantsAction() const { return m_importParticipants; }

    /// Shows the import dialog and waits until the user closes it.
    void importDocuments();
    /// Asks for a participant table and imports it.
    void chooseParticipantTable();
    /// Creates or updates participants from a .csv or .xlsx table; warns and returns false on
    /// failure (nothing is changed then).
    bool importParticipants(const QString &path);

Q_SIGNALS:
    /// A short note for the status bar.
    void message(const QString &text);

private:
    void updateActions();

    ProjectSession *m_session;
    QWidget *m_window;
    QAction *m_importDocuments;
    QAction *m_importParticipants;
};

} // namespace weft::app
