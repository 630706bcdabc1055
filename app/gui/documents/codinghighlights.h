// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/codetree.h"
#include "core/model/entities.h"

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextEdit>

#include <limits>
#include <vector>

namespace weft::core::text {
class Utf16Index;
}

namespace weft::app {

/// The codings of the shown document, placed in the viewer's UTF-16 positions. Storage keeps
/// code point ranges; every conversion goes through core's Utf16Index so that astral
/// characters (emoji) before a coding never shift its highlight.
class CodingHighlights {
public:
    struct Span {
        core::Coding coding;
        int start = 0; ///< UTF-16 offset, inclusive
        int end = 0; ///< UTF-16 offset, exclusive
        QColor color;
        QString codePath;
    };

    void set(const std::vector<core::Coding> &codings, const core::CodeTree &codebook,
            const core::text::Utf16Index &text);
    void clear() { m_spans.clear(); }

    /// Sorted by start, longer spans first, so nested codings paint on top of their hosts.
    const std::vector<Span> &spans() const { return m_spans; }
    /// Translucent background selections, one per coding and paragraph it covers; overlaps
    /// deepen the tint. With a range, only the codings that overlap it (UTF-16 positions).
    QList<QTextEdit::ExtraSelection> selections(
            QTextDocument *document, int from = 0, int to = std::numeric_limits<int>::max()) const;
    /// The code paths of every coding that covers the UTF-16 position.
    QStringList codePathsAt(int position) const;

private:
    std::vector<Span> m_spans;
};

} // namespace weft::app
