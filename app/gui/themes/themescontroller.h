// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/entities.h"

#include <QList>
#include <QObject>

#include <memory>
#include <optional>
#include <string>
#include <vector>

class QAction;
class QActionGroup;
class QMenu;

namespace weft::app {

class CodebookPanel;
class Confirmer;
class ProjectSession;
class ThemesPanel;

/// Editing themes and reviewing them: new theme and sub-theme, rename, definition, status,
/// delete, linking the codebook's current code and unlinking codes, and the review decisions
/// (ask for review, comment, approve, send back) made as the session's coder. The actions work
/// on the themes panel's current theme; each change is an undo command. The plain methods take
/// their arguments (tests and other views call them); the *Interactive ones ask the user first.
class ThemesController : public QObject {
    Q_OBJECT

public:
    /// `codebook` (optional) is where "Link Selected Code" takes its code from.
    ThemesController(ProjectSession *session, ThemesPanel *panel, CodebookPanel *codebook = nullptr);
    ~ThemesController() override;

    void setConfirmer(std::unique_ptr<Confirmer> confirmer);
    /// Adds the actions, with Set Status and Review submenus, to `menu`.
    void addActionsTo(QMenu *menu) const;

    QAction *newThemeAction() const { return m_newTheme; }
    QAction *newSubthemeAction() const { return m_newSubtheme; }
    QAction *renameAction() const { return m_rename; }
    QAction *defineAction() const { return m_define; }
    QList<QAction *> statusActions() const { return m_statusActions; }
    QAction *deleteAction() const { return m_delete; }
    QAction *linkCodeAction() const { return m_linkCode; }
    QAction *unlinkAction() const { return m_unlink; }
    QAction *askReviewAction() const { return m_askReview; }
    QAction *commentAction() const { return m_comment; }
    QAction *approveAction() const { return m_approve; }
    QAction *sendBackAction() const { return m_sendBack; }

    /// Creates a theme; returns its UUID, or nullopt when it failed (the user has been told).
    std::optional<std::string> addTheme(std::optional<core::Id> parentId, const QString &name);
    bool renameTheme(const std::string &themeUuid, const QString &name);
    bool defineTheme(const std::string &themeUuid, const QString &definition);
    bool setStatus(const std::string &themeUuid, core::ThemeStatus status);
    /// Deletes after asking, saying how many sub-themes and code links go with it.
    bool deleteTheme(const std::string &themeUuid);
    bool linkCodes(const std::string &themeUuid, const std::vector<core::Id> &codeIds);
    bool unlinkCodes(const std::string &themeUuid, const std::vector<core::Id> &codeIds);
    /// Records a review decision by the session's coder. Sending back and commenting need a
    /// comment: without one the user is told and nothing changes.
    bool review(const std::string &themeUuid, core::ReviewDecision decision, const QString &comment);

    void newThemeInteractive(bool asSubtheme);
    void editDefinitionInteractive();
    void reviewInteractive(core::ReviewDecision decision);

private:
    void updateActions();
    QString nameOf(const std::string &themeUuid) const;
    QString pathOf(const std::string &themeUuid) const;

    ProjectSession *m_session;
    ThemesPanel *m_panel;
    CodebookPanel *m_codebook;
    std::unique_ptr<Confirmer> m_confirmer;
    QAction *m_newTheme;
    QAction *m_newSubtheme;
    QAction *m_rename;
    QAction *m_define;
    QActionGroup *m_statusGroup;
    QList<QAction *> m_statusActions;
    QAction *m_delete;
    QAction *m_linkCode;
    QAction *m_unlink;
    QAction *m_askReview;
    QAction *m_comment;
    QAction *m_approve;
    QAction *m_sendBack;
    QMenu *m_contextMenu;
};

} // namespace weft::app
