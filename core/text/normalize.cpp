// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/normalize.h"

#include "core/text/utf8.h"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/stringpiece.h>

#include <climits>
#include <stdexcept>

namespace weft::core::text {

namespace {

icu::StringPiece toStringPiece(std::string_view text)
{
    // ICU string lengths are int32_t. Import caps keep documents far below 2 GiB.
    if (text.size() > static_cast<std::size_t>(INT32_MAX))
        throw std::length_error("text too large for Unicode normalisation");
    return icu::StringPiece(text.data(), static_cast<int32_t>(text.size()));
}

} // namespace

bool isValidUtf8(std::string_view bytes)
{
    std::size_t pos = 0;
    while (pos < bytes.size()) {
        if (static_cast<unsigned char>(bytes[pos]) < 0x80) {
            ++pos; // ASCII fast path
            continue;
        }
        if (detail::decodeUtf8(bytes, pos) == detail::kInvalidCodePoint)
            return false;
    }
    return true;
}

std::string toNfc(std::string_view utf8)
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2 *nfc = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status))
        throw std::runtime_error(std::string("ICU NFC data unavailable: ") + u_errorName(status));

    const icu::StringPiece piece = toStringPiece(utf8);
    if (nfc->isNormalizedUTF8(piece, status) && U_SUCCESS(status))
        return std::string(utf8);

    status = U_ZERO_ERROR;
    std::string out;
    out.reserve(utf8.size());
    icu::StringByteSink<std::string> sink(&out);
    nfc->normalizeUTF8(0, piece, sink, nullptr, status);
    if (U_FAILURE(status))
        throw std::runtime_error(
                std::string("ICU NFC normalisation failed: ") + u_errorName(status));
    return out;
}

std::string normalizeLineEnds(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '\r') {
            out.push_back(text[i]);
            continue;
        }
        out.push_back('\n');
        if (i + 1 < text.size() && text[i + 1] == '\n')
            ++i;
    }
    return out;
}

std::string toStoredText(std::string_view utf8)
{
    constexpr std::string_view bom = "\xEF\xBB\xBF";
    if (utf8.substr(0, bom.size()) == bom)
        utf8.remove_prefix(bom.size());

    std::string cleaned;
    cleaned.reserve(utf8.size());
    for (std::size_t pos = 0; pos < utf8.size();) {
        const char c = utf8[pos];
        const auto b = static_cast<unsigned char>(c);
        if (b >= 0x80) {
            const std::size_t start = pos;
            if (detail::decodeUtf8(utf8, pos) == detail::kInvalidCodePoint)
                detail::appendUtf8(cleaned, detail::kReplacementCharacter);
            else
                cleaned.append(utf8.substr(start, pos - start));
            continue;
        }
        ++pos;
        if (b >= 0x20 || c == '\n' || c == '\t') {
            cleaned.push_back(c);
        } else if (c == '\r') {
            cleaned.push_back('\n');
            if (pos < utf8.size() && utf8[pos] == '\n')
                ++pos;
        } else if (c == '\f') {
            cleaned.push_back('\n');
        }
        // every other C0 control is dropped
    }
    return toNfc(cleaned);
}

} // namespace weft::core::text
