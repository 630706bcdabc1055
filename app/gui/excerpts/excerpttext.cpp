// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/excerpts/excerpttext.h"

#include <QStyleOptionViewItem>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>

namespace weft::app {

void layoutExcerptText(QTextDocument &document, const ExcerptText &excerpt,
        const QStyleOptionViewItem &option, int width, bool selected)
{
    document.setDefaultFont(option.font);
    document.setDocumentMargin(0);
    document.setTextWidth(std::max(40, width));
    document.setPlainText(excerpt.context);
    QTextCursor all(&document);
    all.select(QTextCursor::Document);
    // The sentence around the excerpt is context: quieter than the coded words themselves.
    QTextCharFormat base;
    base.setForeground(
            option.palette.brush(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
    all.mergeCharFormat(base);
    QTextCursor coded(&document);
    coded.setPosition(std::clamp(excerpt.codedStart, 0, document.characterCount() - 1));
    coded.setPosition(
            std::clamp(excerpt.codedStart + excerpt.codedLength, 0, document.characterCount() - 1),
            QTextCursor::KeepAnchor);
    QTextCharFormat mark;
    QColor tint = excerpt.colour;
    tint.setAlphaF(selected ? 0.45f : 0.22f);
    mark.setBackground(tint);
    mark.setForeground(option.palette.brush(selected ? QPalette::HighlightedText : QPalette::Text));
    coded.mergeCharFormat(mark);
}

} // namespace weft::app
