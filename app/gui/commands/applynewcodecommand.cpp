// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/commands/applynewcodecommand.h"

#include "storage/project.h"

namespace weft::app {

ApplyNewCodeCommand::ApplyNewCodeCommand(ProjectSession *session, core::Id documentId,
        std::int64_t start, std::int64_t end, std::vector<std::string> path, const QString &text)
    : ProjectCommand(session, text)
    , m_documentId(documentId)
    , m_start(start)
    , m_end(end)
    , m_path(std::move(path))
{
}

void ApplyNewCodeCommand::redo()
{
    if (m_codeRemoval) {
        if (succeeded(project().codes().restore(*m_codeRemoval)))
            m_codeRemoval.reset();
        return;
    }
    if (m_codingRemoval) {
        if (succeeded(project().codings().restore(*m_codingRemoval)))
            m_codingRemoval.reset();
        return;
    }
    storage::Project &p = project();
    auto done = p.transaction([&] {
        const EnsuredPath ensured = ensureCodePath(p, m_path);
        const storage::CodingOutcome outcome
                = take(p.codings().add({m_documentId, ensured.code.id, m_start, m_end, {}}));
        return std::make_tuple(ensured.createdRoot,
                outcome.created ? outcome.coding.uuid : std::string());
    });
    if (!succeeded(done))
        return;
    std::tie(m_createdRoot, m_codingUuid) = *done;
    if (m_createdRoot.empty() && m_codingUuid.empty())
        setObsolete(true); // the code existed and already coded this range
}

void ApplyNewCodeCommand::undo()
{
    // Removing the codes it created takes their codings with them.
    if (!m_createdRoot.empty()) {
        auto removal = project().codes().remove(m_createdRoot);
        if (succeeded(removal))
            m_codeRemoval = std::move(*removal);
        return;
    }
    auto removal = project().codings().remove(m_codingUuid);
    if (succeeded(removal))
        m_codingRemoval = std::move(*removal);
}

} // namespace weft::app
