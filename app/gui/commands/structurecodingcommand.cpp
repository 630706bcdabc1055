// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/commands/structurecodingcommand.h"

#include "storage/project.h"

namespace weft::app {

StructureCodingCommand::StructureCodingCommand(ProjectSession *session,
        std::vector<std::string> codePath, std::vector<services::StructureRange> ranges,
        const QString &text)
    : ProjectCommand(session, text)
    , m_path(std::move(codePath))
    , m_ranges(std::move(ranges))
{
}

void StructureCodingCommand::redo()
{
    if (m_codeRemoval) {
        if (succeeded(project().codes().restore(*m_codeRemoval)))
            m_codeRemoval.reset();
        return;
    }
    if (m_codingRemovals) {
        if (succeeded(project().codings().restoreMany(*m_codingRemovals)))
            m_codingRemovals.reset();
        return;
    }
    storage::Project &p = project();
    auto done = p.transaction([&] {
        const EnsuredPath ensured = ensureCodePath(p, m_path);
        std::vector<storage::NewCoding> codings;
        codings.reserve(m_ranges.size());
        for (const services::StructureRange &range : m_ranges)
            codings.push_back({range.documentId, ensured.code.id, range.start, range.end, {}});
        const storage::BatchOutcome batch = take(p.codings().addMany(codings));
        std::vector<std::string> created;
        created.reserve(static_cast<std::size_t>(batch.applied));
        for (const storage::CodingOutcome &outcome : batch.outcomes) {
            if (outcome.created)
                created.push_back(outcome.coding.uuid);
        }
        return std::make_tuple(ensured.createdRoot, std::move(created), batch.unchanged);
    });
    if (!succeeded(done))
        return;
    std::tie(m_createdRoot, m_created, m_unchanged) = std::move(*done);
    if (m_createdRoot.empty() && m_created.empty())
        setObsolete(true); // every range already had the code: nothing to undo
}

void StructureCodingCommand::undo()
{
    // Removing the codes it created takes their codings with them.
    if (!m_createdRoot.empty()) {
        auto removal = project().codes().remove(m_createdRoot);
        if (succeeded(removal))
            m_codeRemoval = std::move(*removal);
        return;
    }
    auto removals = project().codings().removeMany(m_created);
    if (succeeded(removals))
        m_codingRemovals = std::move(*removals);
}

} // namespace weft::app
