// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The canonical form of a document's stored text. Every stored offset counts code points of
// this form, so it must be produced exactly once, at import, by toStoredText.

#include <string>
#include <string_view>

namespace weft::core::text {

/// Strict UTF-8 validation: rejects overlong forms, surrogates (U+D800..U+DFFF), values above
/// U+10FFFF and truncated sequences.
bool isValidUtf8(std::string_view bytes);

/// Unicode NFC via ICU. Returns the input unchanged (one copy, no ICU round trip) when ICU's
/// UTF-8 check says it is already NFC, which is the common case. ICU copies malformed bytes
/// through unchanged, so pass valid text (toStoredText does).
std::string toNfc(std::string_view utf8);

/// CRLF and lone CR become "\n". Nothing else changes.
std::string normalizeLineEnds(std::string_view text);

/// The text as Weft stores it. In this order:
/// 1. one leading byte order mark (U+FEFF) is dropped; any later U+FEFF is kept;
/// 2. malformed UTF-8 becomes U+FFFD (decodeText never hands over malformed text; this is a
///    safety net so stored text is always valid);
/// 3. CRLF and lone CR become "\n";
/// 4. C0 control characters: "\n" and "\t" stay, form feed (U+000C, the page break PDF text
///    extraction emits) becomes "\n", all others (NUL, ESC, ...) are dropped. DEL and the C1
///    controls (U+0080..U+009F) are kept: they are not C0 and dropping them would hide a wrong
///    encoding guess rather than show it;
/// 5. NFC. Last, because dropping a control can bring a base letter and a combining mark
///    together ("e", NUL, U+0301 becomes "é").
std::string toStoredText(std::string_view utf8);

} // namespace weft::core::text
