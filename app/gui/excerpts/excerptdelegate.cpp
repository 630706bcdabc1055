// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/excerpts/excerptdelegate.h"

#include "app/gui/excerpts/excerpttext.h"
#include "app/gui/models/excerptlistmodel.h"

#include <QApplication>
#include <QPainter>
#include <QTextDocument>

#include <algorithm>

namespace weft::app {

namespace {
constexpr int kPadding = 4;
constexpr int kMaxLines = 4;
} // namespace

void ExcerptDelegate::layout(QTextDocument &document, const QStyleOptionViewItem &option,
        const QModelIndex &index, bool selected) const
{
    const ExcerptText excerpt{index.data(ExcerptListModel::ContextRole).toString(),
            index.data(ExcerptListModel::CodedStartRole).toInt(),
            index.data(ExcerptListModel::CodedLengthRole).toInt(),
            index.data(ExcerptListModel::ColorRole).value<QColor>()};
    layoutExcerptText(document, excerpt, option, option.rect.width() - 2 * kPadding, selected);
}

void ExcerptDelegate::paint(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    item.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, widget);

    QTextDocument document;
    layout(document, option, index, option.state.testFlag(QStyle::State_Selected));
    painter->save();
    painter->translate(option.rect.topLeft() + QPoint(kPadding, kPadding));
    const QRectF clip(0, 0, option.rect.width() - 2 * kPadding, option.rect.height() - 2 * kPadding);
    painter->setClipRect(clip);
    document.drawContents(painter, clip);
    painter->restore();
}

QSize ExcerptDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QTextDocument document;
    layout(document, option, index, false);
    const int line = QFontMetrics(option.font).lineSpacing();
    const int height = std::min(static_cast<int>(document.size().height()), kMaxLines * line);
    return {option.rect.width(), height + 2 * kPadding};
}

} // namespace weft::app
