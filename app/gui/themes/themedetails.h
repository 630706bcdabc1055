// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/entities.h"

#include <QList>
#include <QWidget>

#include <optional>
#include <vector>

class QAction;
class QLabel;
class QListWidget;
class QScrollArea;
class QToolButton;

namespace weft::app {

class ProjectSession;
class ThemeTreeModel;

/// What the themes panel shows under the tree about the current theme: its path, status and
/// review state (with reviewer and time), definition, linked codes (to unlink) and the whole
/// review history. Buttons carry the controller's actions.
class ThemeDetails : public QWidget {
    Q_OBJECT

public:
    ThemeDetails(ProjectSession *session, ThemeTreeModel *model, QWidget *parent = nullptr);

    void showTheme(std::optional<core::Id> themeId);
    std::optional<core::Id> theme() const { return m_theme; }
    /// Codes picked in the list of linked codes.
    std::vector<core::Id> selectedCodes() const;
    void selectCode(core::Id codeId);

    /// The buttons next to the definition, under the codes and in the review area.
    void setActions(QAction *define, QAction *unlink, const QList<QAction *> &review);

    QLabel *stateLabel() const { return m_state; }
    QLabel *evidenceLabel() const { return m_evidence; }
    QLabel *definitionLabel() const { return m_definition; }
    QListWidget *codeList() const { return m_codes; }
    QLabel *historyLabel() const { return m_history; }

Q_SIGNALS:
    void codeSelectionChanged();
    void codeActivated(weft::core::Id codeId);

private:
    void refresh();
    QString historyText() const;

    ProjectSession *m_session;
    ThemeTreeModel *m_model;
    std::optional<core::Id> m_theme;
    QLabel *m_title;
    QLabel *m_state;
    QLabel *m_evidence;
    QLabel *m_definition;
    QToolButton *m_define;
    QLabel *m_codesCaption;
    QListWidget *m_codes;
    QToolButton *m_unlink;
    QWidget *m_reviewButtons;
    QLabel *m_history;
    QWidget *m_body;
    QLabel *m_placeholder;
    QScrollArea *m_scroll;
};

} // namespace weft::app
