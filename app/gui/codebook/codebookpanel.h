// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/entities.h"

#include <QList>
#include <QWidget>

#include <optional>

class QAction;
class QLineEdit;
class QSortFilterProxyModel;
class QToolButton;
class QTreeView;

namespace weft::app {

class CodebookModel;

/// The "Codebook" panel: the code tree with colours and coding counts, a filter that finds
/// codes by any part of their name, inline renaming, and drag and drop (to move a code, or to
/// code the selected text with it). The actions come from the codebook controller.
class CodebookPanel : public QWidget {
    Q_OBJECT

public:
    explicit CodebookPanel(CodebookModel *model, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    /// The code the user is on, if any.
    std::optional<core::Id> currentCode() const;
    bool selectCode(core::Id codeId);
    void setFilter(const QString &text);
    /// The actions of the context menu and the "new code" button.
    void setActions(QAction *newCode, const QList<QAction *> &menu);
    /// Starts editing the name of a code in place.
    void editName(core::Id codeId);

Q_SIGNALS:
    void currentCodeChanged(std::optional<weft::core::Id> codeId);

private:
    void onCurrentChanged();
    void rememberCurrent();
    void fitCountColumns();
    void restoreCurrent();

    CodebookModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTreeView *m_view;
    QToolButton *m_newCode;
    QList<QAction *> m_menu;
    std::optional<core::Id> m_current;
    std::optional<core::Id> m_kept; ///< across a model reset
};

} // namespace weft::app
