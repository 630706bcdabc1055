// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/structure/speakers.h"

#include "core/import/structure/participantid.h"
#include "core/import/structure/transcript.h"

#include <set>

namespace weft::core {

std::map<std::string, std::optional<std::string>>
mapSpeakersToParticipants(const std::vector<std::string> &speakers,
                          const std::optional<std::string> &documentParticipant,
                          const std::string &interviewer)
{
    std::map<std::string, std::optional<std::string>> mapping;
    std::set<std::string> others;
    for (const std::string &speaker : speakers) {
        if (isInterviewerLabel(speaker, interviewer))
            mapping[speaker] = std::nullopt;
        else
            others.insert(speaker);
    }
    for (const std::string &speaker : others) {
        if (isParticipantId(speaker))
            mapping[speaker] = speaker;
        else if (others.size() == 1 && documentParticipant)
            mapping[speaker] = documentParticipant;
        else
            mapping[speaker] = speaker;
    }
    return mapping;
}

} // namespace weft::core
