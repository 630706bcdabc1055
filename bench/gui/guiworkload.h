// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <filesystem>
#include <ostream>

namespace weft::bench {

class ScratchDir;

/// The two projects the GUI budgets are measured on, made here from a fixed seed (so every run
/// measures the same data, without the Python generator).
struct GuiWorkload {
    /// "Long": a 1,000,000-character interview transcript (speaker turns, a few emoji) with
    /// 4,000 codings over 200 codes; "Short": a page to show in between.
    std::filesystem::path transcript;
    /// 5,000 codes in three levels, 300 transcripts of 20,000 characters (about 65 turns each)
    /// spoken by 50 participants, and 64,000 codings.
    std::filesystem::path codebook;
    std::int64_t transcriptCharacters = 0;
};

GuiWorkload makeGuiWorkload(const ScratchDir &scratch, std::ostream &progress);

inline constexpr int kTranscriptCharacters = 1'000'000;
inline constexpr int kTranscriptCodes = 200;
inline constexpr int kTranscriptCodings = 4'000;
inline constexpr int kCodebookTops = 50; ///< each with 9 aspects of 10 codes: 5,000 codes
inline constexpr int kCodebookDocuments = 300;
inline constexpr int kCodebookCodings = 64'000;

} // namespace weft::bench
