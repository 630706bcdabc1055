// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/charset.h"

#include "core/text/normalize.h"
#include "core/text/textoffsets.h"
#include "core/text/utf8.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include <algorithm>
#include <array>
#include <climits>
#include <cstdio>
#include <optional>

namespace weft::core::text {

using namespace std::string_view_literals;

namespace {

constexpr std::size_t kBinarySniffBytes = 64 * 1024;
constexpr std::size_t kDetectorBytes = 1024 * 1024;
constexpr int32_t kMinDetectorConfidence = 50;
constexpr std::string_view kEncodingHint
        = "choose the file's encoding with --encoding NAME, for example --encoding UTF-8, "
          "UTF-16LE, windows-1252 or ISO-8859-15";

struct Bom {
    std::string_view encoding; // ICU converter name and the name we report
    std::size_t length = 0;
};

std::optional<Bom> detectBom(std::string_view bytes)
{
    // UTF-32LE before UTF-16LE: FF FE 00 00 starts both.
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 5> boms{{
            {"\xEF\xBB\xBF"sv, "UTF-8"sv},
            {"\xFF\xFE\x00\x00"sv, "UTF-32LE"sv},
            {"\x00\x00\xFE\xFF"sv, "UTF-32BE"sv},
            {"\xFF\xFE"sv, "UTF-16LE"sv},
            {"\xFE\xFF"sv, "UTF-16BE"sv},
    }};
    for (const auto &[mark, encoding] : boms) {
        if (bytes.substr(0, mark.size()) == mark)
            return Bom{encoding, mark.size()};
    }
    return std::nullopt;
}

std::string upper(std::string_view s)
{
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(),
            [](char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; });
    return out;
}

/// UTF-16/32 text of mostly Latin script is full of NUL bytes; the binary sniff must not
/// judge it.
bool isWideEncoding(std::string_view icuName)
{
    const std::string name = upper(icuName);
    return name.starts_with("UTF-16") || name.starts_with("UTF-32") || name.starts_with("UTF16")
            || name.starts_with("UTF32");
}

/// Why the bytes look binary, or nothing when they look like text.
std::optional<std::string> binaryReason(std::string_view bytes)
{
    const std::string_view sample = bytes.substr(0, kBinarySniffBytes);
    std::size_t controls = 0;
    for (const char c : sample) {
        const auto b = static_cast<unsigned char>(c);
        if (b == 0)
            return std::string("it contains NUL bytes");
        if (b < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f')
            ++controls;
    }
    if (controls * 10 > sample.size())
        return std::string("more than 10% of its first bytes are control characters");
    return std::nullopt;
}

weft::Error binaryError(const std::string &reason)
{
    return weft::makeError(ErrorCode::BadFormat,
            "the file looks binary, not text (" + reason
                    + "); import it as .docx/.pdf or save it as plain text first");
}

std::string hexByte(unsigned char b)
{
    std::array<char, 8> buf{};
    std::snprintf(buf.data(), buf.size(), "0x%02X", static_cast<unsigned>(b));
    return buf.data();
}

/// `offset` counts from the start of the file, BOM included, so the user can find the byte.
weft::Error invalidBytesError(std::string_view encoding, std::string_view file, std::size_t offset)
{
    const std::string what = offset < file.size()
            ? "invalid byte " + hexByte(static_cast<unsigned char>(file[offset])) + " at offset "
                    + std::to_string(offset)
            : std::string("it ends in the middle of a character");
    return weft::makeError(ErrorCode::BadFormat,
            "the file is not valid " + std::string(encoding) + " (" + what + "); "
                    + std::string(kEncodingHint));
}

/// Checks and copies file[skip..] as UTF-8.
weft::Result<std::string> decodeUtf8Checked(std::string_view file, std::size_t skip)
{
    const std::string_view bytes = file.substr(skip);
    for (std::size_t pos = 0; pos < bytes.size();) {
        const std::size_t start = pos;
        if (detail::decodeUtf8(bytes, pos) != detail::kInvalidCodePoint)
            continue;
        // a good lead byte whose sequence runs into the end of the file: truncated
        const auto lead = static_cast<unsigned char>(bytes[start]);
        const bool truncated = pos == bytes.size() && lead >= 0xC2 && lead <= 0xF4;
        return invalidBytesError("UTF-8", file, truncated ? file.size() : skip + start);
    }
    return std::string(bytes);
}

/// Converts file[skip..] with ICU, stopping at the first invalid or unmappable sequence
/// instead of substituting, so a wrong encoding is reported rather than stored.
weft::Result<std::string> convertWithIcu(std::string_view file, std::size_t skip,
        const std::string &icuName, std::string_view displayName)
{
    if (upper(icuName) == "UTF-8")
        return decodeUtf8Checked(file, skip);

    const std::string_view bytes = file.substr(skip);
    UErrorCode status = U_ZERO_ERROR;
    icu::LocalUConverterPointer converter(ucnv_open(icuName.c_str(), &status));
    if (U_FAILURE(status))
        return weft::makeError(ErrorCode::Internal,
                "cannot open the " + std::string(displayName) + " converter (" + u_errorName(status)
                        + ")");
    ucnv_setToUCallBack(
            converter.getAlias(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);

    std::u16string utf16(bytes.size() + 16, u'\0');
    const char *source = bytes.data();
    const char *const sourceEnd = bytes.data() + bytes.size();
    char16_t *target = utf16.data();
    while (true) {
        status = U_ZERO_ERROR;
        ucnv_toUnicode(converter.getAlias(), &target, utf16.data() + utf16.size(), &source,
                sourceEnd, nullptr, true, &status);
        if (status != U_BUFFER_OVERFLOW_ERROR)
            break;
        const auto used = static_cast<std::size_t>(target - utf16.data());
        utf16.resize(utf16.size() * 2);
        target = utf16.data() + used;
    }
    if (status == U_TRUNCATED_CHAR_FOUND)
        return invalidBytesError(displayName, file, file.size());
    if (status == U_INVALID_CHAR_FOUND || status == U_ILLEGAL_CHAR_FOUND) {
        // ICU has consumed the offending bytes; step back over them to where they start
        std::array<char, 32> invalid{};
        auto invalidLength = static_cast<int8_t>(invalid.size());
        UErrorCode ignored = U_ZERO_ERROR;
        ucnv_getInvalidChars(converter.getAlias(), invalid.data(), &invalidLength, &ignored);
        const auto consumed = static_cast<std::size_t>(source - bytes.data());
        const std::size_t length = U_SUCCESS(ignored)
                ? std::min(consumed, static_cast<std::size_t>(invalidLength))
                : 0;
        return invalidBytesError(displayName, file, skip + consumed - length);
    }
    if (U_FAILURE(status))
        return weft::makeError(ErrorCode::Internal,
                "converting from " + std::string(displayName) + " failed (" + u_errorName(status)
                        + ")");
    utf16.resize(static_cast<std::size_t>(target - utf16.data()));
    return toUtf8(utf16);
}

/// The name users know an ICU converter by ("windows-1252", not "ibm-5348_P100-1997").
std::string displayNameOf(const char *canonical)
{
    for (const char *standard : {"MIME", "IANA"}) { // MIME has "ISO-8859-1", IANA not
        UErrorCode status = U_ZERO_ERROR;
        const char *name = ucnv_getStandardName(canonical, standard, &status);
        if (U_SUCCESS(status) && name != nullptr)
            return name;
    }
    return canonical;
}

weft::Result<DecodedText> decodeWithOverride(std::string_view bytes, std::string_view override)
{
    const std::string requested(override);
    UErrorCode status = U_ZERO_ERROR;
    icu::LocalUConverterPointer converter(ucnv_open(requested.c_str(), &status));
    if (U_FAILURE(status) || requested.find('\0') != std::string::npos)
        return weft::makeError(ErrorCode::InvalidArgument,
                "unknown encoding '" + requested
                        + "'; use a name such as UTF-8, UTF-16LE, windows-1252, "
                          "ISO-8859-15");
    const std::string canonical = ucnv_getName(converter.getAlias(), &status);
    std::string icuName = canonical;
    std::string display = displayNameOf(canonical.c_str());

    DecodedText result;
    std::size_t skip = 0;
    // A BOM that agrees with the override is a BOM, not text: "UTF-16" takes its byte order
    // from it.
    if (const auto bom = detectBom(bytes)) {
        const std::string bomName(bom->encoding);
        const std::string upperCanonical = upper(canonical);
        const bool agrees = upperCanonical == bomName
                || (upperCanonical == "UTF-16" && bomName.starts_with("UTF-16"))
                || (upperCanonical == "UTF-32" && bomName.starts_with("UTF-32"));
        if (agrees) {
            skip = bom->length;
            result.hadBom = true;
            icuName = bomName;
            display = bomName;
        }
    }
    if (!isWideEncoding(icuName)) {
        if (const auto reason = binaryReason(bytes.substr(skip)))
            return binaryError(*reason);
    }
    auto converted = convertWithIcu(bytes, skip, icuName, display);
    if (!converted)
        return converted.error();
    result.text = std::move(converted).value();
    result.encoding = display;
    return result;
}

/// ICU's statistical guess: the most confident legacy charset that decodes the bytes cleanly.
std::optional<DecodedText> decodeWithDetector(std::string_view bytes)
{
    UErrorCode status = U_ZERO_ERROR;
    icu::LocalUCharsetDetectorPointer detector(ucsdet_open(&status));
    const std::size_t length = std::min(bytes.size(), kDetectorBytes);
    ucsdet_setText(detector.getAlias(), bytes.data(), static_cast<int32_t>(length), &status);
    int32_t count = 0;
    const UCharsetMatch **matches = ucsdet_detectAll(detector.getAlias(), &count, &status);
    if (U_FAILURE(status) || matches == nullptr)
        return std::nullopt;
    for (int32_t i = 0; i < count; ++i) {
        UErrorCode matchStatus = U_ZERO_ERROR;
        const int32_t confidence = ucsdet_getConfidence(matches[i], &matchStatus);
        const char *name = ucsdet_getName(matches[i], &matchStatus);
        if (U_FAILURE(matchStatus) || name == nullptr)
            continue;
        if (confidence < kMinDetectorConfidence)
            break; // matches come sorted by confidence
        const std::string icuName(name);
        if (isWideEncoding(icuName) || upper(icuName) == "UTF-8")
            continue; // no BOM and not valid UTF-8: those answers are wrong here
        auto converted = convertWithIcu(bytes, 0, icuName, icuName);
        if (converted)
            return DecodedText{std::move(converted).value(), icuName, false};
    }
    return std::nullopt;
}

} // namespace

weft::Result<DecodedText> decodeText(std::string_view bytes, std::string_view encodingOverride)
{
    if (bytes.size() > static_cast<std::size_t>(INT32_MAX))
        return weft::makeError(
                ErrorCode::BadFormat, "the file is too large to import as text (over 2 GiB)");
    if (!encodingOverride.empty())
        return decodeWithOverride(bytes, encodingOverride);

    const auto bom = detectBom(bytes);
    if (bom && bom->encoding != "UTF-8") {
        auto converted
                = convertWithIcu(bytes, bom->length, std::string(bom->encoding), bom->encoding);
        if (!converted)
            return converted.error();
        return DecodedText{std::move(converted).value(), std::string(bom->encoding), true};
    }

    if (const auto reason = binaryReason(bytes))
        return binaryError(*reason);

    if (bom) { // UTF-8 BOM: a declaration, so invalid bytes are an error, not a reason to guess
        auto converted = decodeUtf8Checked(bytes, bom->length);
        if (!converted)
            return converted.error();
        return DecodedText{std::move(converted).value(), "UTF-8", true};
    }
    if (isValidUtf8(bytes))
        return DecodedText{std::string(bytes), "UTF-8", false};

    if (auto detected = decodeWithDetector(bytes))
        return std::move(*detected);

    auto fallback = convertWithIcu(bytes, 0, "windows-1252", "windows-1252");
    if (!fallback)
        return weft::makeError(ErrorCode::BadFormat,
                "could not tell the file's encoding: it is neither UTF-8 nor "
                "windows-1252, and no other encoding fits with confidence; "
                        + std::string(kEncodingHint));
    return DecodedText{std::move(fallback).value(), "windows-1252", false};
}

} // namespace weft::core::text
