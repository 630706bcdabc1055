// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/thememap/thememapview.h"

#include "app/gui/confirmer.h"
#include "app/gui/models/codebookmodel.h"
#include "app/gui/session/projectsession.h"
#include "app/gui/thememap/mapedgeitem.h"
#include "app/gui/thememap/mapnodeitem.h"
#include "app/gui/thememap/thememapscene.h"
#include "app/gui/thememap/themenodeitem.h"

#include <QContextMenuEvent>
#include <QDragEnterEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QPointer>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace weft::app {

namespace {
constexpr double kMinZoom = 0.15;
constexpr double kMaxZoom = 4.0;
} // namespace

ThemeMapView::ThemeMapView(ThemeMapScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
    , m_scene(scene)
    , m_confirmer(std::make_unique<Confirmer>())
{
    setObjectName(u"themeMapView"_s);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::RubberBandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setViewportUpdateMode(QGraphicsView::BoundingRectViewportUpdate);
    setAcceptDrops(true);
    setFrameShape(QFrame::NoFrame);
    connect(m_scene, &ThemeMapScene::aboutToReload, this, [this] {
        m_centre = mapToScene(viewport()->rect().center());
        m_dropTarget = nullptr;
    });
    connect(m_scene, &ThemeMapScene::reloaded, this, [this] {
        centerOn(m_centre);
        if (m_editor && !m_scene->themeNode(m_editing))
            finishRename(false);
        viewport()->update();
    });
}

ThemeMapView::~ThemeMapView() = default;

void ThemeMapView::setConfirmer(std::unique_ptr<Confirmer> confirmer)
{
    m_confirmer = std::move(confirmer);
}

double ThemeMapView::zoom() const
{
    return transform().m11();
}

void ThemeMapView::scaleBy(double factor)
{
    const double target = std::clamp(zoom() * factor, kMinZoom, kMaxZoom);
    if (target == zoom())
        return;
    scale(target / zoom(), target / zoom());
}

void ThemeMapView::zoomIn()
{
    scaleBy(1.25);
}

void ThemeMapView::zoomOut()
{
    scaleBy(0.8);
}

void ThemeMapView::fitToView()
{
    const QRectF content = m_scene->contentRect();
    const QRectF port = viewport()->rect();
    if (content.isEmpty() || port.isEmpty())
        return;
    const double fit = std::min(port.width() / content.width(), port.height() / content.height());
    resetTransform();
    const double z = std::clamp(fit, kMinZoom, 1.0);
    scale(z, z);
    centerOn(content.center());
}

void ThemeMapView::wheelEvent(QWheelEvent *event)
{
    if (!event->modifiers().testFlag(Qt::ControlModifier)) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    scaleBy(std::pow(1.0015, event->angleDelta().y()));
    event->accept();
}

ThemeNodeItem *ThemeMapView::themeAt(QPoint viewportPoint) const
{
    MapNodeItem *node = m_scene->nodeAt(mapToScene(viewportPoint));
    return node && node->type() == MapNodeItem::ThemeType ? static_cast<ThemeNodeItem *>(node)
                                                          : nullptr;
}

void ThemeMapView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QGraphicsView::mouseDoubleClickEvent(event);
        return;
    }
    const QPoint at = event->position().toPoint();
    if (ThemeNodeItem *theme = themeAt(at)) {
        startRename(theme->uuid());
        event->accept();
        return;
    }
    if (!itemAt(at) && m_scene->session()->isOpen()) {
        newThemeAt(mapToScene(at));
        event->accept();
        return;
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

std::string ThemeMapView::newThemeAt(QPointF scenePoint)
{
    const std::string uuid
            = m_scene->createTheme(scenePoint, m_scene->freeThemeName(tr("New theme")));
    if (!uuid.empty())
        startRename(uuid);
    return uuid;
}

QLineEdit *ThemeMapView::startRename(const std::string &themeUuid)
{
    finishRename(false);
    ThemeNodeItem *theme = m_scene->themeNode(themeUuid);
    if (!theme)
        return nullptr;
    m_editing = themeUuid;
    m_editor = new QLineEdit(viewport());
    m_editor->setObjectName(u"themeNameEditor"_s);
    m_editor->setText(theme->name());
    m_editor->selectAll();
    const QRect node = mapFromScene(theme->sceneBoundingRect()).boundingRect();
    const int width = std::max(node.width(), 180);
    const int height = m_editor->sizeHint().height();
    m_editor->setGeometry(
            node.center().x() - width / 2, node.center().y() - height / 2, width, height);
    m_editor->installEventFilter(this);
    connect(m_editor, &QLineEdit::returnPressed, this, [this] { finishRename(true); });
    m_editor->show();
    m_editor->setFocus(Qt::OtherFocusReason);
    return m_editor;
}

void ThemeMapView::finishRename(bool accept)
{
    QLineEdit *editor = std::exchange(m_editor, nullptr);
    if (!editor)
        return;
    const std::string uuid = std::exchange(m_editing, {});
    const QString name = editor->text();
    editor->removeEventFilter(this);
    editor->hide();
    editor->deleteLater();
    setFocus(Qt::OtherFocusReason);
    if (accept)
        m_scene->renameTheme(uuid, name);
}

bool ThemeMapView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor) {
        if (event->type() == QEvent::KeyPress
                && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
            finishRename(false);
            return true;
        }
        if (event->type() == QEvent::FocusOut) {
            // Clicking elsewhere keeps what was typed, as in the codebook.
            QMetaObject::invokeMethod(
                    this,
                    [this, editor = QPointer<QLineEdit>(m_editor)] {
                        if (editor && editor == m_editor)
                            finishRename(true);
                    },
                    Qt::QueuedConnection);
        }
    }
    return QGraphicsView::eventFilter(watched, event);
}

void ThemeMapView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_F2) {
        for (QGraphicsItem *item : m_scene->selectedItems()) {
            if (item->type() == MapNodeItem::ThemeType) {
                startRename(static_cast<ThemeNodeItem *>(item)->uuid());
                event->accept();
                return;
            }
        }
    }
    if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) {
        deleteSelection();
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void ThemeMapView::showTheme(const std::optional<std::string> &themeUuid)
{
    ThemeNodeItem *node = themeUuid ? m_scene->themeNode(*themeUuid) : nullptr;
    if (!node)
        return;
    const QList<QGraphicsItem *> selected = m_scene->selectedItems();
    if (selected.size() != 1 || selected.front() != node) {
        m_scene->clearSelection();
        node->setSelected(true);
    }
    ensureVisible(node, 40, 40);
}

void ThemeMapView::deleteSelection()
{
    m_scene->deleteSelection(*m_confirmer, this);
}

bool ThemeMapView::dropCodes(QPoint viewportPoint, const QMimeData *mime)
{
    const QList<core::Id> ids = CodebookModel::codeIds(mime);
    ThemeNodeItem *theme = themeAt(viewportPoint);
    if (ids.isEmpty() || !theme)
        return false;
    return m_scene->linkCodes(theme->uuid(), std::vector<core::Id>(ids.begin(), ids.end()));
}

void ThemeMapView::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(CodebookModel::mimeType()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void ThemeMapView::dragMoveEvent(QDragMoveEvent *event)
{
    ThemeNodeItem *theme = event->mimeData()->hasFormat(CodebookModel::mimeType())
            ? themeAt(event->position().toPoint())
            : nullptr;
    if (m_dropTarget != theme) {
        if (m_dropTarget)
            m_dropTarget->setHighlighted(false);
        m_dropTarget = theme;
        if (theme)
            theme->setHighlighted(true);
    }
    if (theme)
        event->acceptProposedAction();
    else
        event->ignore();
}

void ThemeMapView::dragLeaveEvent(QDragLeaveEvent *event)
{
    if (m_dropTarget)
        m_dropTarget->setHighlighted(false);
    m_dropTarget = nullptr;
    event->accept();
}

void ThemeMapView::dropEvent(QDropEvent *event)
{
    if (m_dropTarget)
        m_dropTarget->setHighlighted(false);
    m_dropTarget = nullptr;
    if (dropCodes(event->position().toPoint(), event->mimeData()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void ThemeMapView::contextMenuEvent(QContextMenuEvent *event)
{
    if (!m_scene->session()->isOpen())
        return;
    const QPointF at = mapToScene(event->pos());
    QGraphicsItem *item = itemAt(event->pos());
    if (item && !item->isSelected()) {
        m_scene->clearSelection();
        item->setSelected(true);
    }
    QMenu menu(this);
    if (!item) {
        menu.addAction(tr("New Theme Here"), this, [this, at] { newThemeAt(at); });
    } else if (item->type() == MapNodeItem::ThemeType) {
        const std::string uuid = static_cast<ThemeNodeItem *>(item)->uuid();
        menu.addAction(tr("Rename"), this, [this, uuid] { startRename(uuid); });
        menu.addSeparator();
        menu.addAction(tr("Delete Theme…"), this, &ThemeMapView::deleteSelection);
    } else if (item->type() == MapNodeItem::CodeType) {
        menu.addAction(tr("Unlink from Its Themes"), this, &ThemeMapView::deleteSelection);
    } else if (item->type() == MapNodeItem::EdgeType) {
        const bool link = static_cast<MapEdgeItem *>(item)->kind() == MapEdgeItem::Kind::CodeLink;
        menu.addAction(link ? tr("Unlink") : tr("Make a Top-Level Theme"), this,
                &ThemeMapView::deleteSelection);
    }
    menu.exec(event->globalPos());
}

void ThemeMapView::drawForeground(QPainter *painter, const QRectF &rect)
{
    QGraphicsView::drawForeground(painter, rect);
    if (!m_scene->themeNodes().empty() || !m_scene->session()->isOpen())
        return;
    painter->save();
    painter->resetTransform();
    painter->setPen(palette().color(QPalette::PlaceholderText));
    painter->setFont(font());
    const QRect area = viewport()->rect().adjusted(40, 40, -40, -40);
    painter->drawText(area, Qt::AlignCenter | Qt::TextWordWrap,
            tr("No themes yet.\nDouble-click the canvas to create a theme, then drag codes from "
               "the codebook onto it."));
    painter->restore();
}

} // namespace weft::app
