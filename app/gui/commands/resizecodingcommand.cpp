// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/commands/resizecodingcommand.h"

#include "storage/project.h"

#include <QCoreApplication>

namespace weft::app {

ResizeCodingCommand::ResizeCodingCommand(ProjectSession *session, const std::string &codingUuid,
        std::int64_t start, std::int64_t end, const QString &codePath)
    : ProjectCommand(session,
            QCoreApplication::translate("Commands", "Resize coding “%1”").arg(codePath))
    , m_uuid(codingUuid)
    , m_start(start)
    , m_end(end)
{
}

void ResizeCodingCommand::redo()
{
    resize(m_start, m_end, true);
}

void ResizeCodingCommand::undo()
{
    resize(m_oldStart, m_oldEnd, false);
}

void ResizeCodingCommand::resize(std::int64_t start, std::int64_t end, bool remember)
{
    const auto before = project().codings().resize(m_uuid, start, end);
    if (succeeded(before) && remember) {
        m_oldStart = before->start;
        m_oldEnd = before->end;
    }
}

} // namespace weft::app
