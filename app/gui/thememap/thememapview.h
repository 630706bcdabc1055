// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsView>

#include <memory>
#include <optional>
#include <string>

class QLineEdit;
class QMimeData;

namespace weft::app {

class Confirmer;
class MapNodeItem;
class ThemeMapScene;
class ThemeNodeItem;

/// Shows the thematic map: zoom with Ctrl+wheel, double-click the canvas for a new theme, a
/// theme to rename it in place (also F2), Delete to remove what is selected, and drop codes
/// from the codebook onto a theme to link them. Keeps its zoom and place when the map changes.
class ThemeMapView : public QGraphicsView {
    Q_OBJECT

public:
    explicit ThemeMapView(ThemeMapScene *scene, QWidget *parent = nullptr);
    ~ThemeMapView() override;

    ThemeMapScene *mapScene() const { return m_scene; }
    void setConfirmer(std::unique_ptr<Confirmer> confirmer);

    void zoomIn();
    void zoomOut();
    /// Shows the whole map (never larger than actual size).
    void fitToView();
    double zoom() const;

    /// Opens the in-place editor on a theme's name; Enter renames, Escape cancels.
    QLineEdit *startRename(const std::string &themeUuid);
    QLineEdit *renameEditor() const { return m_editor; }
    /// Creates a theme at a scene point and opens the editor on its name.
    std::string newThemeAt(QPointF scenePoint);
    /// Links the codes in `mime` (codebook drag) to the theme at a viewport point.
    bool dropCodes(QPoint viewportPoint, const QMimeData *mime);
    void deleteSelection();
    /// Selects a theme's node and scrolls it into view (a theme chosen elsewhere).
    void showTheme(const std::optional<std::string> &themeUuid);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void scaleBy(double factor);
    void finishRename(bool accept);
    ThemeNodeItem *themeAt(QPoint viewportPoint) const;

    ThemeMapScene *m_scene;
    std::unique_ptr<Confirmer> m_confirmer;
    QLineEdit *m_editor = nullptr;
    std::string m_editing;
    QPointF m_centre;
    MapNodeItem *m_dropTarget = nullptr;
};

} // namespace weft::app
