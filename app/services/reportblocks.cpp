// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/services/reportblocks.h"

#include <algorithm>

namespace weft::services {

core::Heading heading(int level, std::string text, std::string bookmark)
{
    return core::Heading{level, std::move(text), std::move(bookmark)};
}

core::Paragraph paragraph(std::string text, core::ParagraphRole role)
{
    core::Paragraph p;
    p.runs.push_back(core::TextRun{std::move(text)});
    p.role = role;
    return p;
}

core::Paragraph leadIn(const std::string &label, const std::string &text)
{
    core::Paragraph p;
    p.runs.push_back(core::TextRun{label, true, false});
    if (!text.empty())
        p.runs.push_back(core::TextRun{" " + text});
    return p;
}

core::ListItem listItem(std::string text, int level)
{
    core::ListItem item;
    item.runs.push_back(core::TextRun{std::move(text)});
    item.level = level;
    return item;
}

std::string joinWords(const std::vector<std::string> &words, const ReportStrings &strings)
{
    std::string out;
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (i > 0)
            out += i + 1 == words.size() ? strings.text("list.and") : ", ";
        out += words[i];
    }
    return out;
}

std::string displayName(const std::string &name)
{
    const bool plain = std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    });
    if (!plain || name.empty())
        return name;
    std::string out = name;
    std::replace(out.begin(), out.end(), '_', ' ');
    if (out[0] >= 'a' && out[0] <= 'z')
        out[0] = static_cast<char>(out[0] - 'a' + 'A');
    return out;
}

std::string displayPath(const std::vector<std::string> &names)
{
    std::string out;
    for (const std::string &name : names)
        out += (out.empty() ? "" : " / ") + name;
    return out;
}

std::string joinComma(const std::vector<std::string> &words)
{
    std::string out;
    for (const std::string &w : words)
        out += (out.empty() ? "" : ", ") + w;
    return out;
}

} // namespace weft::services
