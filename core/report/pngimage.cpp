// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/pngimage.h"

namespace weft::core {

namespace {

std::uint32_t bigEndian32(std::string_view bytes, std::size_t at)
{
    std::uint32_t v = 0;
    for (std::size_t i = 0; i < 4; ++i)
        v = (v << 8) | static_cast<unsigned char>(bytes[at + i]);
    return v;
}

} // namespace

std::optional<PngImage> readPng(std::string_view bytes)
{
    // Signature (8 bytes), then the IHDR chunk: length 13, type, width, height.
    static constexpr std::string_view kSignature("\x89PNG\r\n\x1a\n", 8);
    if (bytes.size() < 33 || bytes.substr(0, 8) != kSignature)
        return std::nullopt;
    if (bigEndian32(bytes, 8) != 13 || bytes.substr(12, 4) != "IHDR")
        return std::nullopt;
    PngImage image;
    image.width = bigEndian32(bytes, 16);
    image.height = bigEndian32(bytes, 20);
    // PNG limits dimensions to 2^31-1; anything near that is not a figure we can lay out.
    if (image.width == 0 || image.height == 0 || image.width > 100000 || image.height > 100000)
        return std::nullopt;
    image.bytes = std::string(bytes);
    return image;
}

} // namespace weft::core
