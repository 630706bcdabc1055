// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/entities.h"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace weft::core {

/// One coding as evidence sees it: where it is, what kind of source, whose words.
struct EvidenceCoding {
    Id codingId = 0;
    Id documentId = 0;
    Id codeId = 0;
    std::int64_t start = 0;
    std::int64_t end = 0;
    DocumentKind kind = DocumentKind::Document;
    std::optional<Id> participant; ///< of the turn the coding starts in, else the document's
};

/// A passage of evidence: overlapping codings of one document merged into one range, whoever
/// coded them and with whichever of the theme's codes. Ranges that only touch stay apart.
struct Excerpt {
    Id documentId = 0;
    std::int64_t start = 0;
    std::int64_t end = 0;
    DocumentKind kind = DocumentKind::Document;
    std::optional<Id> participant; ///< the participant of the first coding (by start)
    std::vector<Id> codingIds;     ///< the codings merged into it
};

struct KindCounts {
    std::int64_t excerpts = 0;
    std::int64_t participants = 0;
};

/// What supports a theme: its merged excerpts and their prevalence.
struct Evidence {
    std::vector<Excerpt> excerpts;
    std::int64_t documents = 0;
    std::int64_t participants = 0;
    std::map<DocumentKind, KindCounts> byKind;  ///< every kind present, zeros included
    std::map<Id, std::int64_t> byParticipant;   ///< excerpts per participant id
};

/// Merges codings (any order) into excerpts, sorted by document and start.
std::vector<Excerpt> mergeExcerpts(std::vector<EvidenceCoding> codings);

/// Counts over excerpts. Participants are counted once across kinds for `participants`, and
/// per kind in `byKind`.
Evidence summarize(std::vector<Excerpt> excerpts);

/// The code ids whose codings support a theme: codes linked to the theme or any sub-theme,
/// with all their sub-codes.
std::set<Id> supportingCodes(Id themeId, const std::vector<Theme> &themes,
                             const std::multimap<Id, Id> &themeCodeLinks,
                             const std::map<Id, std::vector<Id>> &codeChildren);

} // namespace weft::core
