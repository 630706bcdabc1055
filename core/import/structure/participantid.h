// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace weft::core {

/// True for a participant id as studies write them: 1-3 letters then 1-4 digits ("P03",
/// "FG12", "ABC1234"), exactly.
bool isParticipantId(std::string_view token);

/// The participant id in a file name: the first token of the name without extension, split on
/// '_', '-', '.' and spaces, that isParticipantId ("J_P03.txt" -> "P03"). A leading "J"
/// journal marker is a token of its own and never an id because it has no digits.
std::optional<std::string> participantIdFromFileName(std::string_view fileName);

} // namespace weft::core
