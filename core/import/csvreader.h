// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/documentreader.h"

namespace weft::core {

/// Comma-, semicolon- or tab-separated tables (.csv, .tsv): feedback forms and participant
/// tables exported from survey tools and spreadsheets.
///
/// RFC 4180 with the leniency real exports need: quoted fields may hold delimiters, "" and
/// line breaks; the delimiter is sniffed from the header line (Excel in many locales writes
/// ';', .tsv files use tabs) unless an Excel "sep=X" line names it; the bytes may be in any
/// encoding the .txt rules accept. The first non-empty row is the header; trailing empty rows
/// are dropped and every row is padded to the header's width. Cells that stick out past the
/// header are not thrown away: the header grows by a "Column N" for them, so no answer is lost
/// silently. An unclosed quote is refused with the line where the field began, since
/// guessing would shift every later answer to the wrong question.
class CsvReader : public TableReader {
public:
    /// A feedback table is a few thousand cells; this bounds memory on a hostile file.
    static constexpr std::size_t kMaxCells = 1'000'000;

    std::vector<std::string> extensions() const override { return {"csv", "tsv"}; }
    Result<Table> readTable(std::string_view bytes, const ImportOptions &options) const override;

    /// ',', ';' or '\t': the one of them seen most often outside quotes in the first record
    /// of `text` (',' on a tie or when none occurs). Exposed for tests.
    static char sniffDelimiter(std::string_view text);
};

} // namespace weft::core
