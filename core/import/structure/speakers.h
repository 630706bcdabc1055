// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace weft::core {

/// Which participant (by id such as "P03") each speaker label of a transcript is. Interviewers
/// are no participant. A label that is itself a participant id maps to that id. In a one-to-one
/// interview the single other speaker is the document's participant when it has one; in a
/// focus group each speaker is a participant of their own, known by their label.
std::map<std::string, std::optional<std::string>>
mapSpeakersToParticipants(const std::vector<std::string> &speakers,
                          const std::optional<std::string> &documentParticipant,
                          const std::string &interviewer);

} // namespace weft::core
