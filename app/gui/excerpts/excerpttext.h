// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QString>

class QStyleOptionViewItem;
class QTextDocument;

namespace weft::app {

/// An excerpt as the excerpt lists draw it: the sentence around it quieter than the coded
/// words, which are set off in a tint of `colour`.
struct ExcerptText {
    QString context;
    int codedStart = 0; ///< UTF-16, in `context`
    int codedLength = 0;
    QColor colour;
};

/// Lays `excerpt` out in `document`, wrapped to `width` pixels in the option's font and palette.
void layoutExcerptText(QTextDocument &document, const ExcerptText &excerpt,
        const QStyleOptionViewItem &option, int width, bool selected);

} // namespace weft::app
