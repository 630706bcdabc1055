// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsItem>

#include <string>
#include <vector>

namespace weft::app {

class MapEdgeItem;

/// A node of the thematic map (a theme or a code), centred on its position and keyed by the
/// UUID of what it shows. Its edges follow it when it moves.
class MapNodeItem : public QGraphicsItem {
public:
    enum {
        ThemeType = UserType + 1,
        CodeType,
        EdgeType
    };

    explicit MapNodeItem(std::string uuid);

    const std::string &uuid() const { return m_uuid; }
    QRectF boundingRect() const override { return m_rect; }
    QSizeF size() const { return m_rect.size(); }
    void addEdge(MapEdgeItem *edge) { m_edges.push_back(edge); }
    const std::vector<MapEdgeItem *> &edges() const { return m_edges; }
    /// Where a straight line from the centre towards `target` (scene coordinates) leaves the
    /// node's outline.
    QPointF boundaryPoint(QPointF target) const;
    /// Shown as the target of a drop or a connection.
    void setHighlighted(bool on);
    bool isHighlighted() const { return m_highlighted; }

protected:
    void setSize(QSizeF size);
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    std::string m_uuid;
    QRectF m_rect;
    std::vector<MapEdgeItem *> m_edges;
    bool m_highlighted = false;
};

} // namespace weft::app
