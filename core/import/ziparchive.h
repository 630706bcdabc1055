// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Read-only access to a zip container (.docx, .odt, .xlsx) held in memory. The archive comes
// from an untrusted file, so every read is capped: declared sizes in a zip can lie (that is how
// zip bombs work), hence the caps are checked against the declared sizes first and then against
// the bytes actually inflated, chunk by chunk. Nothing here ever touches the file system.

#include "core/util/result.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

struct zip;

namespace weft::core {

/// Caps on what one archive may make us inflate. The defaults suit office documents: a real
/// document.xml of a 500-page book is a few MB and compresses about 10:1.
struct ZipLimits {
    std::uint64_t maxEntryBytes = 64u * 1024u * 1024u;  ///< one entry, uncompressed
    std::uint64_t maxTotalBytes = 256u * 1024u * 1024u; ///< all reads of one archive together
    std::uint64_t maxRatio = 200;                       ///< uncompressed : compressed, per entry
    /// The ratio is only judged past this many bytes: tiny entries (an empty part compresses
    /// to 2 bytes) legitimately have absurd ratios and cannot hurt anyone.
    std::uint64_t ratioGraceBytes = 1024u * 1024u;
    std::uint64_t maxEntries = 10000;
};

/// What the archive claims to be, for error messages: "the file is not a valid .docx (not a
/// zip archive); re-save it from Word".
struct ArchiveKind {
    std::string extension;   ///< "docx", "odt", "xlsx"
    std::string application; ///< "Word", "LibreOffice Writer", "Excel"
};

/// A zip archive opened from memory. Entries are found by exact name only, and names that
/// could escape a directory (`..` segments, absolute paths, backslashes, drive letters) are
/// never matched, so a hostile name can never stand in for a part we look for.
class ZipArchive {
public:
    /// Opens `bytes` as a zip archive. The bytes are not copied: they must outlive the archive.
    /// Refuses (BadFormat) empty input, non-zip data, truncated archives and archives with more
    /// than limits.maxEntries entries.
    static Result<ZipArchive> open(std::string_view bytes, ArchiveKind kind,
                                   ZipLimits limits = {});

    ZipArchive(ZipArchive &&other) noexcept;
    ZipArchive &operator=(ZipArchive &&other) noexcept;
    ZipArchive(const ZipArchive &) = delete;
    ZipArchive &operator=(const ZipArchive &) = delete;
    ~ZipArchive();

    /// Every entry name in archive order, unsafe ones included (for diagnostics).
    const std::vector<std::string> &entryNames() const { return m_names; }

    /// True when a file entry of exactly this (safe) name exists.
    bool contains(std::string_view name) const;

    /// The safe entry whose name equals `name` ignoring ASCII case, or "" when there is none.
    /// OPC part names are case-insensitive, so a relationship target may differ in case.
    std::string findIgnoringCase(std::string_view name) const;

    /// Inflates one entry. NotFound when there is no safe entry of that name; BadFormat when a
    /// cap is passed, the entry is encrypted, or its data is damaged.
    Result<std::string> read(std::string_view name);

    /// Bytes inflated so far by read(), counted against limits.maxTotalBytes.
    std::uint64_t totalRead() const { return m_totalRead; }

    const ArchiveKind &kind() const { return m_kind; }

    /// False for names that could address a file outside an extraction directory.
    static bool isSafeEntryName(std::string_view name);

private:
    struct ZipCloser {
        void operator()(zip *archive) const;
    };
    static constexpr std::uint64_t kAmbiguous = UINT64_MAX;

    ZipArchive(std::unique_ptr<zip, ZipCloser> archive, ArchiveKind kind, ZipLimits limits);
    Error bombError(std::string_view what) const;
    Error damagedError() const;

    std::unique_ptr<zip, ZipCloser> m_archive;
    ArchiveKind m_kind;
    ZipLimits m_limits;
    std::vector<std::string> m_names;
    std::unordered_map<std::string, std::uint64_t> m_safeIndex; ///< name -> index, or kAmbiguous
    std::uint64_t m_totalRead = 0;
};

} // namespace weft::core
