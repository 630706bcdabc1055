// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/services/findingsreport.h"

#include "app/services/reportappendix.h"
#include "app/services/reportdata.h"
#include "app/services/reportfeedback.h"
#include "app/services/reportquotes.h"
#include "app/services/reportstrings.h"
#include "app/services/reportsummary.h"
#include "app/services/reportthemes.h"
#include "app/services/reporttriangulation.h"

namespace weft::services {

using namespace weft::core;

Result<FindingsReport> buildFindingsReport(storage::Project &project, const FindingsReportOptions &options)
{
    if (options.quotesPerTheme < 0 || options.quotesPerTheme > 100) {
        return makeError(ErrorCode::InvalidArgument,
                         "the number of quotes per theme must be between 0 and 100");
    }
    auto strings = ReportStrings::forLanguage(options.language);
    WEFT_TRY(strings);
    auto data = loadReportData(project);
    WEFT_TRY(data);
    auto themes = selectReportedThemes(project, *data, options.themes);
    WEFT_TRY(themes);

    FindingsReport result;
    ReportDocument &report = result.document;
    ReportMetadata &m = report.metadata;
    m.title = data->info.title.empty() ? project.path() : data->info.title;
    m.subtitle = strings->text("report.subtitle");
    m.authors = reportAnalysts(*data);
    // The report is dated by the project's last change, not by when it was written out: the
    // same project gives the same report, and the date says which state of the analysis it is.
    m.date = data->lastChangeDate();
    m.created = data->info.createdAt;
    m.modified = data->audit.empty() ? data->info.createdAt : data->audit.back().time;
    m.language = strings->language();

    addTitlePage(report, *strings);
    addStudySummary(report, *data, *strings, options, themes->size());
    QuoteSelector quotes(project, *data, *strings);
    auto quoted = addThemeSections(report, *data, *strings, options, *themes, quotes);
    WEFT_TRY(quoted);
    addTriangulation(report, *data, *strings, *themes);
    addFeedbackSummary(report, *data, *strings);
    addCodebookAppendix(report, *data, *strings);
    addAuditAppendix(report, *data, *strings);

    if (options.progress && !options.progress(static_cast<int>(themes->size()), static_cast<int>(themes->size())))
        return makeError(ErrorCode::Internal, "the report was cancelled");
    result.themes = static_cast<int>(themes->size());
    result.quotes = *quoted;
    return result;
}

} // namespace weft::services
