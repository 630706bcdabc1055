// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/zipwriter.h"

#include <zip.h>

#include <cstdio>
#include <memory>

namespace weft::core {

namespace {

struct SourceDeleter {
    void operator()(zip_source_t *source) const { zip_source_free(source); }
};

Error zipError(const std::string &what)
{
    return makeError(ErrorCode::Internal, "could not assemble the document package (" + what +
                                              "); please report this");
}

} // namespace

ZipWriter::ZipWriter(const std::string &isoTime)
{
    int y = 1980, mo = 1, d = 1, h = 0, mi = 0, s = 0;
    const int read = std::sscanf(isoTime.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d", &y, &mo, &d, &h, &mi, &s);
    const bool valid = read >= 3 && y >= 1980 && y <= 2107 && mo >= 1 && mo <= 12 && d >= 1 &&
                       d <= 31 && h >= 0 && h < 24 && mi >= 0 && mi < 60 && s >= 0 && s < 60;
    if (!valid) {
        y = 1980, mo = 1, d = 1, h = 0, mi = 0, s = 0;
    }
    m_dosDate = static_cast<unsigned short>(((y - 1980) << 9) | (mo << 5) | d);
    m_dosTime = static_cast<unsigned short>((h << 11) | (mi << 5) | (s / 2));
}

void ZipWriter::add(std::string name, std::string data, bool store)
{
    m_entries.push_back(Entry{std::move(name), std::move(data), store});
}

Result<std::string> ZipWriter::finish() const
{
    zip_error_t error;
    zip_error_init(&error);
    std::unique_ptr<zip_source_t, SourceDeleter> target(zip_source_buffer_create(nullptr, 0, 0, &error));
    if (!target)
        return zipError("buffer");
    // The archive takes a reference on close; keep ours to read the result back.
    zip_source_keep(target.get());
    zip_t *archive = zip_open_from_source(target.get(), ZIP_TRUNCATE, &error);
    zip_error_fini(&error);
    if (!archive)
        return zipError("open");
    for (const Entry &e : m_entries) {
        zip_source_t *data = zip_source_buffer(archive, e.data.data(), e.data.size(), 0);
        const zip_int64_t index =
            data ? zip_file_add(archive, e.name.c_str(), data, ZIP_FL_ENC_UTF_8) : -1;
        if (index < 0) {
            if (data)
                zip_source_free(data);
            zip_discard(archive);
            return zipError("entry " + e.name);
        }
        const auto i = static_cast<zip_uint64_t>(index);
        if (zip_set_file_compression(archive, i, e.store ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 6) != 0 ||
            zip_file_set_dostime(archive, i, m_dosTime, m_dosDate, 0) != 0) {
            zip_discard(archive);
            return zipError("entry settings");
        }
    }
    if (zip_close(archive) != 0) {
        zip_discard(archive);
        return zipError("close");
    }
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_source_stat(target.get(), &stat) != 0 || zip_source_open(target.get()) != 0)
        return zipError("read back");
    std::string bytes(static_cast<std::size_t>(stat.size), '\0');
    const zip_int64_t got = zip_source_read(target.get(), bytes.data(), stat.size);
    zip_source_close(target.get());
    if (got < 0 || static_cast<zip_uint64_t>(got) != stat.size)
        return zipError("read back");
    return bytes;
}

} // namespace weft::core
