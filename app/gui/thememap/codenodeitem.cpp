// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/thememap/codenodeitem.h"

#include "app/render/mapstyle.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPalette>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace weft::app {

namespace {

constexpr double kPadding = 7;
constexpr double kDot = 10;
constexpr double kMaxText = 170;

QFont nameFont()
{
    return render::mapFont(13);
}
QFont pathFont()
{
    return render::mapFont(10.5);
}

QRectF textRect(const QFont &font, const QString &text)
{
    return QFontMetricsF(font).boundingRect(QRectF(0, 0, kMaxText, 1e6), Qt::TextWordWrap, text);
}

} // namespace

CodeNodeItem::CodeNodeItem(Content content)
    : MapNodeItem(content.uuid)
    , m_content(std::move(content))
{
    setSize(sizeFor(m_content));
    setZValue(1);
    setToolTip(path());
}

QString CodeNodeItem::path() const
{
    return m_content.parentPath.isEmpty() ? m_content.name
                                          : m_content.parentPath + u'/' + m_content.name;
}

QSizeF CodeNodeItem::sizeFor(const Content &content)
{
    const QRectF name = textRect(nameFont(), content.name);
    QSizeF text = name.size();
    if (!content.parentPath.isEmpty()) {
        const QRectF path = textRect(pathFont(), content.parentPath);
        text = QSizeF(std::max(text.width(), path.width()), text.height() + path.height());
    }
    return {std::ceil(kPadding + kDot + kPadding + text.width() + kPadding + 1),
            std::ceil(std::max(text.height(), kDot) + 2 * kPadding - 2)};
}

void CodeNodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF rect = boundingRect();
    if (option->state.testFlag(QStyle::State_Selected)) {
        QColor glow = option->palette.color(QPalette::Highlight);
        glow.setAlpha(120);
        painter->setPen(QPen(glow, 5));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(rect.adjusted(-2, -2, 2, 2), 8, 8);
    }
    painter->setPen(QPen(m_content.colour, 1.5));
    painter->setBrush(Qt::white);
    painter->drawRoundedRect(rect.adjusted(0.75, 0.75, -0.75, -0.75), 6, 6);
    painter->setPen(Qt::NoPen);
    painter->setBrush(m_content.colour);
    const double left = rect.left() + kPadding;
    painter->drawEllipse(QRectF(left, rect.center().y() - kDot / 2, kDot, kDot));

    const double textLeft = left + kDot + kPadding;
    const double width = rect.right() - kPadding - textLeft + 1;
    double y = rect.top() + kPadding - 1;
    if (!m_content.parentPath.isEmpty()) {
        const QRectF path = textRect(pathFont(), m_content.parentPath);
        painter->setFont(pathFont());
        painter->setPen(QColor(0x6a, 0x6a, 0x6a));
        painter->drawText(
                QRectF(textLeft, y, width, path.height()), Qt::TextWordWrap, m_content.parentPath);
        y += path.height();
    }
    const QRectF name = textRect(nameFont(), m_content.name);
    painter->setFont(nameFont());
    painter->setPen(QColor(0x1a, 0x1a, 0x1a));
    painter->drawText(QRectF(textLeft, y, width, name.height()), Qt::TextWordWrap, m_content.name);
}

} // namespace weft::app
