// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/documentreader.h"

namespace weft::core {

/// Subtitle transcripts (.vtt WebVTT, .srt SubRip) as Zoom, Teams, Otter and captioning tools
/// export them, read as interview transcripts.
///
/// Transcription services cut speech into short cues of a few seconds; a researcher codes
/// turns. So cues are grouped into speaker turns: the speaker comes from a WebVTT voice tag
/// (<v Name>, Teams), a "Name: " prefix (Zoom, Otter), or, for a cue that names nobody, the
/// previous cue's speaker; consecutive cues of one speaker form one turn. Without any speaker
/// names, a pause of two seconds or more starts a new turn. The text holds one line per turn,
/// "Speaker: utterance", and each turn becomes a Segment (kind Turn) whose range covers the
/// utterance only, with the speaker as label and the first cue's start as "hh:mm:ss".
/// Timings, cue identifiers, cue settings, NOTE/STYLE/REGION blocks and markup are dropped.
class SubtitleReader : public DocumentReader {
public:
    /// Gap between unattributed cues that starts a new turn.
    static constexpr long long kPauseMilliseconds = 2000;

    std::vector<std::string> extensions() const override { return {"vtt", "srt"}; }
    Result<ImportedDocument> read(
            std::string_view bytes, const ImportOptions &options) const override;
};

} // namespace weft::core
