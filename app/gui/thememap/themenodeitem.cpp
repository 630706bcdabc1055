// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/thememap/themenodeitem.h"

#include "app/render/mapstyle.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPalette>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace weft::app {

namespace {

constexpr double kPadding = 10;
constexpr double kMinWidth = 150;
constexpr double kMaxWidth = 230;
constexpr double kBadgePadding = 6;
constexpr double kGap = 6;

QFont nameFont()
{
    return render::mapFont(15, true);
}
QFont detailFont()
{
    return render::mapFont(11.5);
}

QColor statusColour(const core::Theme &theme)
{
    if (theme.reviewState == core::ReviewState::Awaiting)
        return QColor(0xfd, 0xe6, 0x8a);
    if (theme.reviewState == core::ReviewState::SentBack)
        return QColor(0xfe, 0xd7, 0xd7);
    switch (theme.status) {
    case core::ThemeStatus::Candidate:
        return QColor(0xfe, 0xeb, 0xc8);
    case core::ThemeStatus::Reviewed:
        return QColor(0xbe, 0xe3, 0xf8);
    case core::ThemeStatus::Final:
        return QColor(0xc6, 0xf6, 0xd5);
    case core::ThemeStatus::Discarded:
        return QColor(0xe2, 0xe2, 0xe2);
    }
    return Qt::white;
}

QString text(const char *source, int n = -1)
{
    return QCoreApplication::translate("ThemeNodeItem", source, nullptr, n);
}

// Without a translation loaded "%n excerpt(s)" would show as such: English gets both forms.
QString excerptsText(std::int64_t n)
{
    return n == 1 ? text("1 excerpt") : text("%n excerpts", static_cast<int>(n));
}

QRectF nameRect(const QString &name, double width)
{
    return QFontMetricsF(nameFont())
            .boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap | Qt::AlignHCenter, name);
}

} // namespace

ThemeNodeItem::ThemeNodeItem(Content content)
    : MapNodeItem(content.theme.uuid)
    , m_content(std::move(content))
{
    setSize(sizeFor(m_content));
    setZValue(2);
    QString tip
            = u"<b>%1</b> — %2"_s.arg(name().toHtmlEscaped(), statusText(m_content.theme));
    if (!m_content.theme.definition.empty())
        tip += u"<br>"_s + QString::fromStdString(m_content.theme.definition).toHtmlEscaped();
    setToolTip(tip);
}

QString ThemeNodeItem::statusText(const core::Theme &theme)
{
    if (theme.reviewState == core::ReviewState::Awaiting)
        return text("awaiting review");
    if (theme.reviewState == core::ReviewState::SentBack)
        return text("sent back");
    switch (theme.status) {
    case core::ThemeStatus::Candidate:
        return text("candidate");
    case core::ThemeStatus::Reviewed:
        return text("reviewed");
    case core::ThemeStatus::Final:
        return text("final");
    case core::ThemeStatus::Discarded:
        return text("discarded");
    }
    return {};
}

QString ThemeNodeItem::countText() const
{
    return excerptsText(m_content.excerpts);
}

QSizeF ThemeNodeItem::sizeFor(const Content &content)
{
    const QString name = QString::fromStdString(content.theme.name);
    const QFontMetricsF detail(detailFont());
    const double detailWidth = detail.horizontalAdvance(statusText(content.theme))
            + 2 * kBadgePadding + kGap + detail.horizontalAdvance(excerptsText(content.excerpts));
    const double natural = QFontMetricsF(nameFont()).horizontalAdvance(name);
    const double width = std::clamp(std::max(natural, detailWidth) + 2 * kPadding + 2, kMinWidth,
            std::max(kMaxWidth, detailWidth + 2 * kPadding + 2));
    const double nameHeight = nameRect(name, width - 2 * kPadding).height();
    return {std::ceil(width),
            std::ceil(kPadding + nameHeight + kGap + detail.height() + 4 + kPadding)};
}

void ThemeNodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF rect = boundingRect();
    const bool discarded = m_content.theme.status == core::ThemeStatus::Discarded;
    const QColor colour = discarded ? render::discardedColour() : m_content.colour;
    if (option->state.testFlag(QStyle::State_Selected) || isHighlighted()) {
        QColor glow = isHighlighted() ? colour : option->palette.color(QPalette::Highlight);
        glow.setAlpha(120);
        painter->setPen(QPen(glow, 6));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(rect.adjusted(-2, -2, 2, 2), 10, 10);
    }
    QColor fill = colour;
    fill.setAlpha(isHighlighted() ? 90 : m_content.depth == 0 ? 48 : 22);
    painter->setPen(Qt::NoPen);
    painter->setBrush(Qt::white);
    painter->drawRoundedRect(rect, 8, 8);
    painter->setBrush(fill);
    painter->setPen(QPen(
            colour, m_content.depth == 0 ? 2.5 : 1.5, discarded ? Qt::DashLine : Qt::SolidLine));
    painter->drawRoundedRect(rect.adjusted(1, 1, -1, -1), 8, 8);

    const double width = rect.width() - 2 * kPadding;
    const QRectF names = nameRect(name(), width);
    painter->setPen(QColor(0x1a, 0x1a, 0x1a));
    painter->setFont(nameFont());
    painter->drawText(QRectF(rect.left() + kPadding, rect.top() + kPadding, width, names.height()),
            Qt::TextWordWrap | Qt::AlignHCenter, name());

    // The status badge and the evidence count, centred under the name.
    const QFontMetricsF detail(detailFont());
    const QString status = statusText(m_content.theme);
    const QString count = countText();
    const double badgeWidth = detail.horizontalAdvance(status) + 2 * kBadgePadding;
    const double total = badgeWidth + kGap + detail.horizontalAdvance(count);
    const double y = rect.top() + kPadding + names.height() + kGap;
    double x = rect.center().x() - total / 2;
    const QRectF badge(x, y, badgeWidth, detail.height() + 4);
    painter->setPen(Qt::NoPen);
    painter->setBrush(statusColour(m_content.theme));
    painter->drawRoundedRect(badge, badge.height() / 2, badge.height() / 2);
    painter->setFont(detailFont());
    painter->setPen(QColor(0x33, 0x33, 0x33));
    painter->drawText(badge, Qt::AlignCenter, status);
    x += badgeWidth + kGap;
    painter->setPen(QColor(0x44, 0x44, 0x44));
    painter->drawText(QRectF(x, y, rect.right() - x, badge.height()),
            Qt::AlignLeft | Qt::AlignVCenter, count);
}

} // namespace weft::app
