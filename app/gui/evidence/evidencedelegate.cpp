// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/evidence/evidencedelegate.h"

#include "app/gui/excerpts/excerpttext.h"
#include "app/gui/models/themeevidencemodel.h"

#include <QApplication>
#include <QHeaderView>
#include <QPainter>
#include <QTextDocument>
#include <QTreeView>

#include <algorithm>

namespace weft::app {

namespace {
constexpr int kPadding = 4;
constexpr int kMaxLines = 4;

bool isExcerpt(const QModelIndex &index)
{
    return index.data(ThemeEvidenceModel::IsExcerptRole).toBool();
}

QFont attributionFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.9);
    return font;
}
} // namespace

void EvidenceDelegate::layout(QTextDocument &document, const QStyleOptionViewItem &option,
        const QModelIndex &index, int width, bool selected) const
{
    const ExcerptText excerpt{index.data(ThemeEvidenceModel::ContextRole).toString(),
            index.data(ThemeEvidenceModel::CodedStartRole).toInt(),
            index.data(ThemeEvidenceModel::CodedLengthRole).toInt(),
            index.data(ThemeEvidenceModel::ColorRole).value<QColor>()};
    layoutExcerptText(document, excerpt, option, width, selected);
}

QRect EvidenceDelegate::textRect(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    QRect rect = option.rect;
    // A tree view asks for row heights before it gives rows a width: use the column's.
    if (rect.width() <= 0) {
        if (const auto *tree = qobject_cast<const QTreeView *>(option.widget)) {
            int depth = tree->rootIsDecorated() ? 1 : 0;
            for (QModelIndex up = index.parent(); up.isValid(); up = up.parent())
                ++depth;
            rect.setLeft(depth * tree->indentation());
            rect.setWidth(std::max(120, tree->header()->sectionSize(0) - rect.left()));
            item.rect = rect;
        }
    }
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    const QRect check = style->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &item, widget);
    const int left = std::max(rect.left(), check.right() + 1) + kPadding + 2;
    return QRect(left, rect.top() + kPadding, std::max(40, rect.right() - kPadding - left),
            std::max(0, rect.height() - 2 * kPadding));
}

void EvidenceDelegate::paint(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (!isExcerpt(index)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    item.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, widget);

    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const QRect text = textRect(option, index);
    QTextDocument document;
    layout(document, option, index, text.width(), selected);
    const QFont small = attributionFont(option.font);
    const int attributionHeight = QFontMetrics(small).height();
    painter->save();
    painter->translate(text.topLeft());
    const QRectF clip(0, 0, text.width(), text.height() - attributionHeight);
    painter->setClipRect(clip);
    document.drawContents(painter, clip);
    painter->restore();
    painter->save();
    painter->setFont(small);
    painter->setPen(
            option.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
    painter->drawText(QRect(text.left(), text.bottom() - attributionHeight + 1, text.width(),
                              attributionHeight),
            Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetrics(small).elidedText(QStringLiteral("— ")
                            + index.data(ThemeEvidenceModel::AttributionRole).toString(),
                    Qt::ElideRight, text.width()));
    painter->restore();
}

QSize EvidenceDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (!isExcerpt(index)) {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        return {size.width(), size.height() + 2 * kPadding};
    }
    const QRect text = textRect(option, index);
    QTextDocument document;
    layout(document, option, index, text.width(), false);
    const int line = QFontMetrics(option.font).lineSpacing();
    const int height = std::min(static_cast<int>(document.size().height()), kMaxLines * line)
            + QFontMetrics(attributionFont(option.font)).height() + 2;
    return {std::max(0, option.rect.width()), height + 2 * kPadding};
}

} // namespace weft::app
