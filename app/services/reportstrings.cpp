// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/services/reportstrings.h"

#include "app/services/reportcatalogues.h"
#include "app/services/reportmessages.h"

#include <boost/locale/gnu_gettext.hpp>
#include <boost/locale/message.hpp>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstring>

namespace weft::services {

namespace {

constexpr std::string_view kDomain = "weft-report";

constexpr std::array<const char *, 12> kMonthsEn{"January", "February", "March", "April", "May", "June",
                                                 "July", "August", "September", "October", "November", "December"};
constexpr std::array<const char *, 12> kMonthsFr{"janvier", "février", "mars", "avril", "mai", "juin",
                                                 "juillet", "août", "septembre", "octobre", "novembre", "décembre"};

} // namespace

namespace {

/// The embedded catalogue for a language, or nullptr.
const EmbeddedCatalogue *catalogueFor(std::string_view language)
{
    for (const EmbeddedCatalogue &c : embeddedCatalogues()) {
        if (c.language == language && c.domain == kDomain)
            return &c;
    }
    return nullptr;
}

/// A locale whose message facet reads the embedded catalogue. Boost.Locale asks its callback
/// for "<path>/<language>/LC_MESSAGES/<domain>.mo" under each search path; the callback hands it
/// the built-in bytes instead of reading a file.
std::locale catalogueLocale(const EmbeddedCatalogue &catalogue)
{
    boost::locale::gnu_gettext::messages_info info;
    info.language = std::string(catalogue.language);
    info.encoding = "UTF-8";
    info.domains.emplace_back(std::string(kDomain));
    info.paths.emplace_back("embedded");
    info.callback = [](const std::string &file, const std::string &) {
        for (const EmbeddedCatalogue &c : embeddedCatalogues()) {
            const std::string wanted = "embedded/" + std::string(c.language) + "/LC_MESSAGES/" +
                                       std::string(c.domain) + ".mo";
            if (file == wanted)
                return std::vector<char>(c.bytes.begin(), c.bytes.end());
        }
        return std::vector<char>();
    };
    return std::locale(std::locale::classic(),
                       boost::locale::gnu_gettext::create_messages_facet<char>(info));
}

} // namespace

Result<ReportStrings> ReportStrings::forLanguage(const std::string &language)
{
    if (language == "en")
        return ReportStrings("en", std::locale::classic());
    const EmbeddedCatalogue *catalogue = catalogueFor(language);
    if (!catalogue)
        return makeError(ErrorCode::InvalidArgument,
                         "report language must be en or fr, not '" + language + "'");
    try {
        ReportStrings strings(language, catalogueLocale(*catalogue));
        strings.m_translated = true;
        // A catalogue that loaded nothing would silently give English: refuse it instead.
        const ReportMessage *probe = findReportMessage("report.subtitle");
        if (probe && strings.text(probe->id) == probe->english)
            return makeError(ErrorCode::Internal, "the " + language +
                                                      " report catalogue in this build is empty or "
                                                      "unreadable; rebuild weft");
        return strings;
    } catch (const std::exception &e) {
        return makeError(ErrorCode::Internal, "the " + language + " report catalogue could not be read (" +
                                                  e.what() + "); rebuild weft");
    }
}

std::vector<std::string> ReportStrings::languages()
{
    std::vector<std::string> out{"en"};
    for (const EmbeddedCatalogue &c : embeddedCatalogues()) {
        if (c.domain == kDomain)
            out.emplace_back(c.language);
    }
    return out;
}

std::string ReportStrings::text(std::string_view id) const
{
    const ReportMessage *message = findReportMessage(id);
    if (!message)
        return std::string(id);
    const std::string english(message->english);
    if (!m_translated)
        return english;
    // Boost.Locale gives the English msgid back when the catalogue has no translation.
    const std::string context(id);
    return boost::locale::translate(context.c_str(), english.c_str()).str(m_messages);
}

std::string ReportStrings::count(std::string_view id, std::int64_t n) const
{
    const ReportMessage *message = findReportMessage(id);
    if (!message || message->englishPlural.empty())
        return std::to_string(n) + " " + std::string(id);
    const std::string one(message->english), many(message->englishPlural), context(id);
    std::string pattern;
    if (!m_translated) {
        pattern = n == 1 ? one : many;
    } else {
        // Boost.Locale picks the form by the catalogue's Plural-Forms (French: 0 and 1 singular).
        pattern = boost::locale::translate(context.c_str(), one.c_str(), many.c_str(), static_cast<int>(std::min<std::int64_t>(n, 1000000)))
                      .str(m_messages);
    }
    const std::size_t at = pattern.find("{1}");
    if (at != std::string::npos)
        pattern.replace(at, 3, std::to_string(n));
    return pattern;
}

std::string ReportStrings::format(std::string_view id, std::initializer_list<std::string> args) const
{
    const std::string pattern = text(id);
    std::string out;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '{' && i + 2 < pattern.size() && pattern[i + 2] == '}' &&
            pattern[i + 1] >= '1' && pattern[i + 1] <= '9') {
            const auto index = static_cast<std::size_t>(pattern[i + 1] - '1');
            if (index < args.size())
                out += *(args.begin() + index);
            i += 2;
            continue;
        }
        out += pattern[i];
    }
    return out;
}

std::string ReportStrings::number(double value, int decimals) const
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    std::string out = buffer;
    if (french()) {
        for (char &c : out) {
            if (c == '.')
                c = ',';
        }
    }
    return out;
}

std::string ReportStrings::longDate(const std::string &isoDate) const
{
    int y = 0, m = 0, d = 0;
    if (isoDate.size() < 10 || std::sscanf(isoDate.c_str(), "%4d-%2d-%2d", &y, &m, &d) != 3 || m < 1 ||
        m > 12 || d < 1 || d > 31)
        return isoDate;
    const auto month = static_cast<std::size_t>(m - 1);
    return std::to_string(d) + " " + (french() ? kMonthsFr[month] : kMonthsEn[month]) + " " +
           std::to_string(y);
}

std::string ReportStrings::kindName(core::DocumentKind kind) const
{
    return text("kind." + std::string(core::toString(kind)));
}

std::string ReportStrings::kindPlural(core::DocumentKind kind) const
{
    return text("kinds." + std::string(core::toString(kind)));
}

std::string ReportStrings::statusName(core::ThemeStatus status) const
{
    return text("status." + std::string(core::toString(status)));
}

std::string ReportStrings::reviewName(core::ReviewState state) const
{
    return text("review." + std::string(core::toString(state)));
}

std::string ReportStrings::decisionName(core::ReviewDecision decision) const
{
    return text("decision." + std::string(core::toString(decision)));
}

} // namespace weft::services
