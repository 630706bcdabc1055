// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/importeddocument.h"
#include "core/util/result.h"

#include <string>
#include <vector>

namespace weft::core {

/// How the columns of a feedback-form table are used.
struct FormLayout {
    int idColumn = -1;      ///< participant id, -1 when none
    int sessionColumn = -1; ///< session number, -1 when none
    std::vector<int> textColumns;      ///< open-ended answers: codable text
    std::vector<int> attributeColumns; ///< closed items: typed document attributes
    std::vector<AttributeType> attributeTypes; ///< parallel to attributeColumns
};

/// Decides the layout: `--id-column` / `--text-columns` when given (unknown names are an error
/// listing the columns); otherwise the id column is one named like "participant"/"id"/
/// "respondent" or whose values are all participant ids, a session column is one named
/// "session...", text columns hold long, mostly distinct answers, and everything else (short
/// values, numbers, dates, categories that repeat across rows) is an attribute.
Result<FormLayout> classifyFormColumns(const Table &table, const ImportOptions &options);

/// One document of kind feedback per row: named "<participant> session <n>" when the row has
/// both, else "<fileStem> row <n>". The text holds each non-empty answer under its question
/// as a heading; each answer is a structure range labelled with its question.
Result<std::vector<ImportedDocument>> buildFeedbackDocuments(const Table &table,
                                                             const std::string &fileStem,
                                                             const ImportOptions &options);

/// Participant tables: the id column (as above) and every other column as a typed attribute.
struct ParticipantRow {
    std::string id;
    std::vector<ImportedAttribute> attributes;
};
Result<std::vector<ParticipantRow>> readParticipantTable(const Table &table,
                                                         const ImportOptions &options);

} // namespace weft::core
