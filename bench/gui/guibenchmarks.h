// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace weft::bench {

class Report;
struct GuiWorkload;

/// The reader on the 1,000,000-character transcript: open and first paint, scrolling, and
/// applying a code (the command with its durable commit, then every view catching up).
void runReaderBenchmarks(const GuiWorkload &workload, int repeat, Report &report);
/// The codebook with 5,000 codes and 64,000 codings: filtering per keystroke, counting every
/// code, recounting after one coding, applying a code with every view.
void runCodebookBenchmarks(const GuiWorkload &workload, int repeat, Report &report);

} // namespace weft::bench
