// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace weft::core {

/// ASCII-only character tests for file formats, independent of the C locale.
constexpr bool isAsciiDigit(char c) { return c >= '0' && c <= '9'; }

/// The value of a hexadecimal digit, or -1.
constexpr int hexDigitValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace weft::core
