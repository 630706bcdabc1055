// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/thememap/thememaplayout.h"
#include "core/model/entities.h"
#include "storage/changeevent.h"

#include <QGraphicsScene>
#include <QList>
#include <QPointF>

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

class QGraphicsLineItem;

namespace weft::app {

class CodeNodeItem;
class Confirmer;
class MapEdgeItem;
class MapNodeItem;
class ProjectSession;
class ThemeNodeItem;

/// The thematic map as a scene that is the model itself: a node per theme and per linked code,
/// an edge per sub-theme and per link. Every change made on it (moving, linking, nesting,
/// creating, renaming, deleting) is one undoable command; it follows the project's changes.
class ThemeMapScene : public QGraphicsScene {
    Q_OBJECT

public:
    explicit ThemeMapScene(ProjectSession *session, QObject *parent = nullptr);

    /// Rebuilds the nodes from the project now (changes otherwise arrive on the next event
    /// loop turn), keeping the selection.
    void reload();
    /// While not live (the map is hidden) project changes only mark the map out of date: it is
    /// rebuilt when it becomes live again, so coding elsewhere does not pay for it.
    void setLive(bool live);

    ThemeNodeItem *themeNode(const std::string &uuid) const;
    CodeNodeItem *codeNode(const std::string &uuid) const;
    const std::vector<ThemeNodeItem *> &themeNodes() const { return m_themes; }
    const std::vector<CodeNodeItem *> &codeNodes() const { return m_codes; }
    const std::vector<MapEdgeItem *> &edges() const { return m_edges; }
    MapEdgeItem *edge(const std::string &fromUuid, const std::string &toUuid) const;
    /// The nodes and a margin: what export draws and "fit" shows.
    QRectF contentRect() const;

    /// Dragging from a node to another connects them (nests a theme, links a code) instead of
    /// moving; Shift-dragging does the same outside this mode.
    void setConnectMode(bool on) { m_connectMode = on; }
    bool connectMode() const { return m_connectMode; }

    /// `base`, or "base 2", "base 3"... : the first name no top-level theme has yet.
    QString freeThemeName(const QString &base) const;

    /// Each of these is one undo step; false when nothing was done.
    std::string createTheme(QPointF at, const QString &name);
    bool linkCodes(const std::string &themeUuid, const std::vector<core::Id> &codeIds);
    bool makeSubTheme(const std::string &childUuid, const std::string &parentUuid);
    bool renameTheme(const std::string &uuid, const QString &name);
    bool placeNodes(const std::vector<std::pair<std::string, QPointF>> &places);
    /// Removes what is selected: a link is unlinked, a sub-theme line makes the sub-theme a
    /// top-level theme, a code is unlinked from every theme, a theme is deleted (after asking).
    bool deleteSelection(Confirmer &confirmer, QWidget *parent);

    /// The node at a scene point, topmost, leaving out `except`.
    MapNodeItem *nodeAt(QPointF at, const QList<MapNodeItem *> &except = {}) const;

    ProjectSession *session() const { return m_session; }

Q_SIGNALS:
    /// The nodes are about to be rebuilt or moved (the scene rect may change with them).
    void aboutToReload();
    void reloaded();
    /// One theme was selected on the map.
    void currentThemeChanged(std::optional<std::string> themeUuid);
    /// A hint for the status bar.
    void message(const QString &text);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;

private:
    void onChanged(const QList<storage::ChangeEvent> &events);
    void scheduleReload();
    void applyPositions();
    void clearNodes();
    void highlight(MapNodeItem *node);
    void finishConnection(QPointF at);
    const core::Theme *themeData(const std::string &uuid) const;

    ProjectSession *m_session;
    std::vector<ThemeNodeItem *> m_themes;
    std::vector<CodeNodeItem *> m_codes;
    std::vector<MapEdgeItem *> m_edges;
    std::map<std::string, MapNodeItem *> m_nodes;
    std::vector<ThemeMapLayout::Theme> m_layoutThemes;
    std::vector<ThemeMapLayout::Code> m_layoutCodes;
    std::vector<core::Theme> m_themeData;
    bool m_reloadPending = false;
    bool m_rebuilding = false;
    bool m_live = true;
    bool m_stale = false;
    bool m_connectMode = false;
    // While dragging: where each moved node started.
    std::map<std::string, QPointF> m_pressed;
    MapNodeItem *m_highlighted = nullptr;
    MapNodeItem *m_connectFrom = nullptr;
    QGraphicsLineItem *m_connectLine = nullptr;
};

} // namespace weft::app
