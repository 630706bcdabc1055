// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/ziparchive.h"

#include <zip.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <utility>

namespace weft::core {

namespace {

constexpr std::size_t kReadChunk = 64u * 1024u;

/// The first bytes of an OLE2 compound file: old .doc/.xls, and also what Office writes for a
/// password-protected .docx/.xlsx, so the user needs a different hint than "not a zip".
constexpr std::array<unsigned char, 8> kOleSignature{0xD0, 0xCF, 0x11, 0xE0,
                                                     0xA1, 0xB1, 0x1A, 0xE1};

bool startsWith(std::string_view bytes, std::string_view prefix)
{
    return bytes.size() >= prefix.size() && bytes.substr(0, prefix.size()) == prefix;
}

bool looksLikeOle(std::string_view bytes)
{
    if (bytes.size() < kOleSignature.size())
        return false;
    return std::memcmp(bytes.data(), kOleSignature.data(), kOleSignature.size()) == 0;
}

/// "64 MB" for the messages; limits are whole MiB in practice.
std::string megabytes(std::uint64_t bytes)
{
    return std::to_string(bytes / (1024u * 1024u)) + " MB";
}

/// Entry names come from the hostile file: keep them printable and short in messages.
std::string printableName(std::string_view name)
{
    std::string out;
    for (char c : name.substr(0, 120)) {
        const auto u = static_cast<unsigned char>(c);
        out.push_back(u < 0x20 || u == 0x7F ? '?' : c);
    }
    if (name.size() > 120)
        out += "...";
    return out;
}

char asciiLower(char c)
{
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

bool equalsIgnoringAsciiCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (asciiLower(a[i]) != asciiLower(b[i]))
            return false;
    }
    return true;
}

} // namespace

void ZipArchive::ZipCloser::operator()(zip *archive) const
{
    // Read-only: discard frees the archive and its source without writing anything.
    if (archive)
        zip_discard(archive);
}

ZipArchive::ZipArchive(std::unique_ptr<zip, ZipCloser> archive, ArchiveKind kind,
                       ZipLimits limits)
    : m_archive(std::move(archive)), m_kind(std::move(kind)), m_limits(limits)
{
}

ZipArchive::ZipArchive(ZipArchive &&other) noexcept = default;
ZipArchive &ZipArchive::operator=(ZipArchive &&other) noexcept = default;
ZipArchive::~ZipArchive() = default;

bool ZipArchive::isSafeEntryName(std::string_view name)
{
    if (name.empty() || name.front() == '/')
        return false;
    if (name.find('\\') != std::string_view::npos)
        return false;
    for (char c : name) {
        if (static_cast<unsigned char>(c) < 0x20)
            return false;
    }
    // A drive letter ("C:evil", "C:/evil") is absolute on Windows.
    if (name.size() >= 2 && name[1] == ':')
        return false;
    std::size_t start = 0;
    while (start <= name.size()) {
        const std::size_t slash = name.find('/', start);
        const std::size_t end = slash == std::string_view::npos ? name.size() : slash;
        if (name.substr(start, end - start) == "..")
            return false;
        if (slash == std::string_view::npos)
            break;
        start = slash + 1;
    }
    return true;
}

Result<ZipArchive> ZipArchive::open(std::string_view bytes, ArchiveKind kind, ZipLimits limits)
{
    const std::string label = "." + kind.extension;
    if (bytes.empty()) {
        return makeError(ErrorCode::BadFormat,
                         "the file is empty; it is not a valid " + label);
    }
    if (looksLikeOle(bytes)) {
        return makeError(ErrorCode::BadFormat,
                         "the file is not a valid " + label +
                                 ": it is password-protected or in an old binary Office format; "
                                 "remove the password or save it as " +
                                 label + " in " + kind.application);
    }
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    if (!source) {
        zip_error_fini(&error);
        return makeError(ErrorCode::Internal, "could not read the " + label + " in memory");
    }
    zip_t *raw = zip_open_from_source(source, ZIP_RDONLY, &error);
    if (!raw) {
        const int code = zip_error_code_zip(&error);
        zip_error_fini(&error);
        zip_source_free(source);
        // Without its end-of-central-directory record a zip is unreadable; if it still starts
        // like one, it was cut short rather than never being a zip.
        const bool zipSignature = startsWith(bytes, "PK\x03\x04") ||
                                  startsWith(bytes, "PK\x05\x06") ||
                                  startsWith(bytes, "PK\x07\x08");
        if (code == ZIP_ER_NOZIP && !zipSignature) {
            return makeError(ErrorCode::BadFormat,
                             "the file is not a valid " + label + " (not a zip archive); " +
                                     "re-save it from " + kind.application);
        }
        if (code == ZIP_ER_MULTIDISK) {
            return makeError(ErrorCode::BadFormat,
                             "the " + label + " is part of a split (multi-disk) zip archive; " +
                                     "re-save it from " + kind.application);
        }
        return makeError(ErrorCode::BadFormat,
                         "the " + label + " archive is truncated or damaged; re-save it from " +
                                 kind.application + " or copy the original file again");
    }
    zip_error_fini(&error);
    std::unique_ptr<zip, ZipCloser> archive(raw);

    const zip_int64_t count = zip_get_num_entries(raw, 0);
    if (count < 0) {
        return makeError(ErrorCode::BadFormat,
                         "the " + label + " archive is truncated or damaged; re-save it from " +
                                 kind.application);
    }
    if (static_cast<std::uint64_t>(count) > limits.maxEntries) {
        return makeError(ErrorCode::BadFormat,
                         "the " + label + " holds more than " +
                                 std::to_string(limits.maxEntries) +
                                 " entries; it looks like a zip bomb and was not read");
    }

    ZipArchive result(std::move(archive), std::move(kind), limits);
    result.m_names.reserve(static_cast<std::size_t>(count));
    for (zip_int64_t i = 0; i < count; ++i) {
        const char *name = zip_get_name(raw, static_cast<zip_uint64_t>(i), ZIP_FL_ENC_GUESS);
        result.m_names.emplace_back(name ? name : "");
        const std::string &entry = result.m_names.back();
        if (!name || !isSafeEntryName(entry) || entry.back() == '/')
            continue;
        auto [it, inserted] = result.m_safeIndex.emplace(entry, static_cast<std::uint64_t>(i));
        if (!inserted)
            it->second = kAmbiguous; // two entries of one name: which one is "the" part?
    }
    return result;
}

bool ZipArchive::contains(std::string_view name) const
{
    return m_safeIndex.find(std::string(name)) != m_safeIndex.end();
}

std::string ZipArchive::findIgnoringCase(std::string_view name) const
{
    if (contains(name))
        return std::string(name);
    for (const auto &[entry, index] : m_safeIndex) {
        (void)index;
        if (equalsIgnoringAsciiCase(entry, name))
            return entry;
    }
    return {};
}

Error ZipArchive::bombError(std::string_view what) const
{
    return makeError(ErrorCode::BadFormat, "the ." + m_kind.extension + " " + std::string(what) +
                                                   "; it looks like a zip bomb and was not read");
}

Error ZipArchive::damagedError() const
{
    return makeError(ErrorCode::BadFormat, "the ." + m_kind.extension +
                                                   " archive is truncated or damaged; re-save it "
                                                   "from " +
                                                   m_kind.application +
                                                   " or copy the original file again");
}

Result<std::string> ZipArchive::read(std::string_view name)
{
    const std::string label = "." + m_kind.extension;
    const auto found = m_safeIndex.find(std::string(name));
    if (found == m_safeIndex.end()) {
        return makeError(ErrorCode::NotFound,
                         "the " + label + " has no part named \"" + printableName(name) + "\"");
    }
    if (found->second == kAmbiguous) {
        return makeError(ErrorCode::BadFormat,
                         "the " + label + " holds two entries named \"" + printableName(name) +
                                 "\"; the archive is damaged or tampered with and was not read");
    }
    const zip_uint64_t index = found->second;
    zip_t *archive = m_archive.get();

    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(archive, index, 0, &stat) != 0)
        return damagedError();
    if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) && stat.encryption_method != ZIP_EM_NONE) {
        return makeError(ErrorCode::BadFormat,
                         "the " + label + " is password-protected (its entries are encrypted); "
                                          "save it without a password and import it again");
    }
    if ((stat.valid & ZIP_STAT_COMP_METHOD) &&
        !zip_compression_method_supported(static_cast<zip_int32_t>(stat.comp_method), 0)) {
        return makeError(ErrorCode::BadFormat,
                         "the " + label + " uses a compression method Weft cannot read (method " +
                                 std::to_string(stat.comp_method) + "); re-save it from " +
                                 m_kind.application);
    }
    const std::string entry = "holds an entry (\"" + printableName(name) + "\")";
    const bool sizeKnown = (stat.valid & ZIP_STAT_SIZE) != 0;
    const std::uint64_t declared = sizeKnown ? stat.size : 0;
    const std::uint64_t compressed =
            (stat.valid & ZIP_STAT_COMP_SIZE) ? std::max<std::uint64_t>(stat.comp_size, 1) : 1;

    // First the sizes the archive declares: refusing here costs nothing.
    if (declared > m_limits.maxEntryBytes)
        return bombError(entry + " that expands beyond " + megabytes(m_limits.maxEntryBytes));
    if (m_totalRead + declared > m_limits.maxTotalBytes)
        return bombError("expands beyond " + megabytes(m_limits.maxTotalBytes) + " in total");
    if (declared > m_limits.ratioGraceBytes && declared / compressed > m_limits.maxRatio) {
        return bombError(entry + " compressed more than " + std::to_string(m_limits.maxRatio) +
                         ":1");
    }

    zip_file_t *file = zip_fopen_index(archive, index, 0);
    if (!file) {
        const int code = zip_error_code_zip(zip_get_error(archive));
        if (code == ZIP_ER_NOPASSWD || code == ZIP_ER_WRONGPASSWD || code == ZIP_ER_ENCRNOTSUPP) {
            return makeError(ErrorCode::BadFormat,
                             "the " + label + " is password-protected (its entries are "
                                              "encrypted); save it without a password and "
                                              "import it again");
        }
        if (code == ZIP_ER_COMPNOTSUPP) {
            return makeError(ErrorCode::BadFormat, "the " + label +
                                                           " uses a compression method Weft "
                                                           "cannot read; re-save it from " +
                                                           m_kind.application);
        }
        return damagedError();
    }
    struct FileCloser {
        void operator()(zip_file_t *f) const { zip_fclose(f); }
    };
    const std::unique_ptr<zip_file_t, FileCloser> guard(file);

    // Then the bytes really inflated: a bomb declares a small size and inflates far beyond it,
    // so stop at the first chunk that passes any cap, before it is kept.
    std::string out;
    out.reserve(static_cast<std::size_t>(std::min(declared, m_limits.maxEntryBytes)));
    std::array<char, kReadChunk> buffer{};
    std::uint64_t actual = 0;
    for (;;) {
        const zip_int64_t n = zip_fread(file, buffer.data(), buffer.size());
        if (n < 0)
            return damagedError();
        if (n == 0)
            break;
        actual += static_cast<std::uint64_t>(n);
        if (sizeKnown && actual > declared)
            return bombError(entry + " that expands beyond the size its header declares");
        if (actual > m_limits.maxEntryBytes)
            return bombError(entry + " that expands beyond " + megabytes(m_limits.maxEntryBytes));
        if (m_totalRead + actual > m_limits.maxTotalBytes)
            return bombError("expands beyond " + megabytes(m_limits.maxTotalBytes) + " in total");
        if (actual > m_limits.ratioGraceBytes && actual / compressed > m_limits.maxRatio) {
            return bombError(entry + " compressed more than " +
                             std::to_string(m_limits.maxRatio) + ":1");
        }
        out.append(buffer.data(), static_cast<std::size_t>(n));
    }
    if (sizeKnown && actual != declared)
        return damagedError();
    m_totalRead += actual;
    return out;
}

} // namespace weft::core
