// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>

namespace weft::core::text {

/// A half-open range [start, end) in Unicode code points of a document's stored text: the one
/// unit every stored position uses (codings, search hits, REFI selections).
struct CodePointRange {
    std::size_t start = 0;
    std::size_t end = 0;

    std::size_t length() const { return end > start ? end - start : 0; }
    bool empty() const { return end <= start; }

    friend bool operator==(const CodePointRange &, const CodePointRange &) = default;
};

} // namespace weft::core::text
