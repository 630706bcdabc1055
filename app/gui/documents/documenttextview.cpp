// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/documents/documenttextview.h"

#include "app/gui/models/codebookmodel.h"

#include <QContextMenuEvent>
#include <QDragEnterEvent>
#include <QMimeData>
#include <QPainter>
#include <QTextDocument>
#include <QTextFrame>

namespace weft::app {

DocumentTextView::DocumentTextView(QWidget *parent)
    : QTextEdit(parent)
{
    setReadOnly(true);
    setUndoRedoEnabled(false);
    setAcceptDrops(true);
    viewport()->setAcceptDrops(true);
    viewport()->setMouseTracking(true);
}

void DocumentTextView::setStripes(
        const std::vector<CodingHighlights::Span> *spans, const QTextDocument *page)
{
    m_spans = spans;
    const int before = m_margin.width();
    if (m_spans)
        m_margin.layout(*m_spans, page ? page : document());
    else
        m_margin.clear();
    if (m_margin.width() != before)
        Q_EMIT marginWidthChanged();
    viewport()->update();
}

int DocumentTextView::marginLeft() const
{
    const QTextFrameFormat frame = document()->rootFrame()->frameFormat();
    return viewport()->width() - static_cast<int>(frame.rightMargin()) + CodingMargin::kGap;
}

std::optional<std::size_t> DocumentTextView::stripeAt(const QPoint &viewportPos) const
{
    return m_margin.spanAt(viewportPos);
}

void DocumentTextView::paintEvent(QPaintEvent *event)
{
    QTextEdit::paintEvent(event);
    if (!m_spans || m_spans->empty())
        return;
    QPainter painter(viewport());
    m_margin.paint(painter, *m_spans, this, marginLeft());
}

void DocumentTextView::mousePressEvent(QMouseEvent *event)
{
    if (const auto span = stripeAt(event->position().toPoint())) {
        if (event->button() == Qt::LeftButton) {
            Q_EMIT stripeClicked(*span);
            event->accept();
            return;
        }
    }
    QTextEdit::mousePressEvent(event);
}

void DocumentTextView::contextMenuEvent(QContextMenuEvent *event)
{
    if (const auto span = stripeAt(event->pos())) {
        Q_EMIT stripeMenuRequested(*span, event->globalPos());
        return;
    }
    Q_EMIT contextMenuRequested(event->pos(), event->globalPos());
}

bool DocumentTextView::acceptsDrop(const QMimeData *mime, const QPoint &viewportPos) const
{
    if (CodebookModel::codeIds(mime).isEmpty() || !textCursor().hasSelection())
        return false;
    // Codes land on the selection only, never on whatever text happens to be under the mouse.
    const int at = cursorForPosition(viewportPos).position();
    const QTextCursor selection = textCursor();
    return at >= selection.selectionStart() && at <= selection.selectionEnd();
}

void DocumentTextView::dragEnterEvent(QDragEnterEvent *event)
{
    if (CodebookModel::codeIds(event->mimeData()).isEmpty()) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::CopyAction);
    event->accept();
}

void DocumentTextView::dragMoveEvent(QDragMoveEvent *event)
{
    if (acceptsDrop(event->mimeData(), event->position().toPoint())) {
        event->setDropAction(Qt::CopyAction);
        event->accept();
    } else {
        event->ignore();
    }
}

void DocumentTextView::dropEvent(QDropEvent *event)
{
    if (!acceptsDrop(event->mimeData(), event->position().toPoint())) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::CopyAction);
    event->accept();
    Q_EMIT codesDropped(CodebookModel::codeIds(event->mimeData()));
}

} // namespace weft::app
