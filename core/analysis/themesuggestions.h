// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/evidence.h"

#include <map>
#include <string>
#include <vector>

namespace weft::core {

struct ThemeSuggestion {
    std::string name;       ///< from its most used codes, e.g. "Trust & Safety"
    std::vector<Id> codes;  ///< most used first
    double score = 0;       ///< mean pairwise similarity of its codes, in [0, 1]
};

/// Candidate themes: groups of codes that tend to be applied to the same passages and by the
/// same participants' words. Similarity of two codes = 0.7 x overlap co-occurrence (overlapping
/// codings in one document, divided by the smaller code's codings) + 0.3 x Jaccard index of
/// their participants. Average-linkage clustering merges while the best pair is >= `threshold`.
/// Deterministic: ties break by code id. Best first.
std::vector<ThemeSuggestion> suggestThemes(const std::vector<EvidenceCoding> &codings,
                                           const std::map<Id, std::string> &codeNames,
                                           double threshold = 0.35, std::size_t maxCodes = 400);

} // namespace weft::core
