// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

struct sqlite3;

namespace weft::storage {

/// Registers the FTS5 tokenizer "weft_icu" on a connection: words are letter/digit runs,
/// case-folded, with ICU dictionary segmentation for scripts without spaces (Thai, Chinese,
/// Japanese, Lao, Khmer, Myanmar); byte offsets into the
/// original UTF-8. Must be called on every connection before the document_fts table is used.
bool registerIcuTokenizer(sqlite3 *db);

} // namespace weft::storage
