// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/commands/projectcommand.h"
#include "core/model/entities.h"
#include "storage/participantstore.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace weft::app {

/// Says who a speaker of a transcript is: every turn of that speaker in the document is linked
/// to the participant (created when new), or to nobody (an interviewer), as one action. Undo
/// links each turn back to whom it was linked before and removes a participant it created.
class MapSpeakerCommand : public ProjectCommand {
public:
    MapSpeakerCommand(ProjectSession *session, core::Id documentId, const QString &speaker,
            const QString &participant);

    void redo() override;
    void undo() override;

private:
    core::Id m_documentId;
    std::string m_speaker;
    std::string m_participant; ///< empty: nobody
    std::vector<std::pair<std::string, std::optional<core::Id>>> m_before; ///< segment, participant
    std::optional<storage::ParticipantRemoval> m_createdRemoval;
    std::string m_createdUuid;
};

} // namespace weft::app
