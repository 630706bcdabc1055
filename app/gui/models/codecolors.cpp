// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/models/codecolors.h"

#include <QHash>
#include <QPainter>
#include <QPixmap>

#include <array>
#include <optional>

using namespace Qt::StringLiterals;

namespace weft::app {

namespace {
// Tableau 10: distinct at a glance, readable as light tints.
constexpr std::array<QRgb, 10> kPalette{0x4e79a7, 0xf28e2b, 0xe15759, 0x76b7b2, 0x59a14f, 0xedc948,
        0xb07aa1, 0xff9da7, 0x9c755f, 0xbab0ac};

std::optional<QColor> parse(const std::optional<std::string> &stored)
{
    if (!stored)
        return std::nullopt;
    const QColor color = QColor::fromString(QString::fromStdString(*stored));
    return color.isValid() ? std::optional<QColor>(color) : std::nullopt;
}
} // namespace

QColor CodeColors::color(const core::CodeTree &tree, core::Id codeId)
{
    // Bounded walk: a damaged file with a parent cycle must not hang the view.
    std::size_t depth = 0;
    for (const core::Code *code = tree.find(codeId); code && depth++ <= tree.codes().size();
            code = code->parentId ? tree.find(*code->parentId) : nullptr) {
        if (auto own = parse(code->color))
            return *own;
    }
    return paletteColor(codeId);
}

QColor CodeColors::paletteColor(core::Id codeId)
{
    const auto index = static_cast<std::size_t>(codeId < 0 ? -codeId : codeId) % kPalette.size();
    return QColor::fromRgb(kPalette[index]);
}

QColor CodeColors::highlight(const QColor &color)
{
    QColor tint = color;
    tint.setAlphaF(0.30f);
    return tint;
}

QIcon CodeColors::swatch(const QColor &color)
{
    static QHash<QRgb, QIcon> cache;
    if (auto it = cache.constFind(color.rgb()); it != cache.constEnd())
        return *it;
    QIcon icon;
    for (int size : {16, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const qreal inset = size / 8.0;
        painter.setPen(QPen(color.darker(130), size / 16.0));
        painter.setBrush(color);
        painter.drawRoundedRect(
                QRectF(inset, inset, size - 2 * inset, size - 2 * inset), size / 6.0, size / 6.0);
        painter.end();
        icon.addPixmap(pixmap);
    }
    cache.insert(color.rgb(), icon);
    return icon;
}

} // namespace weft::app
