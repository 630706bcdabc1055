// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/documents/codinghighlights.h"
#include "app/gui/documents/codingmargin.h"
#include "core/model/entities.h"

#include <QColor>
#include <QList>
#include <QTextEdit>

#include <optional>
#include <string>

namespace weft::app {

/// The read-only text of a document with its coding stripes painted beside the column.
/// Reports what the user does to it: a click on a stripe, a code dropped on the selection,
/// a context menu; the viewer and the coding controller decide what that means.
class DocumentTextView : public QTextEdit {
    Q_OBJECT

public:
    /// The coding picked from its stripe: its ends get handles that drag to resize it.
    struct ActiveCoding {
        int start = 0; ///< UTF-16, inclusive
        int end = 0; ///< UTF-16, exclusive
        QColor color;
        std::string uuid;
    };
    enum class Handle { None, Start, End };

    explicit DocumentTextView(QWidget *parent = nullptr);

    void setActiveCoding(const std::optional<ActiveCoding> &coding);
    const std::optional<ActiveCoding> &activeCoding() const { return m_active; }
    /// Where a handle is drawn (viewport coordinates); empty without an active coding.
    QRect handleRect(Handle handle) const;
    Handle handleAt(const QPoint &viewportPos) const;
    bool isDraggingHandle() const { return m_dragging != Handle::None; }

    /// The spans to stripe (the viewer's highlights); call again when they change. Lanes are
    /// laid out over `document` (default: the one shown), so a page can be prepared before
    /// it is shown.
    void setStripes(const std::vector<CodingHighlights::Span> *spans,
            const QTextDocument *document = nullptr);
    const CodingMargin &margin() const { return m_margin; }
    /// Where the lanes start, in viewport x.
    int marginLeft() const;
    /// The stripe's span under a viewport position, if any.
    std::optional<std::size_t> stripeAt(const QPoint &viewportPos) const;

Q_SIGNALS:
    void stripeClicked(std::size_t span);
    void stripeMenuRequested(std::size_t span, const QPoint &globalPos);
    void codesDropped(const QList<weft::core::Id> &codeIds);
    /// A handle of the active coding was dragged and let go: the new range (UTF-16), and
    /// which end moved.
    void codingResizeRequested(int start, int end, weft::app::DocumentTextView::Handle moved);
    /// The user clicked away from the active coding (or pressed Escape).
    void activeCodingDismissed();
    void contextMenuRequested(const QPoint &viewportPos, const QPoint &globalPos);
    /// The layout changed in a way that needs different side margins.
    void marginWidthChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    bool acceptsDrop(const QMimeData *mime, const QPoint &viewportPos) const;
    QRect caretRect(int position) const;
    void paintHandles(QPainter &painter) const;
    void dragHandleTo(const QPoint &viewportPos);
    void updateHoverCursor(const QPoint &viewportPos);

    const std::vector<CodingHighlights::Span> *m_spans = nullptr;
    CodingMargin m_margin;
    std::optional<ActiveCoding> m_active;
    Handle m_dragging = Handle::None;
    QPoint m_grabOffset; ///< from the mouse to the caret line's middle, while dragging
    int m_dragStart = 0; ///< the range while dragging (UTF-16)
    int m_dragEnd = 0;
};

} // namespace weft::app
