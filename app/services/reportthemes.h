// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/services/findingsreport.h"
#include "app/services/reportdata.h"
#include "app/services/reportquotes.h"
#include "app/services/reportstrings.h"

#include <string>
#include <vector>

namespace weft::services {

/// A theme as the report presents it: its place in the selection and its section number.
struct ReportedTheme {
    const ThemeSummary *summary = nullptr;
    int depth = 0;          ///< 0 for a theme whose parent is not reported
    std::string number;     ///< "2", "2.1"
    std::string bookmark;   ///< "theme-2-1"
    std::vector<std::size_t> children; ///< indices of reported sub-themes
};

/// The themes a report covers, in tree order: the named ones (paths or UUIDs) with all their
/// sub-themes, or when `paths` is empty every theme except discarded ones (and their
/// sub-themes).
Result<std::vector<ReportedTheme>> selectReportedThemes(storage::Project &project,
                                                        const ReportData &data,
                                                        const std::vector<std::string> &paths);

/// "Themes": the rule for quotes, the thematic map, then one section per theme. Returns the
/// number of quotes chosen.
Result<int> addThemeSections(core::ReportDocument &report, const ReportData &data,
                             const ReportStrings &strings, const FindingsReportOptions &options,
                             const std::vector<ReportedTheme> &themes, QuoteSelector &quotes);

/// The thematic map as a figure: drawn by a FigureRenderer when one is available, else written
/// as the theme tree with evidence counts and codes.
core::Figure thematicMap(const ReportData &data, const ReportStrings &strings,
                         const std::vector<ReportedTheme> &themes);

/// "2.1 Safe rooms": the theme's number and name as headings and tables show it.
std::string themeTitle(const ReportedTheme &theme);

} // namespace weft::services
