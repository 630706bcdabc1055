// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/entities.h"

#include <QWidget>

#include <optional>
#include <string>

class QAction;
class QLineEdit;
class QMenu;
class QSplitter;
class QToolButton;
class QTreeView;

namespace weft::app {

class ProjectSession;
class ThemeDetails;
class ThemeFilter;
class ThemeTreeModel;

/// The "Themes" panel: the theme tree with status, review state and evidence counts, a filter
/// by name and one for the themes awaiting review, and the current theme's details under it.
/// Codes dropped on a theme are linked to it; dropped on empty space they start a new theme;
/// themes dragged onto others become sub-themes. The actions come from the themes controller.
class ThemesPanel : public QWidget {
    Q_OBJECT

public:
    explicit ThemesPanel(ProjectSession *session, QWidget *parent = nullptr);

    ThemeTreeModel *model() const { return m_model; }
    ThemeFilter *proxy() const { return m_proxy; }
    QTreeView *view() const { return m_view; }
    ThemeDetails *details() const { return m_details; }
    QLineEdit *filterEdit() const { return m_filter; }
    QToolButton *awaitingButton() const { return m_awaiting; }
    QWidget *emptyHint() const { return m_empty; }

    /// The theme the user is on, if any.
    std::optional<core::Id> currentTheme() const;
    std::optional<std::string> currentThemeUuid() const;
    bool selectTheme(core::Id themeId);
    void setFilter(const QString &text);
    /// Shows only the themes awaiting review (and their parents).
    void setAwaitingOnly(bool only);
    /// The "new theme" buttons (header and empty state) and the context menu.
    void setActions(QAction *newTheme, QMenu *contextMenu);
    /// Starts editing the name of a theme in place.
    void editName(core::Id themeId);

Q_SIGNALS:
    void currentThemeChanged(std::optional<std::string> themeUuid);
    /// Double-click or Enter on a theme.
    void themeActivated(const std::string &themeUuid);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onCurrentChanged();
    void onRefreshed();
    void placeEmptyHint();

    ProjectSession *m_session;
    ThemeTreeModel *m_model;
    ThemeFilter *m_proxy;
    QLineEdit *m_filter;
    QToolButton *m_awaiting;
    QTreeView *m_view;
    ThemeDetails *m_details;
    QSplitter *m_split;
    QToolButton *m_newTheme;
    QWidget *m_empty;
    QToolButton *m_emptyNew;
    QMenu *m_menu = nullptr;
    std::optional<core::Id> m_current;
    std::optional<core::Id> m_kept; ///< across a model reset
};

} // namespace weft::app
