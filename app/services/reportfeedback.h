// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/services/reportdata.h"
#include "app/services/reportstrings.h"
#include "core/report/reportdocument.h"

namespace weft::services {

/// "Session feedback": the closed answers of the feedback forms (document attributes) by
/// session: number of responses, the mean of each numeric answer, the share of "yes" of each
/// yes/no answer, and text answers that name the session (a topic the same for every form of
/// a session). Nothing is added when the project has no feedback forms.
void addFeedbackSummary(core::ReportDocument &report, const ReportData &data,
                        const ReportStrings &strings);

} // namespace weft::services
