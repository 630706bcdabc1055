// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/entities.h"

#include <QFrame>

class QLabel;
class QLineEdit;
class QListView;

namespace weft::app {

class CodeListModel;
class CodeMatchFilter;

/// The quick-code box: a small box over the text where the user types part of a code's name.
/// Enter applies the highlighted code; when nothing matches (or with Shift+Enter) Enter
/// creates the typed name, "Parent/Child" allowed. Escape or clicking elsewhere closes it.
class QuickCodeBox : public QFrame {
    Q_OBJECT

public:
    QuickCodeBox(CodeListModel *codes, QWidget *parent);

    /// Shows the box with its top-left corner near `at` (parent coordinates), empty and focused.
    void open(const QPoint &at);
    void dismiss();

    QLineEdit *lineEdit() const { return m_edit; }
    QListView *list() const { return m_list; }
    CodeMatchFilter *filter() const { return m_filter; }

Q_SIGNALS:
    void codeChosen(weft::core::Id codeId);
    void newCodeRequested(const QString &path);
    void dismissed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onTextChanged(const QString &text);
    void accept(bool forceNew);
    void moveCurrent(int by);
    void updateHint();
    void fitToMatches();

    CodeMatchFilter *m_filter;
    QLineEdit *m_edit;
    QListView *m_list;
    QLabel *m_hint;
};

} // namespace weft::app
