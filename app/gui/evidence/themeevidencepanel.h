// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/entities.h"

#include <QVariant>
#include <QWidget>

#include <cstdint>
#include <optional>
#include <string>

class QAction;
class QLabel;
class QStackedWidget;
class QTreeView;

namespace weft::app {

class ProjectSession;
class ThemeEvidenceModel;

/// The "Theme evidence" tab: the excerpts that support the current theme, grouped by source
/// kind and participant, with a check box to make one an exemplar quote for the report.
/// Double-click opens the passage.
class ThemeEvidencePanel : public QWidget {
    Q_OBJECT

public:
    explicit ThemeEvidencePanel(ProjectSession *session, QWidget *parent = nullptr);

    /// Shows the evidence of a theme (nullopt: none).
    void setTheme(std::optional<std::string> themeUuid);
    ThemeEvidenceModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    /// Opens the excerpt at `index`, as a double-click does (group headings open nothing).
    void activate(const QModelIndex &index);
    /// Moves the current exemplar quote up (-1) or down (+1) in the report's order.
    bool moveCurrentExemplar(int delta);

Q_SIGNALS:
    void excerptActivated(weft::core::Id documentId, std::int64_t start, std::int64_t end);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void onModelReset();
    void updateActions();

    ThemeEvidenceModel *m_model;
    QLabel *m_title;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QTreeView *m_view;
    QAction *m_moveUp;
    QAction *m_moveDown;
    int m_scroll = 0;
    QVariant m_follow; ///< the codings of an exemplar just moved, to select it again
};

} // namespace weft::app
