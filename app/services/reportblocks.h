// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small constructors for report blocks, so the section builders read like the report they
// write rather than like struct initialisation.

#include "app/services/reportstrings.h"
#include "core/report/reportdocument.h"

#include <string>
#include <vector>

namespace weft::services {

core::Heading heading(int level, std::string text, std::string bookmark);
core::Paragraph paragraph(std::string text, core::ParagraphRole role = core::ParagraphRole::Body);
/// "**Label.** text": the run-in label the theme sections use instead of more heading levels.
core::Paragraph leadIn(const std::string &label, const std::string &text);
core::ListItem listItem(std::string text, int level = 0);

/// "a, b and c" / "a, b et c".
std::string joinWords(const std::vector<std::string> &words, const ReportStrings &strings);
/// An attribute name as a column heading: "rating_overall" -> "Rating overall". Names that
/// already have capitals or spaces are the user's own wording and stay as they are.
std::string displayName(const std::string &name);

/// A code path as a reader sees it: "Trust / Peer educators". The spaces give lines a place
/// to break in narrow table columns; the canonical "Trust/Peer educators" (with '\/'
/// escapes) stays for exports and the command line.
std::string displayPath(const std::vector<std::string> &names);

/// "a, b, c".
std::string joinComma(const std::vector<std::string> &words);

} // namespace weft::services
