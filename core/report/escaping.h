// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Escaping shared by the XML-based writers (HTML, DOCX, XLSX). Report text comes from user
// data, so it may hold characters XML 1.0 forbids (control characters pasted from a PDF); a
// single one would make Word refuse the whole document, hence they are dropped here, once.

#include <string>
#include <string_view>

namespace weft::core {

/// Text escaped for XML/HTML content and double-quoted attribute values (&, <, >, "), with invalid UTF-8
/// replaced by U+FFFD and characters XML 1.0 forbids removed. Tab, newline and carriage return
/// are kept; the caller decides what a newline means in its format.
std::string xmlEscape(std::string_view text);

/// Standard base64 (RFC 4648, with padding), for data: URIs.
std::string base64Encode(std::string_view bytes);

} // namespace weft::core
