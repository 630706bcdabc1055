// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/structure/journal.h"

namespace weft::core {

std::vector<DetectedEntry> detectJournal(std::string_view text, DateOrder order)
{
    struct Heading {
        std::size_t lineStart;
        std::size_t contentStart; ///< first byte after the heading line
        std::string date;
    };
    std::vector<Heading> headings;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t nl = text.find('\n', start);
        const std::size_t end = nl == std::string_view::npos ? text.size() : nl;
        if (auto date = parseDateHeading(text.substr(start, end - start), order))
            headings.push_back({start, nl == std::string_view::npos ? end : nl + 1, *date});
        if (nl == std::string_view::npos)
            break;
        start = nl + 1;
    }

    std::vector<DetectedEntry> entries;
    std::size_t cpByte = 0, cp = 0;
    const auto codePointAt = [&](std::size_t byte) {
        for (; cpByte < byte; ++cpByte)
            cp += (static_cast<unsigned char>(text[cpByte]) & 0xC0) != 0x80;
        return cp;
    };
    const auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\n'; };
    for (std::size_t i = 0; i < headings.size(); ++i) {
        std::size_t b = headings[i].contentStart;
        std::size_t e = i + 1 < headings.size() ? headings[i + 1].lineStart : text.size();
        while (b < e && isSpace(text[b]))
            ++b;
        while (e > b && isSpace(text[e - 1]))
            --e;
        DetectedEntry entry;
        entry.date = headings[i].date;
        entry.start = codePointAt(b);
        entry.end = codePointAt(e);
        entries.push_back(entry);
    }
    return entries;
}

} // namespace weft::core
