// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/services/exports.h"

namespace weft::services {

/// The codebook as a table, one row per code in tree order: path, name, level, color,
/// description, codings (its own) and codings_with_subcodes.
Result<ExportTable> codebookTable(storage::Project &project);

/// The codebook as a Word document: a title page line (project title, "Codebook", date of the
/// last change) and one table of codes with descriptions and counts. `language` "en" or "fr".
Result<std::string> codebookDocx(storage::Project &project, const std::string &language);

} // namespace weft::services
