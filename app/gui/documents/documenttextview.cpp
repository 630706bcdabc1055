// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/documents/documenttextview.h"

#include "app/gui/models/codebookmodel.h"

#include <QContextMenuEvent>
#include <QDragEnterEvent>
#include <QKeyEvent>
#include <QMimeData>
#include <QPainter>
#include <QTextDocument>
#include <QTextFrame>

#include <algorithm>

namespace weft::app {

namespace {
constexpr int kKnobRadius = 5;
constexpr int kHandleReach = 7; // how far from the bar a press still grabs it
} // namespace

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

void DocumentTextView::setActiveCoding(const std::optional<ActiveCoding> &coding)
{
    m_active = coding;
    m_dragging = Handle::None;
    viewport()->update();
}

QRect DocumentTextView::caretRect(int position) const
{
    QTextCursor cursor(document());
    cursor.setPosition(std::clamp(position, 0, document()->characterCount() - 1));
    return cursorRect(cursor);
}

// The start handle is a bar before the first coded character with a knob above the line, the
// end handle a bar after the last one with a knob below: the knobs point away from the coding,
// so the two never cover each other even on a one-word coding.
QRect DocumentTextView::handleRect(Handle handle) const
{
    if (!m_active || handle == Handle::None)
        return {};
    const bool start = handle == Handle::Start;
    const int dragged = start ? m_dragStart : m_dragEnd;
    const int at = m_dragging != Handle::None ? dragged : (start ? m_active->start : m_active->end);
    const QRect caret = caretRect(at);
    const int x = caret.center().x();
    const int knob = 2 * kKnobRadius + 2;
    return start ? QRect(x - kHandleReach, caret.top() - knob, 2 * kHandleReach + 1,
                           caret.height() + knob)
                 : QRect(x - kHandleReach, caret.top(), 2 * kHandleReach + 1,
                           caret.height() + knob);
}

DocumentTextView::Handle DocumentTextView::handleAt(const QPoint &viewportPos) const
{
    // The end first: on a coding of one short word the end handle sits on top.
    for (Handle handle : {Handle::End, Handle::Start}) {
        if (handleRect(handle).contains(viewportPos))
            return handle;
    }
    return Handle::None;
}

void DocumentTextView::paintHandles(QPainter &painter) const
{
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor color = m_active->color.darker(130);
    for (Handle handle : {Handle::Start, Handle::End}) {
        const QRect area = handleRect(handle);
        const bool start = handle == Handle::Start;
        const int x = area.center().x();
        const int knob = 2 * kKnobRadius + 2;
        const int top = start ? area.top() + knob : area.top();
        const int bottom = start ? area.bottom() : area.bottom() - knob;
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawRect(QRect(x - 1, top, 2, bottom - top + 1));
        const QPointF centre(x + 0.5, start ? top - kKnobRadius : bottom + kKnobRadius + 1);
        painter.setPen(QPen(palette().color(QPalette::Base), 1.5));
        painter.drawEllipse(centre, kKnobRadius, kKnobRadius);
    }
}

void DocumentTextView::paintEvent(QPaintEvent *event)
{
    QTextEdit::paintEvent(event);
    QPainter painter(viewport());
    if (m_spans && !m_spans->empty())
        m_margin.paint(painter, *m_spans, this, marginLeft(), m_active ? m_active->uuid : std::string());
    if (m_active)
        paintHandles(painter);
}

void DocumentTextView::mousePressEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (event->button() == Qt::LeftButton) {
        const Handle handle = handleAt(pos);
        if (handle != Handle::None) {
            m_dragStart = m_active->start;
            m_dragEnd = m_active->end;
            m_grabOffset = caretRect(handle == Handle::Start ? m_dragStart : m_dragEnd).center() - pos;
            m_dragging = handle;
            event->accept();
            return;
        }
    }
    if (const auto span = stripeAt(pos)) {
        if (event->button() == Qt::LeftButton) {
            Q_EMIT stripeClicked(*span);
            event->accept();
            return;
        }
    }
    if (m_active && event->button() == Qt::LeftButton) {
        setActiveCoding(std::nullopt);
        Q_EMIT activeCodingDismissed();
    }
    QTextEdit::mousePressEvent(event);
}

void DocumentTextView::dragHandleTo(const QPoint &viewportPos)
{
    const int at = cursorForPosition(viewportPos + m_grabOffset).position();
    // A coding keeps at least one character; stepping by characters never splits an emoji.
    QTextCursor bound(document());
    QTextCursor preview(document());
    // The moving end is the cursor's position, so the view follows it when it leaves the view.
    if (m_dragging == Handle::Start) {
        bound.setPosition(m_dragEnd);
        bound.movePosition(QTextCursor::PreviousCharacter);
        m_dragStart = std::min(at, bound.position());
        preview.setPosition(m_dragEnd);
        preview.setPosition(m_dragStart, QTextCursor::KeepAnchor);
    } else {
        bound.setPosition(m_dragStart);
        bound.movePosition(QTextCursor::NextCharacter);
        m_dragEnd = std::max(at, bound.position());
        preview.setPosition(m_dragStart);
        preview.setPosition(m_dragEnd, QTextCursor::KeepAnchor);
    }
    setTextCursor(preview);
    viewport()->update();
}

void DocumentTextView::updateHoverCursor(const QPoint &viewportPos)
{
    if (handleAt(viewportPos) != Handle::None)
        viewport()->setCursor(Qt::SizeHorCursor);
    else if (stripeAt(viewportPos))
        viewport()->setCursor(Qt::PointingHandCursor);
    else
        viewport()->setCursor(Qt::IBeamCursor);
}

void DocumentTextView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragging != Handle::None) {
        dragHandleTo(event->position().toPoint());
        event->accept();
        return;
    }
    if (event->buttons() == Qt::NoButton)
        updateHoverCursor(event->position().toPoint());
    QTextEdit::mouseMoveEvent(event);
}

void DocumentTextView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_dragging == Handle::None) {
        QTextEdit::mouseReleaseEvent(event);
        return;
    }
    event->accept();
    const Handle moved = m_dragging;
    m_dragging = Handle::None;
    viewport()->update();
    if (m_active && (m_dragStart != m_active->start || m_dragEnd != m_active->end))
        Q_EMIT codingResizeRequested(m_dragStart, m_dragEnd, moved);
}

void DocumentTextView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && m_active) {
        setActiveCoding(std::nullopt);
        Q_EMIT activeCodingDismissed();
        event->accept();
        return;
    }
    QTextEdit::keyPressEvent(event);
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
