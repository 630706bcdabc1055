// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/textsearch.h"

#include "core/text/textoffsets.h"

#include <algorithm>
#include <functional>

namespace weft::core::text {

std::vector<CodePointRange> findOccurrences(
        std::string_view haystackUtf8, std::string_view needleUtf8)
{
    std::vector<CodePointRange> hits;
    if (needleUtf8.empty() || needleUtf8.size() > haystackUtf8.size())
        return hits;

    // UTF-8 is self-synchronising: a byte match of a valid needle in valid text always starts
    // and ends on code point boundaries, so byte search is exact.
    const std::boyer_moore_horspool_searcher searcher(needleUtf8.begin(), needleUtf8.end());
    const std::size_t needleCodePoints = codePointCount(needleUtf8);

    // Code points are counted only over the bytes between one hit and the next, so the whole
    // search stays linear however many hits there are.
    std::size_t countedBytes = 0;
    std::size_t countedCodePoints = 0;
    auto from = haystackUtf8.begin();
    while (true) {
        const auto match = std::search(from, haystackUtf8.end(), searcher);
        if (match == haystackUtf8.end())
            break;
        const auto matchByte = static_cast<std::size_t>(match - haystackUtf8.begin());
        countedCodePoints
                += codePointCount(haystackUtf8.substr(countedBytes, matchByte - countedBytes));
        hits.push_back({countedCodePoints, countedCodePoints + needleCodePoints});
        countedBytes = matchByte + needleUtf8.size();
        countedCodePoints += needleCodePoints;
        from = match + static_cast<std::ptrdiff_t>(needleUtf8.size());
    }
    return hits;
}

} // namespace weft::core::text
