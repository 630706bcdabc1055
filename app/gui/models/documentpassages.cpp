// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/models/documentpassages.h"

#include "core/text/breaks.h"
#include "storage/project.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>

#include <algorithm>

namespace weft::app {

DocumentPassages::DocumentPassages(storage::Project &project, core::Id documentId)
    : m_documentId(documentId)
{
    auto text = project.documents().text(documentId);
    if (text.ok())
        *m_text = std::move(*text);
    m_index = core::text::CodePointIndex(*m_text);
    auto segments = project.documents().segments(documentId);
    m_segments = segments.ok() ? std::move(*segments) : std::vector<core::Segment>{};
}

DocumentPassages::Passage DocumentPassages::passage(std::int64_t start, std::int64_t end) const
{
    Passage passage;
    const core::text::CodePointRange coded{
            static_cast<std::size_t>(start), static_cast<std::size_t>(end)};
    const core::text::CodePointRange around = core::text::sentenceAround(m_index, coded);
    passage.coded = QString::fromStdString(std::string(m_index.slice(coded.start, coded.end)));
    const QString before = QString::fromStdString(
            std::string(m_index.slice(around.start, std::max(around.start, coded.start))));
    passage.context = QString::fromStdString(std::string(m_index.slice(around.start, around.end)));
    passage.codedStart = static_cast<int>(before.size());
    passage.codedLength = static_cast<int>(passage.coded.size());

    // Where in its document the passage is, as a reader would cite it: the turn's time, the
    // journal entry's date, the form's question, else the line.
    for (const core::Segment &segment : m_segments) {
        if (segment.start > start || start >= segment.end)
            continue;
        if (!segment.timestamp.empty()) {
            passage.position = QString::fromStdString(segment.timestamp);
            return passage;
        }
        if (!segment.date.empty()) {
            passage.position = QLocale().toString(
                    QDate::fromString(QString::fromStdString(segment.date), Qt::ISODate),
                    QLocale::ShortFormat);
            return passage;
        }
        if (segment.kind == core::SegmentKind::Answer && !segment.label.empty()) {
            passage.position = QString::fromStdString(segment.label);
            return passage;
        }
    }
    const std::size_t byte = m_index.byteOffset(static_cast<std::size_t>(start));
    const auto line
            = std::count(m_text->begin(), m_text->begin() + static_cast<std::ptrdiff_t>(byte), '\n')
            + 1;
    passage.position = QCoreApplication::translate("ExcerptListModel", "line %1").arg(line);
    return passage;
}

} // namespace weft::app
