// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/documents/segmentformatter.h"

#include "core/text/textoffsets.h"

#include <QColor>
#include <QFont>
#include <QTextBlock>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>

namespace weft::app {

namespace {

void format(QTextDocument *document, int start, int end, const QTextCharFormat &charFormat)
{
    if (end <= start)
        return;
    QTextCursor cursor(document);
    cursor.setPosition(start);
    cursor.setPosition(end, QTextCursor::KeepAnchor);
    cursor.mergeCharFormat(charFormat);
}

QTextCharFormat speakerFormat(bool participant)
{
    QTextCharFormat label;
    label.setFontWeight(QFont::DemiBold);
    // Participants' words are what is analysed: their labels carry the accent colour.
    label.setForeground(participant ? QColor(0x1f, 0x5f, 0x8b) : QColor(0x5a, 0x5f, 0x66));
    label.setProperty(SegmentFormatter::StructureProperty,
            participant ? SegmentFormatter::ParticipantSpeakerLabel
                        : SegmentFormatter::SpeakerLabel);
    return label;
}

void formatTurn(QTextDocument *document, const core::Segment &segment, int start)
{
    const QTextBlock block = document->findBlock(start);
    const int prefixStart = block.position();
    if (prefixStart >= start)
        return; // the label is not part of the stored text
    const QString prefix = block.text().left(start - prefixStart);
    const QString label = QString::fromStdString(segment.label);
    int labelAt = label.isEmpty() ? -1 : prefix.lastIndexOf(label);
    if (labelAt < 0)
        labelAt = 0;
    if (labelAt > 0) {
        QTextCharFormat time;
        time.setForeground(QColor(0x8a, 0x8f, 0x96));
        time.setProperty(SegmentFormatter::StructureProperty, SegmentFormatter::Timestamp);
        format(document, prefixStart, prefixStart + labelAt, time);
    }
    format(document, prefixStart + labelAt, start,
            speakerFormat(segment.participantId.has_value()));
}

void formatEntry(QTextDocument *document, int start)
{
    QTextBlock block = document->findBlock(start);
    if (block.position() != start)
        return;
    // The heading is the nearest non-empty line above the entry.
    for (block = block.previous(); block.isValid() && block.text().trimmed().isEmpty();
            block = block.previous()) { }
    if (!block.isValid())
        return;
    QTextCharFormat heading;
    heading.setFontWeight(QFont::Bold);
    heading.setProperty(SegmentFormatter::StructureProperty, SegmentFormatter::EntryHeading);
    format(document, block.position(), block.position() + block.length() - 1, heading);
}

} // namespace

void SegmentFormatter::apply(QTextDocument *document, const std::vector<core::Segment> &segments,
        const core::text::Utf16Index &text)
{
    for (const core::Segment &segment : segments) {
        const int start = static_cast<int>(text.utf16FromCodePoint(
                static_cast<std::size_t>(std::max<std::int64_t>(0, segment.start))));
        switch (segment.kind) {
        case core::SegmentKind::Turn:
            formatTurn(document, segment, start);
            break;
        case core::SegmentKind::Entry:
            formatEntry(document, start);
            break;
        case core::SegmentKind::Answer:
            formatTurn(document, segment, start);
            break;
        }
    }
}

} // namespace weft::app
