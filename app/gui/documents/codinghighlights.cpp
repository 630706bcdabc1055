// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/documents/codinghighlights.h"

#include "app/gui/models/codecolors.h"
#include "core/text/textoffsets.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>

namespace weft::app {

void CodingHighlights::set(const std::vector<core::Coding> &codings, const core::CodeTree &codebook,
        const core::text::Utf16Index &text)
{
    m_spans.clear();
    m_spans.reserve(codings.size());
    for (const core::Coding &coding : codings) {
        Span span;
        span.coding = coding;
        span.start = static_cast<int>(text.utf16FromCodePoint(
                static_cast<std::size_t>(std::max<std::int64_t>(0, coding.start))));
        span.end = static_cast<int>(text.utf16FromCodePoint(
                static_cast<std::size_t>(std::max<std::int64_t>(0, coding.end))));
        if (span.end <= span.start)
            continue;
        span.color = CodeColors::color(codebook, coding.codeId);
        span.codePath = QString::fromStdString(codebook.path(coding.codeId));
        m_spans.push_back(std::move(span));
    }
    std::stable_sort(m_spans.begin(), m_spans.end(), [](const Span &a, const Span &b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
}

QList<QTextEdit::ExtraSelection> CodingHighlights::selections(
        QTextDocument *document, int from, int to) const
{
    QList<QTextEdit::ExtraSelection> list;
    for (const Span &span : m_spans) {
        if (span.start > to)
            break;
        if (span.end < from)
            continue;
        // One selection per paragraph: the text widget measures a selection that crosses
        // paragraphs against the whole document, which lays out all of it (a long transcript:
        // a third of a second).
        for (QTextBlock block = document->findBlock(span.start);
                block.isValid() && block.position() < span.end; block = block.next()) {
            const int start = std::max(span.start, block.position());
            const int end = std::min(span.end, block.position() + block.length() - 1);
            if (end <= start)
                continue;
            QTextEdit::ExtraSelection selection;
            selection.cursor = QTextCursor(document);
            selection.cursor.setPosition(start);
            selection.cursor.setPosition(end, QTextCursor::KeepAnchor);
            selection.format.setBackground(CodeColors::highlight(span.color));
            list.append(selection);
        }
    }
    return list;
}

QStringList CodingHighlights::codePathsAt(int position) const
{
    QStringList paths;
    for (const Span &span : m_spans) {
        if (span.start > position)
            break;
        if (position < span.end && !paths.contains(span.codePath))
            paths.append(span.codePath);
    }
    return paths;
}

} // namespace weft::app
