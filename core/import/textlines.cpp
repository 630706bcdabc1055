// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/textlines.h"

namespace weft::core {

std::string joinLines(const std::vector<std::string> &lines, std::string_view separator,
                      bool skipEmpty)
{
    std::string out;
    bool first = true;
    for (const std::string &line : lines) {
        if (skipEmpty && line.empty())
            continue;
        if (!first)
            out += separator;
        out += line;
        first = false;
    }
    return out;
}

void appendTextBox(std::string &line, const std::string &content, std::string_view lineBreak,
                   ImportBudget &budget)
{
    if (!line.empty())
        line += lineBreak;
    line += content;
    budget.spend(content.size() + 1);
}

} // namespace weft::core
