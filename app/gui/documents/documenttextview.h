// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/documents/codinghighlights.h"
#include "app/gui/documents/codingmargin.h"
#include "core/model/entities.h"

#include <QList>
#include <QTextEdit>

namespace weft::app {

/// The read-only text of a document with its coding stripes painted beside the column.
/// Reports what the user does to it: a click on a stripe, a code dropped on the selection,
/// a context menu; the viewer and the coding controller decide what that means.
class DocumentTextView : public QTextEdit {
    Q_OBJECT

public:
    explicit DocumentTextView(QWidget *parent = nullptr);

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
    void contextMenuRequested(const QPoint &viewportPos, const QPoint &globalPos);
    /// The layout changed in a way that needs different side margins.
    void marginWidthChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    bool acceptsDrop(const QMimeData *mime, const QPoint &viewportPos) const;

    const std::vector<CodingHighlights::Span> *m_spans = nullptr;
    CodingMargin m_margin;
};

} // namespace weft::app
