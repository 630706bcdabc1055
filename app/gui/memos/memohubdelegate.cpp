// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/memos/memohubdelegate.h"

#include "app/gui/memos/memohubmodel.h"

#include <QApplication>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace weft::app {

namespace {
constexpr int kPadding = 6;
constexpr int kLineGap = 2;

QFont smaller(QFont font)
{
    font.setPointSizeF(font.pointSizeF() * 0.88);
    return font;
}
} // namespace

void MemoHubDelegate::paint(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    item.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, widget);

    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const QBrush text = option.palette.brush(selected ? QPalette::HighlightedText : QPalette::Text);
    const QBrush quiet
            = option.palette.brush(selected ? QPalette::HighlightedText : QPalette::PlaceholderText);
    const auto column = [&](int c) { return index.siblingAtColumn(c).data().toString(); };

    painter->save();
    QRect line = option.rect.adjusted(kPadding, kPadding, -kPadding, 0);
    QFont bold = option.font;
    bold.setBold(true);
    const QFont small = smaller(option.font);

    // About what, with the kind right-aligned in small type.
    const QString kind = column(MemoHubModel::KindColumn);
    painter->setFont(small);
    const int kindWidth = QFontMetrics(small).horizontalAdvance(kind);
    const int firstHeight = QFontMetrics(bold).height();
    painter->setPen(quiet.color());
    painter->drawText(QRect(line.right() - kindWidth, line.top(), kindWidth, firstHeight),
            Qt::AlignRight | Qt::AlignVCenter, kind);
    painter->setFont(bold);
    painter->setPen(text.color());
    const QFontMetrics boldMetrics(bold);
    painter->drawText(QRect(line.left(), line.top(), line.width() - kindWidth - 8, firstHeight),
            Qt::AlignLeft | Qt::AlignVCenter,
            boldMetrics.elidedText(column(MemoHubModel::SubjectColumn), Qt::ElideRight,
                    line.width() - kindWidth - 8));
    line.translate(0, firstHeight + kLineGap);

    // How the memo begins.
    painter->setFont(option.font);
    const QFontMetrics metrics(option.font);
    painter->drawText(QRect(line.left(), line.top(), line.width(), metrics.height()),
            Qt::AlignLeft | Qt::AlignVCenter,
            metrics.elidedText(column(MemoHubModel::TextColumn), Qt::ElideRight, line.width()));
    line.translate(0, metrics.height() + kLineGap);

    // Who and when.
    painter->setFont(small);
    painter->setPen(quiet.color());
    QString byline = column(MemoHubModel::DateColumn);
    if (const QString author = column(MemoHubModel::AuthorColumn); !author.isEmpty())
        byline = author + u" · "_s + byline;
    painter->drawText(QRect(line.left(), line.top(), line.width(), QFontMetrics(small).height()),
            Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetrics(small).elidedText(byline, Qt::ElideRight, line.width()));
    painter->restore();
}

QSize MemoHubDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    QFont bold = option.font;
    bold.setBold(true);
    const int height = QFontMetrics(bold).height() + QFontMetrics(option.font).height()
            + QFontMetrics(smaller(option.font)).height() + 2 * kLineGap + 2 * kPadding + 2;
    return {option.rect.width(), height};
}

} // namespace weft::app
