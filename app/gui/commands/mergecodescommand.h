// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/commands/projectcommand.h"
#include "storage/codestore.h"

#include <optional>
#include <string>

namespace weft::app {

/// Merges a code into another: its codings (duplicates collapse), sub-codes, memos and theme
/// links move to the target and the code goes. Undo brings it back with all it had.
class MergeCodesCommand : public ProjectCommand {
public:
    MergeCodesCommand(ProjectSession *session, const std::string &sourceUuid,
            const std::string &targetUuid, const QString &sourcePath, const QString &targetPath);

    void redo() override;
    void undo() override;

private:
    std::string m_source;
    std::string m_target;
    std::optional<storage::CodeMerge> m_merge;
};

} // namespace weft::app
