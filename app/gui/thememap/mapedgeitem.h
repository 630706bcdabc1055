// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QGraphicsItem>
#include <QPainterPath>

namespace weft::app {

class MapNodeItem;

/// A line of the thematic map: a theme to its sub-theme, or a theme to a code it links. Drawn
/// under the nodes, from outline to outline, so it never runs through a label it ends at.
class MapEdgeItem : public QGraphicsItem {
public:
    enum class Kind {
        SubTheme,
        CodeLink
    };

    MapEdgeItem(MapNodeItem *from, MapNodeItem *to, Kind kind, QColor colour);

    int type() const override;
    Kind kind() const { return m_kind; }
    MapNodeItem *from() const { return m_from; }
    MapNodeItem *to() const { return m_to; }
    /// Follows the nodes after one of them moved.
    void adjust();

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    MapNodeItem *m_from;
    MapNodeItem *m_to;
    Kind m_kind;
    QColor m_colour;
    QPointF m_start;
    QPointF m_end;
};

} // namespace weft::app
