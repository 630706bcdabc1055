// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/commands/projectcommand.h"
#include "storage/themestore.h"

#include <optional>
#include <string>

namespace weft::app {

/// A review decision on a theme by a team lead: a comment, approval, sending it back (with a
/// comment) or asking for review. Undo removes the review and restores the theme's status and
/// review state; the audit trail keeps both.
class ReviewThemeCommand : public ProjectCommand {
public:
    ReviewThemeCommand(ProjectSession *session, const std::string &themeUuid,
                       core::ReviewDecision decision, const QString &comment,
                       const QString &reviewer, const QString &themeName);
    void redo() override;
    void undo() override;

private:
    std::string m_uuid;
    core::ReviewDecision m_decision;
    std::string m_comment;
    std::string m_reviewer;
    std::optional<storage::ReviewOutcome> m_outcome;
};

} // namespace weft::app
