// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <span>
#include <string_view>

namespace weft::services {

/// One fixed text of a report: its message id, which is the gettext context ("theme.quotes"),
/// and its English text, which is the msgid that catalogues translate.
struct ReportMessage {
    std::string_view id;
    std::string_view english;
    std::string_view englishPlural; ///< for a count: the form for more than one; else empty
};

/// Every fixed text of the report in English, the source language. The template
/// resources/i18n/weft-report.pot is extracted from these by xgettext (target
/// weft-report-pot); each language's .po translates it.
std::span<const ReportMessage> reportMessages();

/// The message with this id, or nullptr.
const ReportMessage *findReportMessage(std::string_view id);

} // namespace weft::services
