// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/entities.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QModelIndex;
class QSortFilterProxyModel;
class QStackedWidget;

namespace weft::app {

class MemoHubModel;

/// The "Memos" tab: every memo of the project, newest first, with a filter over what they are
/// about, their authors and their text. Double-clicking (or Enter on) a memo goes to what it
/// is about; the panel says where, the main window goes there.
class MemoHubPanel : public QWidget {
    Q_OBJECT

public:
    explicit MemoHubPanel(MemoHubModel *model, QWidget *parent = nullptr);

    QListView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    /// Goes to the target of the memo at a row of the view (what a double-click does).
    void activate(const QModelIndex &viewIndex);

Q_SIGNALS:
    void projectRequested();
    void documentRequested(weft::core::Id documentId);
    /// A coding's passage: its document and code point range.
    void codingRequested(weft::core::Id documentId, std::int64_t start, std::int64_t end,
            const QString &codingUuid);
    void codeRequested(weft::core::Id codeId);
    void participantRequested(weft::core::Id participantId);
    /// For the themes panel to show the theme.
    void themeRequested(const QString &themeUuid);

private:
    void updatePlaceholder();

    MemoHubModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QListView *m_view;
};

} // namespace weft::app
