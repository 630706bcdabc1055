// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/thememap/mapnodeitem.h"

#include "app/gui/thememap/mapedgeitem.h"

#include <algorithm>
#include <cmath>

namespace weft::app {

MapNodeItem::MapNodeItem(std::string uuid)
    : m_uuid(std::move(uuid))
{
    setFlags(ItemIsMovable | ItemIsSelectable | ItemIsFocusable | ItemSendsGeometryChanges);
    setAcceptHoverEvents(true);
}

void MapNodeItem::setSize(QSizeF size)
{
    prepareGeometryChange();
    m_rect = QRectF(-size.width() / 2, -size.height() / 2, size.width(), size.height());
}

QPointF MapNodeItem::boundaryPoint(QPointF target) const
{
    const QPointF centre = pos();
    const QPointF d = target - centre;
    if (std::abs(d.x()) < 1e-9 && std::abs(d.y()) < 1e-9)
        return centre;
    const double sx = std::abs(d.x()) > 1e-9 ? (m_rect.width() / 2) / std::abs(d.x()) : 1e12;
    const double sy = std::abs(d.y()) > 1e-9 ? (m_rect.height() / 2) / std::abs(d.y()) : 1e12;
    return centre + d * std::min({sx, sy, 1.0});
}

void MapNodeItem::setHighlighted(bool on)
{
    if (m_highlighted == on)
        return;
    m_highlighted = on;
    update();
}

QVariant MapNodeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionHasChanged) {
        for (MapEdgeItem *edge : m_edges)
            edge->adjust();
    }
    return QGraphicsItem::itemChange(change, value);
}

} // namespace weft::app
