// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/documentreader.h"

namespace weft::core {

/// Rich Text Format (.rtf), as written by Word, WordPad, LibreOffice and TextEdit.
///
/// A real tokenizer and group-state parser rather than a regex stripper, because the text of
/// an RTF file is only recoverable with its state: the code page of the current font decides
/// what a \'hh byte means, \ucN decides how many fallback characters follow a \uN, and
/// destinations (font table, pictures, field instructions, headers) must be skipped whole.
/// Paragraphs become "\n", tabs and table cells "\t", table rows "\n"; footnotes are appended
/// after the body. Hostile input (deep nesting, huge numbers, truncation) never crashes: a file
/// nested deeper than kMaxGroupDepth is refused, a truncated one yields the text read so far.
class RtfReader : public DocumentReader {
public:
    /// Word nests a few dozen groups at most; anything far deeper is damaged or an attack.
    static constexpr int kMaxGroupDepth = 1000;

    std::vector<std::string> extensions() const override { return {"rtf"}; }
    Result<ImportedDocument> read(
            std::string_view bytes, const ImportOptions &options) const override;
};

} // namespace weft::core
