// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/documentreader.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace weft::core {

/// Lines joined with `separator`, empty ones left out when `skipEmpty`.
std::string joinLines(const std::vector<std::string> &lines, std::string_view separator,
                      bool skipEmpty);

/// The text a word-processor reader has produced so far, against the import ceiling: a
/// document that would expand past kMaxImportBytes (a zip bomb, a billion repeated rows) is
/// refused rather than filling memory.
class ImportBudget {
public:
    /// Counts `bytes` more; false once the ceiling is passed.
    bool spend(std::size_t bytes)
    {
        m_used += bytes;
        if (m_used > kMaxImportBytes)
            m_exceeded = true;
        return !m_exceeded;
    }
    bool exceeded() const { return m_exceeded; }

private:
    std::size_t m_used = 0;
    bool m_exceeded = false;
};

/// Puts a text box's content on a line of its own after what `line` holds (`lineBreak` is a
/// space inside table cells), and counts it.
void appendTextBox(std::string &line, const std::string &content, std::string_view lineBreak,
                   ImportBudget &budget);

} // namespace weft::core
