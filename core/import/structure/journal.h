// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/structure/dateparser.h"

#include <string>
#include <string_view>
#include <vector>

namespace weft::core {

/// A dated journal entry: the text after its heading line, in code points of the stored text.
struct DetectedEntry {
    std::size_t start = 0;
    std::size_t end = 0;
    std::string date; ///< ISO "YYYY-MM-DD", whatever the heading's style
};

/// Entries start at heading lines that hold a date (see parseDateHeading). Text before the
/// first heading belongs to no entry. An entry's range is trimmed of surrounding blank space.
std::vector<DetectedEntry> detectJournal(std::string_view text, DateOrder order);

} // namespace weft::core
