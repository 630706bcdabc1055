// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/services/findingsreport.h"
#include "app/services/reportdata.h"
#include "app/services/reportstrings.h"

namespace weft::services {

/// The title page (title, "Findings report", analysts, date from the metadata) followed by
/// the contents.
void addTitlePage(core::ReportDocument &report, const ReportStrings &strings);

/// Everyone who changed the project, in the order they first did: the report's authors. These
/// are the coder names users chose for themselves.
std::vector<std::string> reportAnalysts(const ReportData &data);

/// "Study summary": data sources with counts per kind, participants (by identifier) and, when
/// asked for, their attributes summarised across the study, and the coding at a glance.
void addStudySummary(core::ReportDocument &report, const ReportData &data,
                     const ReportStrings &strings, const FindingsReportOptions &options,
                     std::size_t reportedThemes);

/// The kinds of document the project has, in their fixed order.
std::vector<core::DocumentKind> kindsPresent(const ReportData &data);

} // namespace weft::services
