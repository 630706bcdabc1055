// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace weft::core {

/// Day/month order for numeric dates such as 03/04/2019.
enum class DateOrder { DayMonthYear, MonthDayYear };

/// Reads a date written the way people head journal entries and fill in forms: ISO
/// "2019-03-14", "March 21, 2019", "21 March 2019", "21 mars 2019", "Thursday 21st March 2019",
/// "14/03/2019", "14.03.2019", "Mar 21 2019". Month names in English, French, Spanish and
/// German, any case, accents optional. Numeric dates follow `order` unless a part above 12
/// decides. Returns "YYYY-MM-DD", or nullopt when the whole text is not one valid date.
std::optional<std::string> parseDate(std::string_view text, DateOrder order = DateOrder::DayMonthYear);

/// A journal heading: a short line that is a date, optionally with a weekday, a leading
/// "Entry"/"Day N"/"Week N" label or a trailing colon. Returns the ISO date.
std::optional<std::string> parseDateHeading(std::string_view line, DateOrder order);

} // namespace weft::core
