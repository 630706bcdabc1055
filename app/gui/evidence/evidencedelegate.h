// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

class QTextDocument;

namespace weft::app {

/// Draws an excerpt of a theme's evidence as the excerpts panel does (in its sentence, the
/// excerpt set off in its code's colour, up to four lines), after its exemplar check box and
/// over its attribution. Group headings are drawn as plain items.
class EvidenceDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
            const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    /// Where the text goes: right of the check box, as wide as the view allows.
    QRect textRect(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void layout(QTextDocument &document, const QStyleOptionViewItem &option,
            const QModelIndex &index, int width, bool selected) const;
};

} // namespace weft::app
