// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace weft::core {

/// One speaker turn found in a transcript. Ranges are code points of the stored text and
/// cover the utterance only, never the speaker label or the timestamp.
struct DetectedTurn {
    std::size_t start = 0;
    std::size_t end = 0;
    std::string speaker;
    std::string timestamp; ///< "hh:mm:ss" or empty
};

struct TranscriptStructure {
    /// `Key: value` lines of a header block at the top (before the first blank line).
    std::vector<std::pair<std::string, std::string>> header;
    std::vector<DetectedTurn> turns;
};

/// Finds speaker turns in stored text. A turn starts at a line beginning with an optional
/// timestamp (`[hh:mm:ss]`, `hh:mm:ss`, `(mm:ss)`, `[mm:ss]`) and a label (`Name:`, `NAME:`,
/// `[Name]`); following lines without a label continue the turn. A leading block of distinct
/// `Key: value` lines, separated by a blank line and not all used as speakers below, is a
/// header: its lines become attributes, never turns. Fewer than two turns means "not a
/// transcript": the result then has no turns.
TranscriptStructure detectTranscript(std::string_view text);

/// "Interviewer", "I", "Facilitator", "Moderator", "Researcher", "Int", "Q", or `extra`
/// (case-insensitive): speakers who are not participants.
bool isInterviewerLabel(std::string_view label, std::string_view extra = {});

/// Normalises a timestamp to "hh:mm:ss": "(04:12)" -> "00:04:12", "1:02:03" -> "01:02:03".
std::optional<std::string> normalizeTimestamp(std::string_view text);

} // namespace weft::core
