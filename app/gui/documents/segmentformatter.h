// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/entities.h"

#include <QTextFormat>

#include <vector>

class QTextDocument;

namespace weft::core::text {
class Utf16Index;
}

namespace weft::app {

/// Makes a document's structure visible: the speaker label before each turn and the date
/// heading of each journal entry. It only formats text that is already there; positions never
/// change. Formatted runs carry StructureProperty so tests and later tools can find them.
class SegmentFormatter {
public:
    enum Property {
        StructureProperty = QTextFormat::UserProperty + 1
    };
    enum Structure {
        SpeakerLabel = 1,
        ParticipantSpeakerLabel,
        Timestamp,
        EntryHeading
    };

    static void apply(QTextDocument *document, const std::vector<core::Segment> &segments,
            const core::text::Utf16Index &text);
};

} // namespace weft::app
