// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/entities.h"
#include "core/util/result.h"

#include <cstdint>
#include <initializer_list>
#include <locale>
#include <string>
#include <string_view>
#include <vector>

namespace weft::services {

/// The fixed text of a report (headings, labels, explanations) in one language. English is
/// the source (app/services/reportmessages.cpp); other languages come from gettext catalogues
/// (resources/i18n/LANG.po) that the build compiles with msgfmt and embeds in the program, read
/// through Boost.Locale's gnu_gettext loader: weft-cli translates from the build tree and as a
/// bare binary. Messages are looked up by id, which is their gettext context.
class ReportStrings {
public:
    /// "en" or "fr"; anything else is an InvalidArgument error naming the choices. A language
    /// whose catalogue is missing from the build or unreadable is an error too.
    static Result<ReportStrings> forLanguage(const std::string &language);

    const std::string &language() const { return m_language; }

    /// The message; an unknown id returns the id itself (visible, never a crash), a message
    /// the catalogue does not translate its English text.
    std::string text(std::string_view id) const;
    /// The message with {1}, {2} ... replaced by `args` in order.
    std::string format(std::string_view id, std::initializer_list<std::string> args) const;

    /// A count with its noun in the form the language wants for it ("1 excerpt", "3 excerpts";
    /// French says "0 extrait"), from the catalogue's plural forms.
    std::string count(std::string_view id, std::int64_t n) const;

    /// A decimal number with `decimals` places and the language's decimal separator.
    std::string number(double value, int decimals) const;
    /// "2019-03-21" as "21 March 2019" / "21 mars 2019"; anything else unchanged.
    std::string longDate(const std::string &isoDate) const;

    /// Singular, lower case, as in an attribution ("interview", "entretien").
    std::string kindName(core::DocumentKind kind) const;
    /// Plural, capitalised, as a table row ("Interviews", "Entretiens").
    std::string kindPlural(core::DocumentKind kind) const;
    std::string statusName(core::ThemeStatus status) const;
    std::string reviewName(core::ReviewState state) const;
    std::string decisionName(core::ReviewDecision decision) const;

    /// The languages there are catalogues for, English included.
    static std::vector<std::string> languages();

private:
    ReportStrings(std::string language, std::locale messages)
        : m_language(std::move(language)), m_messages(std::move(messages))
    {
    }
    bool french() const { return m_language == "fr"; }

    std::string m_language;
    std::locale m_messages; ///< holds the catalogue's message facet; classic for English
    bool m_translated = false;
};

} // namespace weft::services
