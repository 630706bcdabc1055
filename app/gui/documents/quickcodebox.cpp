// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/documents/quickcodebox.h"

#include "app/gui/models/codelistmodel.h"
#include "app/gui/models/codematchfilter.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace weft::app {

namespace {
constexpr int kVisibleRows = 8;
}

QuickCodeBox::QuickCodeBox(CodeListModel *codes, QWidget *parent)
    : QFrame(parent)
    , m_filter(new CodeMatchFilter(this))
    , m_edit(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_hint(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Window);
    m_filter->setSourceModel(codes);
    m_edit->setPlaceholderText(tr("Code name, or a new one…"));
    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);
    m_list->setModel(m_filter);
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->setUniformItemSizes(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint->setWordWrap(true);
    QFont small = m_hint->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_hint->setFont(small);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    layout->addWidget(m_edit);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_hint);
    setFixedWidth(380);
    hide();

    connect(m_edit, &QLineEdit::textChanged, this, &QuickCodeBox::onTextChanged);
    connect(m_list, &QListView::clicked, this, [this](const QModelIndex &index) {
        m_list->setCurrentIndex(index);
        accept(false);
    });
}

void QuickCodeBox::open(const QPoint &at)
{
    m_edit->clear();
    onTextChanged({});
    fitToMatches();
    const QWidget *host = parentWidget();
    const int x = std::clamp(at.x(), 0, std::max(0, host->width() - width()));
    const int y = std::clamp(at.y(), 0, std::max(0, host->height() - height()));
    move(x, y);
    show();
    raise();
    m_edit->setFocus(Qt::PopupFocusReason);
}

void QuickCodeBox::dismiss()
{
    if (!isVisible())
        return;
    hide();
    Q_EMIT dismissed();
}

void QuickCodeBox::onTextChanged(const QString &text)
{
    m_filter->setText(text);
    m_list->setCurrentIndex(m_filter->index(0, 0));
    updateHint();
    fitToMatches();
}

// As tall as the matches need, up to eight rows; the list scrolls beyond that.
void QuickCodeBox::fitToMatches()
{
    const int rows = std::clamp(m_filter->rowCount(), 1, kVisibleRows);
    const int row = std::max(m_list->sizeHintForRow(0), m_list->fontMetrics().height() + 6);
    m_list->setFixedHeight(rows * row + 2 * m_list->frameWidth() + 2);
    m_list->setVisible(m_filter->rowCount() > 0);
    adjustSize();
    if (const QWidget *host = parentWidget(); host && isVisible())
        move(x(), std::clamp(y(), 0, std::max(0, host->height() - height())));
}

void QuickCodeBox::updateHint()
{
    const QString text = m_edit->text().trimmed();
    if (!m_list->currentIndex().isValid() && !text.isEmpty())
        m_hint->setText(tr("Enter creates the code “%1” and applies it.").arg(text));
    else if (!text.isEmpty())
        m_hint->setText(tr("Enter applies the highlighted code; Shift+Enter creates “%1”.").arg(text));
    else
        m_hint->setText(tr("Type to find a code; Enter applies it, Esc closes."));
}

void QuickCodeBox::moveCurrent(int by)
{
    const int rows = m_filter->rowCount();
    if (rows == 0)
        return;
    const int row = std::clamp(m_list->currentIndex().row() + by, 0, rows - 1);
    m_list->setCurrentIndex(m_filter->index(row, 0));
    updateHint();
}

void QuickCodeBox::accept(bool forceNew)
{
    const QString text = m_edit->text().trimmed();
    const QModelIndex current = m_list->currentIndex();
    hide();
    if (!forceNew && current.isValid())
        Q_EMIT codeChosen(current.data(CodeListModel::CodeIdRole).toLongLong());
    else if (!text.isEmpty())
        Q_EMIT newCodeRequested(text);
    Q_EMIT dismissed();
}

bool QuickCodeBox::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
            accept(key->modifiers().testFlag(Qt::ShiftModifier));
            return true;
        case Qt::Key_Escape:
            dismiss();
            return true;
        case Qt::Key_Down:
            moveCurrent(1);
            return true;
        case Qt::Key_Up:
            moveCurrent(-1);
            return true;
        case Qt::Key_PageDown:
            moveCurrent(8);
            return true;
        case Qt::Key_PageUp:
            moveCurrent(-8);
            return true;
        default:
            break;
        }
    }
    if (watched == m_edit && event->type() == QEvent::FocusOut && isVisible()) {
        auto *focus = static_cast<QFocusEvent *>(event);
        if (focus->reason() != Qt::PopupFocusReason && !isAncestorOf(QApplication::focusWidget()))
            dismiss();
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace weft::app
