// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

class QTextDocument;

namespace weft::app {

/// Draws an excerpt in its sentence, the coded words set off in the code's colour, wrapped
/// over up to four lines.
class ExcerptDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
            const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    void layout(QTextDocument &document, const QStyleOptionViewItem &option,
            const QModelIndex &index, bool selected) const;
};

} // namespace weft::app
