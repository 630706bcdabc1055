// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/entities.h"
#include "core/text/textoffsets.h"

#include <QString>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace weft::storage {
class Project;
}

namespace weft::app {

/// One document's text and structure, read once so that many passages of it can be shown: each
/// in the sentence around it and with where it is, as a reader would cite it.
class DocumentPassages {
public:
    struct Passage {
        QString coded;
        QString context; ///< the sentence(s) around the passage
        int codedStart = 0; ///< where `coded` starts in `context`, UTF-16
        int codedLength = 0;
        QString position; ///< the turn's time, the entry's date, the form's question or the line
    };

    DocumentPassages() = default;
    /// Reads the document's text and segments (empty when it cannot be read).
    DocumentPassages(storage::Project &project, core::Id documentId);

    core::Id documentId() const { return m_documentId; }
    /// The passage [start, end) in code points.
    Passage passage(std::int64_t start, std::int64_t end) const;

private:
    core::Id m_documentId = 0;
    std::unique_ptr<std::string> m_text = std::make_unique<std::string>(); // m_index views it
    core::text::CodePointIndex m_index;
    std::vector<core::Segment> m_segments;
};

} // namespace weft::app
