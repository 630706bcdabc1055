// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/services/reportthemes.h"

namespace weft::services {

/// "Triangulation": themes x data sources, excerpts (participants), with the themes that rest
/// on one source or one participant named - the check a reader of thematic analysis makes
/// first.
void addTriangulation(core::ReportDocument &report, const ReportData &data,
                      const ReportStrings &strings, const std::vector<ReportedTheme> &themes);

} // namespace weft::services
