// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/structure/valuetypes.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>

namespace weft::core {
namespace {

std::string trimmed(std::string_view s)
{
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front())))
        s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back())))
        s.remove_suffix(1);
    return std::string(s);
}

} // namespace

std::optional<std::string> asNumber(std::string_view cell)
{
    std::string s = trimmed(cell);
    if (s.empty() || s.size() > 40)
        return std::nullopt;
    // "3,5" (decimal comma) but not "1,000" ambiguity: accept a single comma as decimal mark
    // only when no dot is present and 1-2 digits follow it.
    const auto comma = s.find(',');
    if (comma != std::string::npos && s.find('.') == std::string::npos &&
        s.find(',', comma + 1) == std::string::npos && s.size() - comma - 1 <= 2)
        s[comma] = '.';
    char *end = nullptr;
    std::strtod(s.c_str(), &end);
    if (end != s.c_str() + s.size())
        return std::nullopt;
    if (!std::isdigit(static_cast<unsigned char>(s.back())))
        return std::nullopt; // "1e", "inf", "nan"
    for (char c : s) {
        if (std::isalpha(static_cast<unsigned char>(c)) && c != 'e' && c != 'E')
            return std::nullopt;
    }
    return s;
}

std::optional<std::string> asDate(std::string_view cell, DateOrder order)
{
    std::string s = trimmed(cell);
    // Spreadsheet date-times "2019-03-14 00:00:00" count as dates when the time is midnight.
    if (s.size() == 19 && s.compare(10, 9, " 00:00:00") == 0)
        s.resize(10);
    return parseDate(s, order);
}

std::optional<std::string> asBoolean(std::string_view cell)
{
    std::string s = trimmed(cell);
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (s == "yes" || s == "true" || s == "y" || s == "oui" || s == "sí" || s == "si")
        return std::string("true");
    if (s == "no" || s == "false" || s == "n" || s == "non")
        return std::string("false");
    return std::nullopt;
}

AttributeType inferAttributeType(const std::vector<std::string> &cells, DateOrder order)
{
    bool any = false, boolean = true, number = true, date = true;
    for (const std::string &cell : cells) {
        if (trimmed(cell).empty())
            continue;
        any = true;
        boolean = boolean && asBoolean(cell).has_value();
        number = number && asNumber(cell).has_value();
        date = date && asDate(cell, order).has_value();
    }
    if (!any)
        return AttributeType::Text;
    if (boolean)
        return AttributeType::Boolean;
    if (number)
        return AttributeType::Number;
    if (date)
        return AttributeType::Date;
    return AttributeType::Text;
}

std::optional<std::string> canonicalValue(AttributeType type, std::string_view cell,
                                          DateOrder order)
{
    switch (type) {
    case AttributeType::Boolean: return asBoolean(cell);
    case AttributeType::Number: return asNumber(cell);
    case AttributeType::Date: return asDate(cell, order);
    case AttributeType::Text: return trimmed(cell);
    }
    return std::nullopt;
}

} // namespace weft::core
