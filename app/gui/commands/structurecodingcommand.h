// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/commands/projectcommand.h"
#include "app/services/structurecoding.h"
#include "storage/codestore.h"
#include "storage/codingstore.h"

#include <optional>
#include <string>
#include <vector>

namespace weft::app {

/// Codes many structural ranges (every answer to a question, every turn of a speaker, every
/// entry in a date range) with one code, given by its path and created when missing, as one
/// transaction and one undo step. Undo removes exactly the codings this command made (ranges
/// that were already coded stay coded) and the codes it created; redo restores them with their
/// UUIDs.
class StructureCodingCommand : public ProjectCommand {
public:
    StructureCodingCommand(ProjectSession *session, std::vector<std::string> codePath,
            std::vector<services::StructureRange> ranges, const QString &text);

    void redo() override;
    void undo() override;

    /// Codings made by the last redo, and ranges that already had the code.
    std::int64_t applied() const { return static_cast<std::int64_t>(m_created.size()); }
    std::int64_t unchanged() const { return m_unchanged; }

private:
    std::vector<std::string> m_path;
    std::vector<services::StructureRange> m_ranges;
    std::string m_createdRoot; ///< the highest code this command created, if any
    std::vector<std::string> m_created; ///< uuids of the codings it made
    std::int64_t m_unchanged = 0;
    std::optional<storage::CodeRemoval> m_codeRemoval;
    std::optional<std::vector<storage::CodingRemoval>> m_codingRemovals;
};

} // namespace weft::app
