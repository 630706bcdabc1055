// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace weft::core {

/// PNG bytes with their pixel size, read from the IHDR chunk. Writers need the size to lay an
/// image out (DOCX extents, HTML width) without decoding it.
struct PngImage {
    std::string bytes;
    std::uint32_t width = 0;
    std::uint32_t height = 0;
};

/// The image when `bytes` start with a PNG signature and a well-formed IHDR of non-zero size;
/// nullopt otherwise, so a damaged figure is left out rather than written broken.
std::optional<PngImage> readPng(std::string_view bytes);

} // namespace weft::core
