// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/services/codingservice.h"
#include "core/model/entities.h"

#include <optional>
#include <string>
#include <vector>

namespace weft::services {

/// Which structural ranges to code in one action: every answer to a question, every turn of a
/// speaker, or every journal entry dated within a range, across chosen documents.
struct StructureSelection {
    enum class Target { Sections, Turns, Entries };
    Target target = Target::Sections;
    std::string label;    ///< the question (sections) or speaker (turns); case-insensitive
    std::string dateFrom; ///< entries: inclusive ISO date, "" = open
    std::string dateTo;   ///< entries: inclusive ISO date, "" = open
    std::optional<core::DocumentKind> kind;  ///< only documents of this kind
    std::vector<std::string> documents;      ///< names or UUIDs; empty = every document
};

/// One range a selection picks.
struct StructureRange {
    core::Id documentId = 0;
    std::string documentUuid;
    std::int64_t start = 0;
    std::int64_t end = 0;
};

/// The ranges a selection picks, in document order, coding nothing (a preview, or the input
/// of an undoable command). Nothing selected is an error that lists what exists (questions or
/// speakers).
Result<std::vector<StructureRange>> selectStructure(storage::Project &project,
                                                    const StructureSelection &selection);

/// Codes every selected range with `codePath` (created if missing) as one transaction.
/// Nothing selected is an error that lists what exists (questions or speakers).
Result<CodingResult> codeStructure(storage::Project &project, const std::string &codePath,
                                   const StructureSelection &selection,
                                   const std::optional<std::string> &coder);

} // namespace weft::services
