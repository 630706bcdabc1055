// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/docxtablelayout.h"

#include <algorithm>
#include <numeric>

namespace weft::core::docx {

std::vector<int> columnWidths(const ReportTable &table, int textWidthTwips)
{
    const std::size_t n = table.header.size();
    // Average advance of a 9.5 pt sans-serif character, and the cell's side margins. Measured
    // on Noto Sans, which is what LibreOffice substitutes for Calibri where Carlito is missing;
    // Calibri is narrower, so in Word the columns only get roomier.
    constexpr double kCharTwips = 112.0, kBoldCharTwips = 122.0, kPadding = 260.0;
    constexpr std::size_t kLongestLine = 60; // longer cells wrap anyway
    std::vector<double> minimum(n, kPadding), natural(n, kPadding);
    const auto measure = [&](std::size_t c, const std::string &cell, double charWidth) {
        std::size_t word = 0, line = 0, longestWord = 0, longestLine = 0;
        for (char ch : cell) {
            if ((static_cast<unsigned char>(ch) & 0xC0U) == 0x80U)
                continue; // inside a UTF-8 sequence: one character counted once
            if (ch == '\n') {
                longestWord = std::max(longestWord, word);
                longestLine = std::max(longestLine, line);
                word = line = 0;
                continue;
            }
            ++line;
            if (ch == ' ') {
                longestWord = std::max(longestWord, word);
                word = 0;
            } else {
                ++word;
            }
        }
        longestWord = std::max(longestWord, word);
        longestLine = std::max(longestLine, line);
        minimum[c] = std::max(minimum[c], kPadding + charWidth * static_cast<double>(longestWord));
        natural[c] = std::max(natural[c],
                              kPadding + charWidth * static_cast<double>(std::min(longestLine, kLongestLine)));
    };
    for (std::size_t c = 0; c < n; ++c) {
        measure(c, table.header[c], kBoldCharTwips);
        for (const auto &row : table.rows) {
            if (c < row.size())
                measure(c, row[c], kCharTwips);
        }
    }
    const double width = textWidthTwips;
    double minTotal = 0, naturalTotal = 0;
    for (std::size_t c = 0; c < n; ++c) {
        natural[c] = std::max(natural[c], minimum[c]);
        minTotal += minimum[c];
        naturalTotal += natural[c];
    }
    std::vector<double> share(n);
    if (naturalTotal <= width) {
        // Everything fits on one line: widen each column in proportion to its natural width.
        for (std::size_t c = 0; c < n; ++c)
            share[c] = natural[c] * width / naturalTotal;
    } else if (minTotal >= width) {
        for (std::size_t c = 0; c < n; ++c)
            share[c] = minimum[c] * width / minTotal;
    } else {
        const double slack = naturalTotal - minTotal;
        for (std::size_t c = 0; c < n; ++c)
            share[c] = minimum[c] + (natural[c] - minimum[c]) * (width - minTotal) / slack;
    }
    if (table.rows.empty() && table.columnWeights.size() == n &&
        std::all_of(table.columnWeights.begin(), table.columnWeights.end(), [](int w) { return w > 0; })) {
        const double total = std::accumulate(table.columnWeights.begin(), table.columnWeights.end(), 0.0);
        for (std::size_t c = 0; c < n; ++c)
            share[c] = width * table.columnWeights[c] / total;
    }
    std::vector<int> widths(n);
    int used = 0;
    for (std::size_t c = 0; c < n; ++c) {
        widths[c] = static_cast<int>(share[c]);
        used += widths[c];
    }
    if (n > 0)
        widths.back() += textWidthTwips - used;
    return widths;
}

} // namespace weft::core::docx
