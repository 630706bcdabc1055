// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/uuid.h"

#include <array>
#include <chrono>
#include <cctype>
#include <cstdint>
#include <random>

namespace weft::core {

std::string newUuid()
{
    // One seeded engine per thread: std::random_device reads the OS source once, the engine
    // then makes the 122 random bits cheaply (batch imports create many entities).
    thread_local std::mt19937_64 engine = [] {
        std::random_device device;
        std::seed_seq seed{device(), device(), device(), device(), device(), device()};
        return std::mt19937_64(seed);
    }();
    std::array<std::uint8_t, 16> bytes{};
    for (std::size_t i = 0; i < bytes.size(); i += 8) {
        std::uint64_t r = engine();
        for (std::size_t j = 0; j < 8; ++j)
            bytes[i + j] = static_cast<std::uint8_t>(r >> (j * 8));
    }
    // Version 7 (RFC 9562): 48 bits of Unix milliseconds first. New ids sort after old ones,
    // so the uuid indexes grow at their end instead of touching random pages; a batch of
    // 60,000 codings writes far fewer pages.
    const auto ms = static_cast<std::uint64_t>(
        std::chrono::duration_cast<std::chrono::milliseconds>(
            std::chrono::system_clock::now().time_since_epoch())
            .count());
    for (std::size_t i = 0; i < 6; ++i)
        bytes[i] = static_cast<std::uint8_t>(ms >> (8 * (5 - i)));
    bytes[6] = static_cast<std::uint8_t>((bytes[6] & 0x0F) | 0x70);
    bytes[8] = static_cast<std::uint8_t>((bytes[8] & 0x3F) | 0x80);

    static constexpr char hex[] = "0123456789abcdef";
    std::string out;
    out.reserve(36);
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            out.push_back('-');
        out.push_back(hex[bytes[i] >> 4]);
        out.push_back(hex[bytes[i] & 0x0F]);
    }
    return out;
}

bool isUuid(std::string_view text)
{
    if (text.size() != 36)
        return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const bool dash = (i == 8 || i == 13 || i == 18 || i == 23);
        if (dash ? text[i] != '-' : !std::isxdigit(static_cast<unsigned char>(text[i])))
            return false;
    }
    return true;
}

} // namespace weft::core
