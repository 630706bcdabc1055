// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The sections of weft-bench. Goals come from the "Weft goal" column of the shared benchmark
// table (/work/shared/benchmarks/README.md) unless a section says otherwise.

#include <string>

namespace weft::bench {

class Report;
class ScratchDir;
struct Options;
struct Workload;

struct BenchSetup {
    const Workload &workload;
    const Options &options;
    const ScratchDir &scratch;
    Report &report;
};

/// Project files the write section leaves in the scratch directory for the others.
inline const std::string kImportedProject = "imported.weft"; ///< documents only
inline const std::string kCodebookProject = "codebook.weft"; ///< documents and codebook
inline const std::string kCodedProject = "coded.weft"; ///< everything

/// Import, codebook, batched codings, codings one at a time (one commit each).
void runWriteBenchmarks(const BenchSetup &setup);
/// The batch of codings through the weft-cli process.
void runCliBenchmarks(const BenchSetup &setup);
/// Open project, open a transcript, search, excerpts of the busiest code.
void runReadBenchmarks(const BenchSetup &setup);
/// The findings report (50 themes, 2,000 quotes) as DOCX and PDF through weft-cli.
void runReportBenchmarks(const BenchSetup &setup);
/// core/text on synthetic large inputs (what the timed unit tests used to check).
void runTextBenchmarks(int repeat, Report &report);

} // namespace weft::bench
