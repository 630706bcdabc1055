// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/thememap/mapexport.h"

#include "app/gui/thememap/thememapscene.h"

#include <QCoreApplication>
#include <QFile>
#include <QGraphicsItem>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <cmath>

namespace weft::app::MapExport {

namespace {

QString text(const char *source)
{
    return QCoreApplication::translate("MapExport", source);
}

/// Paints the map's content into `size` with nothing selected.
void paint(ThemeMapScene &scene, QPainter &painter, const QSizeF &size)
{
    const QList<QGraphicsItem *> selected = scene.selectedItems();
    for (QGraphicsItem *item : selected)
        item->setSelected(false);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), size), scene.contentRect(), Qt::KeepAspectRatio);
    for (QGraphicsItem *item : selected)
        item->setSelected(true);
}

QString cannotWrite(const QString &path, const QString &reason)
{
    return text("Could not write %1 (%2). Choose a folder you can write to.").arg(path, reason);
}

} // namespace

QImage image(ThemeMapScene &scene, double scale)
{
    const QSizeF size = scene.contentRect().size() * scale;
    QImage picture(static_cast<int>(std::ceil(size.width())),
            static_cast<int>(std::ceil(size.height())), QImage::Format_ARGB32_Premultiplied);
    picture.fill(Qt::white);
    QPainter painter(&picture);
    paint(scene, painter, picture.size());
    return picture;
}

bool writePng(ThemeMapScene &scene, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = cannotWrite(path, file.errorString());
        return false;
    }
    if (!image(scene).save(&file, "PNG") || !file.commit()) {
        *error = cannotWrite(path, file.errorString());
        return false;
    }
    return true;
}

bool writeSvg(ThemeMapScene &scene, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = cannotWrite(path, file.errorString());
        return false;
    }
    const QSize size = scene.contentRect().size().toSize();
    {
        QSvgGenerator generator;
        generator.setOutputDevice(&file);
        generator.setSize(size);
        generator.setViewBox(QRect(QPoint(0, 0), size));
        generator.setTitle(text("Thematic map"));
        QPainter painter(&generator);
        paint(scene, painter, size);
    }
    if (!file.commit()) {
        *error = cannotWrite(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace weft::app::MapExport
