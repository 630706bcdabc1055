// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/report/reportdocument.h"

#include <vector>

namespace weft::core::docx {

/// Column widths in twips, laid out like a browser's automatic table layout: every column at
/// least as wide as its longest word (so no word is broken across lines), the rest of the text
/// width shared in proportion to how much longer each column's text is. Word and LibreOffice
/// do not auto-fit a fixed-layout table, and an auto layout table renders differently in each,
/// hence the widths are decided here. The model's weights are used for a table without rows.
std::vector<int> columnWidths(const ReportTable &table, int textWidthTwips);

} // namespace weft::core::docx
