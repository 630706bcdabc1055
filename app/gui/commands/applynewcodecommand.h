// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/commands/projectcommand.h"
#include "storage/codestore.h"
#include "storage/codingstore.h"

#include <optional>
#include <string>
#include <vector>

namespace weft::app {

/// Codes a range with a code given by its path, creating the missing levels ("Parent/Child"),
/// as one transaction: what the quick-code box and in-vivo coding do with a new name. Undo
/// removes the coding and the codes it created; redo restores both with their UUIDs.
class ApplyNewCodeCommand : public ProjectCommand {
public:
    ApplyNewCodeCommand(ProjectSession *session, core::Id documentId, std::int64_t start,
            std::int64_t end, std::vector<std::string> path, const QString &text);

    void redo() override;
    void undo() override;

private:
    core::Id m_documentId;
    std::int64_t m_start;
    std::int64_t m_end;
    std::vector<std::string> m_path;
    std::string m_createdRoot; ///< the highest code this command created, if any
    std::string m_codingUuid;
    std::optional<storage::CodeRemoval> m_codeRemoval;
    std::optional<storage::CodingRemoval> m_codingRemoval;
};

} // namespace weft::app
