// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/thememap/mapedgeitem.h"

#include "app/gui/thememap/mapnodeitem.h"

#include <QPainter>
#include <QPainterPathStroker>
#include <QPalette>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace weft::app {

namespace {
constexpr double kPickWidth = 10; // how far from the line a click still selects it
}

MapEdgeItem::MapEdgeItem(MapNodeItem *from, MapNodeItem *to, Kind kind, QColor colour)
    : m_from(from)
    , m_to(to)
    , m_kind(kind)
    , m_colour(colour)
{
    setFlags(ItemIsSelectable | ItemIsFocusable);
    setZValue(-1);
    from->addEdge(this);
    to->addEdge(this);
    adjust();
}

int MapEdgeItem::type() const
{
    return MapNodeItem::EdgeType;
}

void MapEdgeItem::adjust()
{
    prepareGeometryChange();
    m_start = m_from->boundaryPoint(m_to->pos());
    m_end = m_to->boundaryPoint(m_from->pos());
}

QRectF MapEdgeItem::boundingRect() const
{
    return QRectF(m_start, m_end)
            .normalized()
            .adjusted(-kPickWidth, -kPickWidth, kPickWidth, kPickWidth);
}

QPainterPath MapEdgeItem::shape() const
{
    QPainterPath line(m_start);
    line.lineTo(m_end);
    QPainterPathStroker stroker;
    stroker.setWidth(kPickWidth);
    return stroker.createStroke(line);
}

void MapEdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const bool selected = option->state.testFlag(QStyle::State_Selected);
    const double width = m_kind == Kind::SubTheme ? 2.5 : 1.4;
    if (selected) {
        QColor glow = option->palette.color(QPalette::Highlight);
        glow.setAlpha(110);
        painter->setPen(QPen(glow, width + 5, Qt::SolidLine, Qt::RoundCap));
        painter->drawLine(m_start, m_end);
    }
    painter->setPen(QPen(m_colour, width, Qt::SolidLine, Qt::RoundCap));
    painter->drawLine(m_start, m_end);
    if (m_kind != Kind::SubTheme)
        return;
    // An arrow head at the sub-theme.
    const QPointF d = m_end - m_start;
    const double length = std::hypot(d.x(), d.y());
    if (length < 1)
        return;
    const QPointF unit = d / length;
    const QPointF normal(-unit.y(), unit.x());
    QPolygonF head;
    head << m_end << m_end - unit * 10 + normal * 5 << m_end - unit * 10 - normal * 5;
    painter->setPen(Qt::NoPen);
    painter->setBrush(m_colour);
    painter->drawPolygon(head);
}

} // namespace weft::app
