// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/importeddocument.h"
#include "core/util/result.h"

#include <optional>
#include <string>
#include <vector>

namespace weft::core {

/// The kind a file's location suggests: its folder (interviews/, journals/, feedback/), then a
/// "J_" name prefix for journals; nullopt when neither says.
std::optional<DocumentKind> kindFromPath(const std::string &path);

/// Reads one file into the documents it holds: one for a text document (with its speaker
/// turns, journal entries, header attributes and participant found), one per row for a
/// feedback-form table (.csv, .tsv, .xlsx). The kind is `kind` when given, else the path's,
/// else the content's (two or more turns: interview; two or more dated headings: journal),
/// else document. Errors name the file and say why.
Result<std::vector<ImportedDocument>> readImportFile(const std::string &path,
                                                     const ImportOptions &options,
                                                     std::optional<DocumentKind> kind);

/// Reads a table file (.csv, .tsv, .xlsx) as a Table.
Result<Table> readTableFile(const std::string &path, const ImportOptions &options);

/// Adds turns, entries and header attributes to a document read from a file.
void detectStructure(ImportedDocument &doc, std::optional<DocumentKind> kind,
                     const ImportOptions &options);

} // namespace weft::core
