// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/services/reportdata.h"
#include "app/services/reportstrings.h"
#include "core/analysis/evidence.h"
#include "core/report/reportdocument.h"
#include "core/text/textoffsets.h"

#include <map>
#include <memory>
#include <set>
#include <tuple>
#include <vector>

namespace weft::services {

/// Chooses a theme's exemplar quotes and attributes them pseudonymously ("P03, interview,
/// 00:14:20"): participants appear by identifier only, never by name.
/// The passages holding the codings marked by hand as the theme's exemplars come first, in the
/// order they were marked (a passage is the merged excerpt of the theme's evidence, sub-themes
/// included, that contains the coding; a mark whose coding is no longer evidence of the theme is
/// passed over). A fixed rule, which the report prints, fills the rest and spreads quotes over
/// the evidence:
///   round-robin over data sources (interview, journal, feedback, document); within a source,
///   round-robin over participants by identifier, preferring those not yet quoted for the
///   theme; each participant's earliest passage first (project document order, then position);
///   passages already quoted elsewhere in the report only when nothing else is left.
/// Reads the text of each quoted document once.
class QuoteSelector {
public:
    QuoteSelector(storage::Project &project, const ReportData &data, const ReportStrings &strings);

    /// Up to `count` quotes from a theme's excerpts: those holding the `exemplars` codings
    /// first (in that order), then as the rule picks them.
    Result<std::vector<core::Quote>> select(const std::vector<core::Excerpt> &excerpts,
                                            const std::vector<core::Id> &exemplars, int count);

    /// Quotes handed out so far.
    int quoted() const { return m_quoted; }

    /// Longest quote in code points; a longer passage is cut at a word and marked " […]".
    static constexpr std::size_t kMaxQuoteLength = 1200;

private:
    struct Source {
        std::string text;
        core::text::CodePointIndex index;
        std::vector<core::Segment> segments; ///< sorted by start
    };
    using Key = std::tuple<core::Id, std::int64_t, std::int64_t>;

    static std::vector<const core::Excerpt *> marked(const std::vector<core::Excerpt> &excerpts,
                                                     const std::vector<core::Id> &exemplars,
                                                     std::size_t count);
    /// The rule; `quotedPeople` are labels already quoted for the theme ("\x7f" for nobody).
    std::vector<const core::Excerpt *> pick(std::vector<const core::Excerpt *> pool, std::size_t count,
                                            std::set<std::string> quotedPeople) const;
    Result<const Source *> source(core::Id documentId);
    std::string attribution(const core::Excerpt &excerpt, const Source &source) const;

    storage::Project &m_project;
    const ReportData &m_data;
    const ReportStrings &m_strings;
    std::map<core::Id, std::unique_ptr<Source>> m_sources;
    std::set<Key> m_used;
    int m_quoted = 0;
};

/// Whitespace runs (line breaks included) collapsed to one space, ends trimmed, and text over
/// `maxLength` code points cut at a word boundary with " […]" appended.
std::string quoteText(std::string_view passage, std::size_t maxLength);

} // namespace weft::services
