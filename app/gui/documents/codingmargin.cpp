// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/documents/codingmargin.h"

#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextEdit>

#include <algorithm>

namespace weft::app {

namespace {
constexpr int kMaxLanes = 8; // beyond this, stripes share the last lane
constexpr int kBarWidth = 4;
} // namespace

void CodingMargin::clear()
{
    m_laneOf.clear();
    m_lanes = 0;
    m_stripes.clear();
}

int CodingMargin::width() const
{
    return kGap + std::max(m_lanes, kReservedLanes) * kLaneWidth + 6 + kLabelWidth + 8;
}

void CodingMargin::layout(
        const std::vector<CodingHighlights::Span> &spans, const QTextDocument *document)
{
    clear();
    // Interval partitioning over paragraph numbers: spans are sorted by start, so the first
    // lane whose last paragraph ends before this one begins is free.
    std::vector<int> laneEnd; // last block number used by each lane
    m_laneOf.reserve(spans.size());
    for (const CodingHighlights::Span &span : spans) {
        const int first = document->findBlock(span.start).blockNumber();
        const int last = document->findBlock(std::max(span.start, span.end - 1)).blockNumber();
        int lane = 0;
        while (lane < static_cast<int>(laneEnd.size()) && laneEnd[static_cast<std::size_t>(lane)] >= first)
            ++lane;
        if (lane >= kMaxLanes)
            lane = kMaxLanes - 1;
        if (lane == static_cast<int>(laneEnd.size()))
            laneEnd.push_back(last);
        else
            laneEnd[static_cast<std::size_t>(lane)] = std::max(laneEnd[static_cast<std::size_t>(lane)], last);
        m_laneOf.push_back(lane);
    }
    m_lanes = static_cast<int>(laneEnd.size());
}

void CodingMargin::paint(QPainter &painter, const std::vector<CodingHighlights::Span> &spans,
        QTextEdit *view, int left, const std::string &active)
{
    m_stripes.clear();
    if (spans.empty() || m_laneOf.size() != spans.size())
        return;
    const QRect visible = view->viewport()->rect();
    const int firstVisible = view->cursorForPosition(visible.topLeft()).position();
    const int lastVisible = view->cursorForPosition(visible.bottomRight()).position();
    painter.setRenderHint(QPainter::Antialiasing);

    QTextCursor cursor(view->document());
    for (std::size_t i = 0; i < spans.size(); ++i) {
        const CodingHighlights::Span &span = spans[i];
        if (span.start > lastVisible)
            break;
        if (span.end < firstVisible)
            continue;
        cursor.setPosition(span.start);
        const QRect top = view->cursorRect(cursor);
        cursor.setPosition(span.end);
        const QRect bottom = view->cursorRect(cursor);
        const QRect bar(left + m_laneOf[i] * kLaneWidth, top.top() + 3, kBarWidth,
                std::max(bottom.bottom() - top.top() - 5, 8));
        if (bar.intersects(visible))
            m_stripes.push_back({i, bar, {}});
    }

    for (const Stripe &stripe : m_stripes) {
        const CodingHighlights::Span &span = spans[stripe.span];
        painter.setPen(Qt::NoPen);
        painter.setBrush(span.color);
        if (!active.empty() && span.coding.uuid == active) {
            // The picked coding: a wider, darker bar.
            painter.setBrush(span.color.darker(130));
            painter.drawRoundedRect(QRectF(stripe.rect.adjusted(-1, -1, 2, 1)), 3, 3);
            continue;
        }
        painter.drawRoundedRect(QRectF(stripe.rect), 2, 2);
    }

    // Names in a column right of the lanes, each at its coding's first line, never overlapping.
    QFont font = view->font();
    font.setPointSizeF(std::max(7.5, font.pointSizeF() * 0.78));
    painter.setFont(font);
    const QFontMetrics metrics(font);
    const int labelLeft = left + std::max(m_lanes, kReservedLanes) * kLaneWidth + 6;
    const int height = metrics.height() + 2;
    std::vector<std::size_t> order(m_stripes.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [this](std::size_t a, std::size_t b) {
        return m_stripes[a].rect.top() < m_stripes[b].rect.top();
    });
    int nextFree = visible.top() - height;
    for (std::size_t at : order) {
        Stripe &stripe = m_stripes[at];
        const CodingHighlights::Span &span = spans[stripe.span];
        const int y = std::max(stripe.rect.top() - 1, nextFree);
        const QString name = metrics.elidedText(
                span.codePath.section(u'/', -1), Qt::ElideRight, kLabelWidth - 10);
        stripe.label = QRect(labelLeft, y, metrics.horizontalAdvance(name) + 10, height);
        nextFree = y + height + 1;
        const bool picked = !active.empty() && span.coding.uuid == active;
        QColor tint = span.color;
        tint.setAlphaF(picked ? 0.38f : 0.16f);
        painter.setPen(Qt::NoPen);
        painter.setBrush(tint);
        painter.drawRoundedRect(QRectF(stripe.label), 3, 3);
        painter.setBrush(span.color);
        painter.drawRect(QRect(stripe.label.left(), stripe.label.top() + 2, 2, height - 4));
        painter.setPen(span.color.darker(190));
        painter.drawText(stripe.label.adjusted(6, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, name);
    }
}

std::optional<std::size_t> CodingMargin::spanAt(const QPoint &viewportPos) const
{
    // Later stripes are painted over earlier ones: look from the top.
    for (auto it = m_stripes.rbegin(); it != m_stripes.rend(); ++it) {
        if (it->rect.adjusted(-2, 0, 3, 0).contains(viewportPos) || it->label.contains(viewportPos))
            return it->span;
    }
    return std::nullopt;
}

} // namespace weft::app
