// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/evidence.h"
#include "core/analysis/themesuggestions.h"
#include "core/model/codetree.h"
#include "core/util/result.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace weft::storage {
class Project;
}

namespace weft::services {

/// Everything known about one theme: linked codes, evidence (sub-themes and sub-codes
/// included), the latest review.
struct ThemeSummary {
    core::Theme theme;
    std::string path;
    std::vector<core::Id> linkedCodes;      ///< the theme's own links
    std::vector<std::string> linkedCodePaths;
    core::Evidence evidence;
    std::optional<core::ThemeReview> lastReview;
};

/// Themes in tree order (parents before children, siblings by position).
struct ThemesOverview {
    std::vector<ThemeSummary> themes;
    std::map<core::Id, std::string> participantLabels;
};

Result<ThemesOverview> analyseThemes(storage::Project &project);

/// A triangulation matrix: themes x columns with excerpt and participant counts per cell.
struct MatrixCell {
    std::int64_t excerpts = 0;
    std::int64_t participants = 0;
};
struct MatrixRow {
    std::string theme; ///< path
    std::map<std::string, MatrixCell> cells;
    std::vector<std::string> flags; ///< "single_kind", "single_participant"
};
struct ThemeMatrix {
    std::string by; ///< "kind", "participant" or "attribute:NAME"
    std::vector<std::string> columns;
    std::vector<MatrixRow> rows;
};

/// `by` is "kind", "participant" or "attribute:NAME" (a participant attribute; excerpts whose
/// participant has no value fall in the column "(none)").
Result<ThemeMatrix> themeMatrix(storage::Project &project, const std::string &by);

struct Suggestion {
    std::string name;
    std::vector<std::string> codePaths;
    double score = 0;
};
Result<std::vector<Suggestion>> suggestThemes(storage::Project &project);

} // namespace weft::services
