// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/entities.h"
#include "core/util/result.h"

#include <optional>
#include <string>
#include <vector>

namespace weft::storage {
class Project;
}

namespace weft::services {

/// One coded passage with everything needed to show or report it.
struct Excerpt {
    core::Coding coding;
    std::string document;
    std::string documentUuid;
    core::DocumentKind kind = core::DocumentKind::Document;
    std::optional<std::string> participant; ///< label of the participant who speaks/writes it
    std::string codePath;
    std::string text;
    std::string coder;
};

struct ExcerptQuery {
    std::optional<std::string> code; ///< path or UUID; nullopt = every coding
    bool withSubcodes = false;
};

/// The excerpts a query selects, sorted by document name, start, end, code path. The
/// participant is the one of the speaker turn the excerpt starts in, else the document's.
/// Each document's text is fetched once.
Result<std::vector<Excerpt>> findExcerpts(storage::Project &project, const ExcerptQuery &query);

} // namespace weft::services
