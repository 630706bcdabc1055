// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/result.h"
#include "storage/codingstore.h"

#include <optional>
#include <string>
#include <vector>

namespace weft::storage {
class Project;
}

namespace weft::services {

/// A coding as a user writes it: document by name or UUID, code by path (created if missing),
/// and either a range or an exact text to find.
struct CodingRequest {
    std::string document;
    std::string codePath;
    std::optional<std::int64_t> start;
    std::optional<std::int64_t> end;
    std::optional<std::string> match; ///< exact text, compared after NFC, case-sensitive
    std::optional<int> occurrence;    ///< 1-based, picks one of several matches
    std::optional<std::string> coder;
    std::optional<std::string> memo;
    std::size_t lineNumber = 0; ///< where it came from in a batch file, for error messages
};

struct CodingResult {
    std::int64_t applied = 0;
    std::int64_t unchanged = 0;
    std::vector<storage::CodingOutcome> outcomes;
};

/// Applies the requests as one transaction: every code path, document and match is resolved
/// first; any bad request fails all of them. `failedIndex` gets the 0-based failing request.
Result<CodingResult> applyCodings(storage::Project &project,
                                  const std::vector<CodingRequest> &requests,
                                  std::size_t *failedIndex = nullptr);

/// Parses one line of a --batch JSONL file.
Result<CodingRequest> parseCodingRequest(const std::string &jsonLine);

/// Parses "START:END".
Result<std::pair<std::int64_t, std::int64_t>> parseRange(const std::string &text);

} // namespace weft::services
