// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/commands/projectcommand.h"

#include "app/gui/session/projectsession.h"
#include "storage/project.h"

namespace weft::app {

ProjectCommand::ProjectCommand(ProjectSession *session, const QString &text)
    : QUndoCommand(text)
    , m_session(session)
{
}

storage::Project &ProjectCommand::project() const
{
    // The session empties the stack before its project closes, so there always is one.
    Q_ASSERT(m_session->project());
    return *m_session->project();
}

void ProjectCommand::fail(const Error &error)
{
    setObsolete(true);
    m_session->reportCommandFailure(QString::fromStdString(error.message));
}

ProjectCommand::EnsuredPath ProjectCommand::ensureCodePath(
        storage::Project &project, const std::vector<std::string> &path)
{
    const storage::EnsuredCode ensured = take(project.codes().ensurePath(path));
    if (ensured.created == 0)
        return {ensured.code, {}};
    core::Code root = ensured.code;
    for (int level = 1; level < ensured.created && root.parentId; ++level)
        root = take(project.codes().get(*root.parentId));
    return {ensured.code, root.uuid};
}

} // namespace weft::app
