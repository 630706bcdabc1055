// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A workload directory written by the shared generator (gen_workload.py): docs/*.txt,
// codebook.jsonl, codings.jsonl and manifest.json. Offsets are code points, end exclusive.

#include <nlohmann/json.hpp>

#include <cstdint>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace weft::bench {

struct CodebookLine {
    std::vector<std::string> names; ///< the path, one name per level
    std::string color; ///< "#RRGGBB"
};

struct WorkloadCoding {
    std::string document; ///< document name: the file name without ".txt"
    std::string codePath; ///< as in the file: names joined with '/'
    std::int64_t start = 0;
    std::int64_t end = 0;
};

struct WorkloadFile {
    std::string document;
    std::string kind; ///< "transcript" or "big"
    std::int64_t characters = 0;
    std::int64_t codings = 0;
};

struct Workload {
    std::filesystem::path directory;
    std::filesystem::path codingsFile;
    std::vector<std::string> documentPaths; ///< docs/*.txt, sorted
    std::vector<WorkloadFile> files;
    std::vector<CodebookLine> codebook; ///< parents before children
    std::vector<WorkloadCoding> codings;
    std::vector<std::pair<std::string, std::string>> searchTerms; ///< label, term
    nlohmann::json params;
    nlohmann::json counts;

    /// The code path with the most codings.
    std::string busiestCode() const;
    /// The transcript ("transcript" kind) with the most codings; empty if none.
    const WorkloadFile *busiestTranscript() const;
    /// The big document, if the workload has one.
    const WorkloadFile *bigDocument() const;
};

/// Reads and checks a workload directory; throws BenchError on anything missing or malformed.
Workload loadWorkload(const std::filesystem::path &directory);

} // namespace weft::bench
