// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/thememap/thememapscene.h"

#include "app/gui/commands/deletethemecommand.h"
#include "app/gui/commands/editthemecommand.h"
#include "app/gui/commands/linkcodescommand.h"
#include "app/gui/commands/movethemecommand.h"
#include "app/gui/commands/placeonmapcommand.h"
#include "app/gui/confirmer.h"
#include "app/gui/models/codecolors.h"
#include "app/gui/session/projectobserveradapter.h"
#include "app/gui/session/projectsession.h"
#include "app/gui/thememap/codenodeitem.h"
#include "app/gui/thememap/createthemeonmapcommand.h"
#include "app/gui/thememap/mapedgeitem.h"
#include "app/gui/thememap/themenodeitem.h"
#include "app/render/mapstyle.h"
#include "app/services/themeanalysis.h"
#include "storage/project.h"

#include <QGraphicsLineItem>
#include <QGraphicsSceneMouseEvent>
#include <QPen>
#include <QSet>
#include <QUndoStack>

#include <algorithm>
#include <memory>
#include <set>

using namespace Qt::StringLiterals;

namespace weft::app {

namespace {

constexpr double kMargin = 40;
const QColor kLinkColour(0x8a, 0x8a, 0x8a);

std::string edgeKey(const MapEdgeItem *edge)
{
    return edge->from()->uuid() + '|' + edge->to()->uuid();
}

} // namespace

ThemeMapScene::ThemeMapScene(ProjectSession *session, QObject *parent)
    : QGraphicsScene(parent)
    , m_session(session)
{
    setBackgroundBrush(Qt::white);
    connect(m_session, &ProjectSession::changed, this, &ThemeMapScene::onChanged);
    connect(m_session, &ProjectSession::opened, this, &ThemeMapScene::reload);
    connect(m_session, &ProjectSession::closed, this, &ThemeMapScene::reload);
    connect(this, &QGraphicsScene::selectionChanged, this, [this] {
        if (m_rebuilding)
            return; // the same selection, rebuilt
        const QList<QGraphicsItem *> selected = selectedItems();
        if (selected.size() == 1 && selected.front()->type() == MapNodeItem::ThemeType)
            Q_EMIT currentThemeChanged(static_cast<MapNodeItem *>(selected.front())->uuid());
    });
    reload();
}

void ThemeMapScene::onChanged(const QList<storage::ChangeEvent> &events)
{
    using storage::EntityType;
    if (touches(events,
                {EntityType::Theme, EntityType::Code, EntityType::Coding, EntityType::Document,
                        EntityType::Participant}))
        scheduleReload();
    else if (touches(events, {EntityType::MapLayout})) {
        Q_EMIT aboutToReload();
        applyPositions();
        Q_EMIT reloaded();
    }
}

void ThemeMapScene::setLive(bool live)
{
    m_live = live;
    if (live && m_stale)
        reload();
}

void ThemeMapScene::scheduleReload()
{
    if (!m_live) {
        m_stale = true;
        return;
    }
    if (m_reloadPending)
        return;
    m_reloadPending = true;
    // After the event that made the change is done with the items this deletes.
    QMetaObject::invokeMethod(
            this,
            [this] {
                if (m_reloadPending)
                    reload();
            },
            Qt::QueuedConnection);
}

void ThemeMapScene::clearNodes()
{
    m_pressed.clear();
    m_highlighted = nullptr;
    m_connectFrom = nullptr;
    delete m_connectLine;
    m_connectLine = nullptr;
    for (MapEdgeItem *edge : m_edges)
        delete edge;
    for (auto &[uuid, node] : m_nodes)
        delete node;
    m_edges.clear();
    m_nodes.clear();
    m_themes.clear();
    m_codes.clear();
    m_layoutThemes.clear();
    m_layoutCodes.clear();
    m_themeData.clear();
}

void ThemeMapScene::reload()
{
    m_reloadPending = false;
    m_stale = false;
    Q_EMIT aboutToReload();
    std::set<std::string> selected;
    for (QGraphicsItem *item : selectedItems()) {
        if (item->type() == MapNodeItem::EdgeType)
            selected.insert(edgeKey(static_cast<MapEdgeItem *>(item)));
        else if (item->type() == MapNodeItem::ThemeType || item->type() == MapNodeItem::CodeType)
            selected.insert(static_cast<MapNodeItem *>(item)->uuid());
    }
    m_rebuilding = true;
    clearNodes();
    storage::Project *project = m_session->project();
    auto overview = project ? services::analyseThemes(*project)
                            : Result<services::ThemesOverview>(services::ThemesOverview{});
    auto tree = project ? project->codes().tree() : Result<core::CodeTree>(core::CodeTree({}));
    if (!overview.ok() || !tree.ok()) {
        qWarning("Weft: could not read the themes for the map: %s",
                (!overview.ok() ? overview.error() : tree.error()).message.c_str());
        setSceneRect(contentRect());
        m_rebuilding = false;
        Q_EMIT reloaded();
        return;
    }

    // Themes, in tree order, coloured after their top-level theme.
    std::map<core::Id, std::size_t> rootOf;
    std::map<core::Id, int> depthOf;
    std::map<core::Id, std::string> uuidOf;
    std::size_t roots = 0;
    for (const services::ThemeSummary &summary : overview->themes) {
        const core::Theme &theme = summary.theme;
        const bool nested = theme.parentId && rootOf.count(*theme.parentId);
        rootOf[theme.id] = nested ? rootOf[*theme.parentId] : roots++;
        depthOf[theme.id] = nested ? depthOf[*theme.parentId] + 1 : 0;
        uuidOf[theme.id] = theme.uuid;
        ThemeNodeItem::Content content{theme,
                static_cast<std::int64_t>(summary.evidence.excerpts.size()),
                summary.evidence.participants, render::themeColour(rootOf[theme.id]),
                depthOf[theme.id]};
        auto *node = new ThemeNodeItem(std::move(content));
        addItem(node);
        m_themes.push_back(node);
        m_nodes[theme.uuid] = node;
        m_themeData.push_back(theme);

        ThemeMapLayout::Theme layout;
        layout.key = theme.uuid;
        if (nested)
            layout.parent = uuidOf[*theme.parentId];
        layout.size = node->size();
        std::vector<core::Id> linked = summary.linkedCodes;
        std::sort(linked.begin(), linked.end(),
                [&](core::Id a, core::Id b) { return tree->path(a) < tree->path(b); });
        for (core::Id codeId : linked) {
            const core::Code *code = tree->find(codeId);
            if (!code)
                continue;
            layout.codes.push_back(code->uuid);
            auto *codeNode = m_nodes.count(code->uuid)
                    ? static_cast<CodeNodeItem *>(m_nodes[code->uuid])
                    : nullptr;
            if (!codeNode) {
                CodeNodeItem::Content codeContent{codeId, code->uuid,
                        QString::fromStdString(code->name),
                        code->parentId ? QString::fromStdString(tree->path(*code->parentId))
                                       : QString(),
                        CodeColors::color(*tree, codeId)};
                codeNode = new CodeNodeItem(std::move(codeContent));
                addItem(codeNode);
                m_codes.push_back(codeNode);
                m_nodes[code->uuid] = codeNode;
                m_layoutCodes.push_back({code->uuid, codeNode->size()});
            }
        }
        m_layoutThemes.push_back(std::move(layout));
    }

    // Edges: each sub-theme from its parent, each link from its theme.
    for (const ThemeMapLayout::Theme &theme : m_layoutThemes) {
        MapNodeItem *node = m_nodes[theme.key];
        if (theme.parent) {
            const QColor colour = static_cast<ThemeNodeItem *>(node)->theme().status
                            == core::ThemeStatus::Discarded
                    ? render::discardedColour()
                    : render::themeColour(rootOf[static_cast<ThemeNodeItem *>(node)->theme().id]);
            auto *edge = new MapEdgeItem(
                    m_nodes[*theme.parent], node, MapEdgeItem::Kind::SubTheme, colour);
            addItem(edge);
            m_edges.push_back(edge);
        }
        for (const std::string &code : theme.codes) {
            auto *edge = new MapEdgeItem(
                    node, m_nodes[code], MapEdgeItem::Kind::CodeLink, kLinkColour);
            addItem(edge);
            m_edges.push_back(edge);
        }
    }

    applyPositions();
    for (auto &[uuid, node] : m_nodes)
        node->setSelected(selected.count(uuid) > 0);
    for (MapEdgeItem *edge : m_edges)
        edge->setSelected(selected.count(edgeKey(edge)) > 0);
    m_rebuilding = false;
    Q_EMIT reloaded();
}

void ThemeMapScene::applyPositions()
{
    std::map<std::string, QPointF> saved;
    if (m_session->project()) {
        auto places = m_session->project()->mapLayout().all();
        if (places.ok()) {
            for (const auto &[uuid, point] : *places)
                saved.emplace(uuid, QPointF(point.x, point.y));
        }
    }
    const auto positions = ThemeMapLayout::arrange(m_layoutThemes, m_layoutCodes, saved);
    for (const auto &[uuid, position] : positions) {
        const auto node = m_nodes.find(uuid);
        if (node != m_nodes.end())
            node->second->setPos(position);
    }
    // Room around the map to move things into; an empty map needs no scroll bars.
    const QRectF content = contentRect();
    setSceneRect(m_nodes.empty()
                    ? QRectF(-1, -1, 2, 2)
                    : content.adjusted(-content.width() / 2 - 400, -content.height() / 2 - 300,
                            content.width() / 2 + 400, content.height() / 2 + 300));
}

QRectF ThemeMapScene::contentRect() const
{
    QRectF rect;
    for (const auto &[uuid, node] : m_nodes)
        rect |= node->sceneBoundingRect();
    if (rect.isNull())
        rect = QRectF(-300, -200, 600, 400);
    return rect.adjusted(-kMargin, -kMargin, kMargin, kMargin);
}

ThemeNodeItem *ThemeMapScene::themeNode(const std::string &uuid) const
{
    const auto found = m_nodes.find(uuid);
    return found != m_nodes.end() && found->second->type() == MapNodeItem::ThemeType
            ? static_cast<ThemeNodeItem *>(found->second)
            : nullptr;
}

CodeNodeItem *ThemeMapScene::codeNode(const std::string &uuid) const
{
    const auto found = m_nodes.find(uuid);
    return found != m_nodes.end() && found->second->type() == MapNodeItem::CodeType
            ? static_cast<CodeNodeItem *>(found->second)
            : nullptr;
}

MapEdgeItem *ThemeMapScene::edge(const std::string &fromUuid, const std::string &toUuid) const
{
    const auto found = std::find_if(m_edges.begin(), m_edges.end(), [&](const MapEdgeItem *edge) {
        return edge->from()->uuid() == fromUuid && edge->to()->uuid() == toUuid;
    });
    return found != m_edges.end() ? *found : nullptr;
}

MapNodeItem *ThemeMapScene::nodeAt(QPointF at, const QList<MapNodeItem *> &except) const
{
    for (QGraphicsItem *item : items(at)) {
        if (item->type() != MapNodeItem::ThemeType && item->type() != MapNodeItem::CodeType)
            continue;
        auto *node = static_cast<MapNodeItem *>(item);
        if (!except.contains(node))
            return node;
    }
    return nullptr;
}

const core::Theme *ThemeMapScene::themeData(const std::string &uuid) const
{
    const auto found = std::find_if(m_themeData.begin(), m_themeData.end(),
            [&](const core::Theme &theme) { return theme.uuid == uuid; });
    return found != m_themeData.end() ? &*found : nullptr;
}

// ---- actions --------------------------------------------------------------------------------

QString ThemeMapScene::freeThemeName(const QString &base) const
{
    auto taken = [&](const QString &name) {
        return std::any_of(m_themeData.begin(), m_themeData.end(), [&](const core::Theme &theme) {
            return !theme.parentId && QString::fromStdString(theme.name) == name;
        });
    };
    QString name = base;
    for (int n = 2; taken(name); ++n)
        name = u"%1 %2"_s.arg(base).arg(n);
    return name;
}

std::string ThemeMapScene::createTheme(QPointF at, const QString &name)
{
    if (!m_session->isOpen())
        return {};
    storage::NewTheme theme;
    theme.name = name.simplified().toStdString();
    auto *command = new CreateThemeOnMapCommand(m_session, theme, at);
    // On success the command lives on the stack, so it can still be asked for the UUID.
    if (!m_session->execute(command))
        return {};
    const std::string uuid = command->themeUuid();
    reload();
    return uuid;
}

bool ThemeMapScene::linkCodes(const std::string &themeUuid, const std::vector<core::Id> &codeIds)
{
    const ThemeNodeItem *theme = themeNode(themeUuid);
    if (!theme || codeIds.empty())
        return false;
    std::vector<core::Id> fresh;
    for (core::Id id : codeIds) {
        const bool linked
                = std::any_of(theme->edges().begin(), theme->edges().end(), [&](MapEdgeItem *edge) {
                      return edge->kind() == MapEdgeItem::Kind::CodeLink
                              && static_cast<CodeNodeItem *>(edge->to())->codeId() == id;
                  });
        if (!linked && std::find(fresh.begin(), fresh.end(), id) == fresh.end())
            fresh.push_back(id);
    }
    if (fresh.empty()) {
        Q_EMIT message(tr("Already linked to “%1”.").arg(theme->name()));
        return false;
    }
    return m_session->execute(new LinkCodesCommand(
            m_session, themeUuid, std::move(fresh), LinkCodesCommand::Mode::Link, theme->name()));
}

bool ThemeMapScene::makeSubTheme(const std::string &childUuid, const std::string &parentUuid)
{
    const core::Theme *child = themeData(childUuid);
    const core::Theme *parent = themeData(parentUuid);
    if (!child || !parent || child == parent)
        return false;
    if (child->parentId == parent->id) {
        Q_EMIT message(tr("“%1” is a sub-theme of “%2” already.")
                               .arg(QString::fromStdString(child->name),
                                       QString::fromStdString(parent->name)));
        return false;
    }
    // A theme cannot go under its own sub-theme.
    for (std::optional<core::Id> up = parent->id; up;) {
        if (*up == child->id) {
            Q_EMIT message(tr("“%1” cannot go under its own sub-theme.")
                                   .arg(QString::fromStdString(child->name)));
            return false;
        }
        const auto above = std::find_if(m_themeData.begin(), m_themeData.end(),
                [&](const core::Theme &theme) { return theme.id == *up; });
        up = above != m_themeData.end() ? above->parentId : std::nullopt;
    }
    const auto siblings = std::count_if(m_themeData.begin(), m_themeData.end(),
            [&](const core::Theme &theme) { return theme.parentId == parent->id; });
    return m_session->execute(new MoveThemeCommand(
            m_session, childUuid, parent->id, siblings, QString::fromStdString(child->name)));
}

bool ThemeMapScene::renameTheme(const std::string &uuid, const QString &name)
{
    const core::Theme *theme = themeData(uuid);
    const QString clean = name.simplified();
    if (!theme || clean.isEmpty() || clean.toStdString() == theme->name)
        return false;
    return m_session->execute(new EditThemeCommand(m_session, uuid, EditThemeCommand::Field::Name,
            clean, QString::fromStdString(theme->name)));
}

bool ThemeMapScene::placeNodes(const std::vector<std::pair<std::string, QPointF>> &places)
{
    if (places.empty() || !m_session->isOpen())
        return false;
    std::vector<PlaceOnMapCommand::Placement> placements;
    for (const auto &[uuid, at] : places)
        placements.emplace_back(uuid, storage::MapPoint{at.x(), at.y()});
    QString text = tr("Move %n items on the map", nullptr, static_cast<int>(places.size()));
    if (places.size() == 1) {
        if (const ThemeNodeItem *theme = themeNode(places.front().first))
            text = tr("Move “%1” on the map").arg(theme->name());
        else if (const CodeNodeItem *code = codeNode(places.front().first))
            text = tr("Move “%1” on the map").arg(code->name());
    }
    return m_session->execute(new PlaceOnMapCommand(m_session, std::move(placements), text));
}

bool ThemeMapScene::deleteSelection(Confirmer &confirmer, QWidget *parent)
{
    std::vector<const ThemeNodeItem *> themes;
    std::vector<const CodeNodeItem *> codes;
    std::vector<const MapEdgeItem *> edges;
    for (QGraphicsItem *item : selectedItems()) {
        if (item->type() == MapNodeItem::ThemeType)
            themes.push_back(static_cast<ThemeNodeItem *>(item));
        else if (item->type() == MapNodeItem::CodeType)
            codes.push_back(static_cast<CodeNodeItem *>(item));
        else if (item->type() == MapNodeItem::EdgeType)
            edges.push_back(static_cast<MapEdgeItem *>(item));
    }
    // Deleting a theme takes its sub-themes: leave out those already going with an ancestor.
    std::set<core::Id> going;
    for (const ThemeNodeItem *theme : themes)
        going.insert(theme->theme().id);
    auto goesWithAncestor = [&](const core::Theme &theme) {
        for (std::optional<core::Id> up = theme.parentId; up;) {
            if (going.count(*up))
                return true;
            const auto above = std::find_if(m_themeData.begin(), m_themeData.end(),
                    [&](const core::Theme &each) { return each.id == *up; });
            up = above != m_themeData.end() ? above->parentId : std::nullopt;
        }
        return false;
    };
    std::erase_if(
            themes, [&](const ThemeNodeItem *theme) { return goesWithAncestor(theme->theme()); });

    std::vector<QUndoCommand *> commands;
    for (const MapEdgeItem *edge : edges) {
        const auto *from = static_cast<const ThemeNodeItem *>(edge->from());
        if (edge->kind() == MapEdgeItem::Kind::CodeLink) {
            commands.push_back(new LinkCodesCommand(m_session, from->uuid(),
                    {static_cast<const CodeNodeItem *>(edge->to())->codeId()},
                    LinkCodesCommand::Mode::Unlink, from->name()));
            continue;
        }
        const auto *child = static_cast<const ThemeNodeItem *>(edge->to());
        if (going.count(from->theme().id) || going.count(child->theme().id))
            continue;
        const auto roots = std::count_if(m_themeData.begin(), m_themeData.end(),
                [](const core::Theme &theme) { return !theme.parentId; });
        commands.push_back(
                new MoveThemeCommand(m_session, child->uuid(), std::nullopt, roots, child->name()));
    }
    for (const CodeNodeItem *code : codes) {
        for (const MapEdgeItem *edge : code->edges()) {
            const auto *theme = static_cast<const ThemeNodeItem *>(edge->from());
            if (std::find(edges.begin(), edges.end(), edge) == edges.end())
                commands.push_back(new LinkCodesCommand(m_session, theme->uuid(), {code->codeId()},
                        LinkCodesCommand::Mode::Unlink, theme->name()));
        }
    }
    if (!themes.empty()) {
        const QString question = themes.size() == 1
                ? tr("Delete the theme “%1” with its sub-themes, links and exemplar quotes? The "
                     "codes and their codings stay.")
                          .arg(themes.front()->name())
                : tr("Delete %n themes with their sub-themes, links and exemplar quotes? The codes "
                     "and their codings stay.",
                        nullptr, static_cast<int>(themes.size()));
        if (confirmer.confirm(parent, tr("Delete Theme"), question, tr("Delete"))) {
            for (const ThemeNodeItem *theme : themes)
                commands.push_back(new DeleteThemeCommand(m_session, theme->uuid(), theme->name()));
        }
    }
    if (commands.empty())
        return false;
    if (commands.size() == 1)
        return m_session->execute(commands.front());
    bool ok = true;
    m_session->undoStack()->beginMacro(tr("Delete from the map"));
    for (QUndoCommand *command : commands)
        ok = m_session->execute(command) && ok;
    m_session->undoStack()->endMacro();
    return ok;
}

// ---- mouse ----------------------------------------------------------------------------------

void ThemeMapScene::highlight(MapNodeItem *node)
{
    if (m_highlighted == node)
        return;
    if (m_highlighted)
        m_highlighted->setHighlighted(false);
    m_highlighted = node;
    if (node)
        node->setHighlighted(true);
}

void ThemeMapScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    m_pressed.clear();
    if (event->button() == Qt::LeftButton
            && (m_connectMode || event->modifiers().testFlag(Qt::ShiftModifier))) {
        if (MapNodeItem *node = nodeAt(event->scenePos())) {
            m_connectFrom = node;
            m_connectLine = addLine(QLineF(node->pos(), event->scenePos()),
                    QPen(QColor(0x55, 0x55, 0x55), 1.5, Qt::DashLine));
            m_connectLine->setZValue(10);
            event->accept();
            return;
        }
    }
    QGraphicsScene::mousePressEvent(event);
    if (event->button() != Qt::LeftButton)
        return;
    for (QGraphicsItem *item : selectedItems()) {
        if (item->type() == MapNodeItem::ThemeType || item->type() == MapNodeItem::CodeType)
            m_pressed[static_cast<MapNodeItem *>(item)->uuid()] = item->pos();
    }
}

void ThemeMapScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_connectFrom) {
        m_connectLine->setLine(QLineF(m_connectFrom->pos(), event->scenePos()));
        MapNodeItem *target = nodeAt(event->scenePos(), {m_connectFrom});
        const bool valid = target
                && (target->type() == MapNodeItem::ThemeType
                        || m_connectFrom->type() == MapNodeItem::ThemeType);
        highlight(valid ? target : nullptr);
        return;
    }
    QGraphicsScene::mouseMoveEvent(event);
    // Dragging codes over a theme offers to link them.
    QList<MapNodeItem *> moving;
    bool codesOnly = !m_pressed.empty();
    for (const auto &[uuid, from] : m_pressed) {
        if (MapNodeItem *node = m_nodes.count(uuid) ? m_nodes[uuid] : nullptr) {
            moving.append(node);
            codesOnly = codesOnly && node->type() == MapNodeItem::CodeType;
        }
    }
    MapNodeItem *target = codesOnly && event->buttons().testFlag(Qt::LeftButton)
            ? nodeAt(event->scenePos(), moving)
            : nullptr;
    highlight(target && target->type() == MapNodeItem::ThemeType ? target : nullptr);
}

void ThemeMapScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_connectFrom) {
        finishConnection(event->scenePos());
        return;
    }
    QGraphicsScene::mouseReleaseEvent(event);
    highlight(nullptr);
    const auto pressed = std::exchange(m_pressed, {});
    if (event->button() != Qt::LeftButton)
        return;
    std::vector<std::pair<std::string, QPointF>> moved;
    QList<MapNodeItem *> movedNodes;
    bool codesOnly = true;
    for (const auto &[uuid, from] : pressed) {
        const auto node = m_nodes.find(uuid);
        if (node == m_nodes.end() || node->second->pos() == from)
            continue;
        moved.emplace_back(uuid, node->second->pos());
        movedNodes.append(node->second);
        codesOnly = codesOnly && node->second->type() == MapNodeItem::CodeType;
    }
    if (moved.empty())
        return;
    MapNodeItem *target = codesOnly ? nodeAt(event->scenePos(), movedNodes) : nullptr;
    if (target && target->type() == MapNodeItem::ThemeType) {
        // Dropped on a theme: the codes go back to their places and are linked to it.
        std::vector<core::Id> ids;
        for (MapNodeItem *node : movedNodes) {
            node->setPos(pressed.at(node->uuid()));
            ids.push_back(static_cast<CodeNodeItem *>(node)->codeId());
        }
        linkCodes(target->uuid(), ids);
        return;
    }
    placeNodes(moved);
}

void ThemeMapScene::finishConnection(QPointF at)
{
    MapNodeItem *from = std::exchange(m_connectFrom, nullptr);
    delete m_connectLine;
    m_connectLine = nullptr;
    highlight(nullptr);
    MapNodeItem *to = nodeAt(at, {from});
    if (!to)
        return;
    const bool fromTheme = from->type() == MapNodeItem::ThemeType;
    const bool toTheme = to->type() == MapNodeItem::ThemeType;
    if (fromTheme && toTheme)
        makeSubTheme(from->uuid(), to->uuid());
    else if (toTheme)
        linkCodes(to->uuid(), {static_cast<CodeNodeItem *>(from)->codeId()});
    else if (fromTheme)
        linkCodes(from->uuid(), {static_cast<CodeNodeItem *>(to)->codeId()});
}

} // namespace weft::app
