// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/entities.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace weft::core {

/// What a reader makes of a file: stored-form text plus any structure it found.
struct ImportedDocument {
    std::string name;           ///< file name without extension
    std::string originalName;   ///< file name as given
    std::string format;         ///< "txt", "md", ...
    std::string encoding;       ///< source encoding
    std::string text;           ///< UTF-8, NFC, "\n" line ends, no BOM
    std::optional<DocumentKind> kind; ///< when the reader can tell
    std::vector<Segment> segments;    ///< turns / entries / answers, ranges in code points
    std::vector<std::pair<std::string, std::string>> attributes; ///< document attributes
};

struct ImportOptions {
    std::string encoding; ///< override charset detection ("" = detect)
};

} // namespace weft::core
