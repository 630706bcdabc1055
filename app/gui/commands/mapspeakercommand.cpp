// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/commands/mapspeakercommand.h"

#include "storage/project.h"

#include <QCoreApplication>

namespace weft::app {

MapSpeakerCommand::MapSpeakerCommand(ProjectSession *session, core::Id documentId,
        const QString &speaker, const QString &participant)
    : ProjectCommand(session,
            participant.isEmpty()
                    ? QCoreApplication::translate("Commands", "Speaker “%1” is no participant").arg(speaker)
                    : QCoreApplication::translate("Commands", "Speaker “%1” is %2").arg(speaker, participant))
    , m_documentId(documentId)
    , m_speaker(speaker.toStdString())
    , m_participant(participant.toStdString())
{
}

void MapSpeakerCommand::redo()
{
    storage::Project &p = project();
    auto done = p.transaction([&] {
        std::optional<core::Id> participant;
        if (m_createdRemoval) {
            take(p.participants().restore(*m_createdRemoval));
            m_createdRemoval.reset();
        }
        if (!m_participant.empty()) {
            const bool existed = p.participants().resolve(m_participant).ok();
            const core::Participant found = take(p.participants().ensure(m_participant));
            if (!existed)
                m_createdUuid = found.uuid;
            participant = found.id;
        }
        std::vector<std::pair<std::string, std::optional<core::Id>>> before;
        for (const core::Segment &segment : take(p.documents().segments(m_documentId))) {
            if (segment.kind != core::SegmentKind::Turn || segment.label != m_speaker)
                continue;
            before.emplace_back(segment.uuid,
                    take(p.documents().setSegmentParticipant(segment.uuid, participant)));
        }
        return before;
    });
    if (succeeded(done))
        m_before = std::move(*done);
}

void MapSpeakerCommand::undo()
{
    storage::Project &p = project();
    auto done = p.transaction([&] {
        for (const auto &[segment, participant] : m_before)
            take(p.documents().setSegmentParticipant(segment, participant));
        std::optional<storage::ParticipantRemoval> removal;
        if (!m_createdUuid.empty())
            removal = take(p.participants().remove(m_createdUuid));
        return removal;
    });
    if (succeeded(done))
        m_createdRemoval = std::move(*done);
}

} // namespace weft::app
