// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/services/reportdata.h"
#include "app/services/reportstrings.h"
#include "core/report/reportdocument.h"

namespace weft::services {

/// Appendix A: the codebook in tree order, each code with its description, own codings and
/// codings including its sub-codes.
void addCodebookAppendix(core::ReportDocument &report, const ReportData &data,
                         const ReportStrings &strings);

/// Appendix B: the audit trail summarised per coder: number of changes, first and last, and
/// how many of each action.
void addAuditAppendix(core::ReportDocument &report, const ReportData &data,
                      const ReportStrings &strings);

/// The codebook rows (path, level, code) in tree order; shared with the codebook exports.
struct CodebookRow {
    std::string path;               ///< canonical, "Trust/Peer educators"
    std::vector<std::string> names; ///< the levels of the path
    int level = 1;
    const core::Code *code = nullptr;
    std::int64_t codings = 0;             ///< own
    std::int64_t codingsWithSubcodes = 0; ///< own and every sub-code's
};
std::vector<CodebookRow> codebookRows(const core::CodeTree &tree,
                                      const std::map<core::Id, std::int64_t> &codingCounts);

} // namespace weft::services
