// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/entities.h"
#include "core/util/result.h"

#include <initializer_list>
#include <string>
#include <string_view>

namespace weft::services {

/// The fixed text of a report (headings, labels, explanations) in one language, from a table
/// compiled into the program and keyed by message id. A compiled-in table rather than gettext
/// catalogues: weft-cli must work from the build tree and from a bare binary without finding
/// installed .mo files, and the report's few dozen strings do not need a translation toolchain.
/// Adding a language means adding one column to the table in reportstrings.cpp.
class ReportStrings {
public:
    /// "en" or "fr"; anything else is an InvalidArgument error naming the choices.
    static Result<ReportStrings> forLanguage(const std::string &language);

    const std::string &language() const { return m_language; }

    /// The message; an unknown id returns the id itself (visible, never a crash).
    std::string text(std::string_view id) const;
    /// The message with {1}, {2} ... replaced by `args` in order.
    std::string format(std::string_view id, std::initializer_list<std::string> args) const;

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

private:
    explicit ReportStrings(std::string language, int column)
        : m_language(std::move(language)), m_column(column)
    {
    }
    std::string m_language;
    int m_column = 0;
};

} // namespace weft::services
