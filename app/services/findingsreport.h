// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/report/reportdocument.h"
#include "core/util/result.h"

#include <functional>
#include <string>
#include <vector>

namespace weft::storage {
class Project;
}

namespace weft::services {

/// What goes into a findings report. Attribution is always pseudonymised: participants appear
/// by their identifier ("P03") only, never by name, and attributes that single out one person
/// (a different value for everyone, such as a name column) are never printed.
struct FindingsReportOptions {
    /// Theme paths or UUIDs; each brings its sub-themes. Empty: every theme not discarded, in
    /// tree order.
    std::vector<std::string> themes;
    int quotesPerTheme = 3;
    /// Participant attributes (age, site ...) in the study summary.
    bool includeAttributes = true;
    /// Language of the fixed text: "en" or "fr".
    std::string language = "en";
    /// Called with (themes written, themes in all) before each theme's section and once at the
    /// end; returning false stops the build, which then fails with "the report was cancelled".
    /// May be empty.
    std::function<bool(int done, int total)> progress;
};

struct FindingsReport {
    core::ReportDocument document;
    int themes = 0; ///< themes reported
    int quotes = 0; ///< quotes chosen
};

/// Builds the findings report of a project: title page, contents, study summary, the
/// thematic map, one section per theme, triangulation, the session feedback summary and the
/// codebook and audit-trail appendices. Deterministic: dates come from the project (its
/// creation and last recorded change), never from the clock, so the same project gives the
/// same report. Reads only.
Result<FindingsReport> buildFindingsReport(storage::Project &project,
                                           const FindingsReportOptions &options);

} // namespace weft::services
