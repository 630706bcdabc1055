// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Turning the bytes of a plain-text file into UTF-8, the first step of every .txt/.csv/.md
// import. Guessing wrong silently corrupts a participant's words, so a guess is only made
// when nothing better is known, and every refusal says what the user can do.

#include "core/util/result.h"

#include <string>
#include <string_view>

namespace weft::core::text {

struct DecodedText {
    std::string text; ///< UTF-8, BOM removed, not yet normalised (see toStoredText)
    std::string encoding; ///< what was used, e.g. "UTF-8", "UTF-16LE", "windows-1252"
    bool hadBom = false;
};

/// Decodes a text file's bytes. Precedence:
/// 1. `encodingOverride` (an ICU/IANA name such as "UTF-8", "latin1", "windows-1252") decides;
///    an unknown name is InvalidArgument. A BOM of the same encoding is still removed.
/// 2. A byte order mark decides: UTF-8, UTF-16LE/BE, UTF-32LE/BE.
/// 3. Valid UTF-8 is UTF-8 (plain ASCII included).
/// 4. ICU charset detection, when it names a legacy charset with confidence >= 50 and that
///    charset decodes the bytes cleanly (UTF-16/32 answers without a BOM are ignored).
/// 5. windows-1252.
/// Unless a UTF-16/32 BOM or override explains them, NUL bytes or more than 10% other
/// control bytes in the first 64 KiB mean binary data: BadFormat before any decoding.
/// Bytes that are invalid in the chosen encoding are BadFormat too, never replaced silently.
weft::Result<DecodedText> decodeText(
        std::string_view bytes, std::string_view encodingOverride = {});

} // namespace weft::core::text
