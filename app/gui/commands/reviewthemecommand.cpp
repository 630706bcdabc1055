// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/commands/reviewthemecommand.h"

#include "storage/project.h"

#include <QCoreApplication>

namespace weft::app {

namespace {

QString describe(core::ReviewDecision decision, const QString &theme)
{
    switch (decision) {
    case core::ReviewDecision::Approve:
        return QCoreApplication::translate("Commands", "Approve “%1”").arg(theme);
    case core::ReviewDecision::SendBack:
        return QCoreApplication::translate("Commands", "Send back “%1”").arg(theme);
    case core::ReviewDecision::Request:
        return QCoreApplication::translate("Commands", "Ask for a review of “%1”").arg(theme);
    case core::ReviewDecision::Comment:
        break;
    }
    return QCoreApplication::translate("Commands", "Comment on “%1”").arg(theme);
}

} // namespace

ReviewThemeCommand::ReviewThemeCommand(ProjectSession *session, const std::string &themeUuid,
        core::ReviewDecision decision, const QString &comment, const QString &reviewer,
        const QString &themeName)
    : ProjectCommand(session, describe(decision, themeName))
    , m_uuid(themeUuid)
    , m_decision(decision)
    , m_comment(comment.toStdString())
    , m_reviewer(reviewer.toStdString())
{
}

void ReviewThemeCommand::redo()
{
    auto outcome = project().themes().review(m_uuid, m_decision, m_comment, m_reviewer);
    if (succeeded(outcome))
        m_outcome = std::move(*outcome);
}

void ReviewThemeCommand::undo()
{
    if (m_outcome && succeeded(project().themes().undoReview(*m_outcome)))
        m_outcome.reset();
}

} // namespace weft::app
