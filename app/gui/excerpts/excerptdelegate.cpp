// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/excerpts/excerptdelegate.h"

#include "app/gui/models/excerptlistmodel.h"

#include <QApplication>
#include <QPainter>
#include <QTextCursor>
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
    document.setDefaultFont(option.font);
    document.setDocumentMargin(0);
    document.setTextWidth(std::max(40, option.rect.width() - 2 * kPadding));
    document.setPlainText(index.data(ExcerptListModel::ContextRole).toString());
    QTextCursor all(&document);
    all.select(QTextCursor::Document);
    // The sentence around the excerpt is context: quieter than the coded words themselves.
    QTextCharFormat base;
    base.setForeground(option.palette.brush(
            selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
    all.mergeCharFormat(base);
    const int start = index.data(ExcerptListModel::CodedStartRole).toInt();
    const int length = index.data(ExcerptListModel::CodedLengthRole).toInt();
    QTextCursor coded(&document);
    coded.setPosition(std::clamp(start, 0, document.characterCount() - 1));
    coded.setPosition(std::clamp(start + length, 0, document.characterCount() - 1),
            QTextCursor::KeepAnchor);
    QTextCharFormat mark;
    QColor tint = index.data(ExcerptListModel::ColorRole).value<QColor>();
    tint.setAlphaF(selected ? 0.45f : 0.22f);
    mark.setBackground(tint);
    mark.setForeground(option.palette.brush(selected ? QPalette::HighlightedText : QPalette::Text));
    coded.mergeCharFormat(mark);
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
