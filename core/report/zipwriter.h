// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/result.h"

#include <string>
#include <vector>

namespace weft::core {

/// Writes a zip archive (an OOXML package) in memory, reproducibly: entries in the order added,
/// every entry stamped with one given time (as a DOS date, so the local time zone never enters),
/// fixed compression. The same entries give the same bytes.
class ZipWriter {
public:
    /// `isoTime` ("2019-04-02T10:15:00Z" or "2019-04-02") stamps every entry; empty or
    /// unreadable means 1980-01-01 00:00, the zip epoch.
    explicit ZipWriter(const std::string &isoTime);

    /// Adds an entry, deflated unless `store` (some consumers expect stored entries).
    void add(std::string name, std::string data, bool store = false);

    /// The archive's bytes.
    Result<std::string> finish() const;

private:
    struct Entry {
        std::string name;
        std::string data;
        bool store = false;
    };
    std::vector<Entry> m_entries;
    unsigned short m_dosDate = 0;
    unsigned short m_dosTime = 0;
};

} // namespace weft::core
