// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/documentreader.h"

namespace weft::core {

/// Web pages and HTML exports (.html, .htm): the visible text only.
///
/// The bytes are decoded by Weft's own rules (a BOM, else a <meta> charset, else the .txt
/// rules) so that HTML and plain text agree on encodings, then parsed by libxml2's forgiving
/// HTML parser with network access and error output off. Scripts, styles, the head and other
/// invisible content are dropped; block elements become line breaks, table cells are
/// separated by tabs (one row per line) and whitespace collapses as a browser would show it,
/// except inside <pre>.
class HtmlReader : public DocumentReader {
public:
    std::vector<std::string> extensions() const override { return {"html", "htm"}; }
    Result<ImportedDocument> read(
            std::string_view bytes, const ImportOptions &options) const override;

    /// The charset a <meta charset> or <meta http-equiv="Content-Type"> in the first bytes
    /// declares, mapped as browsers map it (ISO-8859-1 and ASCII mean windows-1252, UTF-16
    /// without a BOM means UTF-8); empty when there is none. Exposed for tests.
    static std::string declaredCharset(std::string_view bytes);
};

} // namespace weft::core
