// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/evidence.h"
#include "core/model/entities.h"
#include "core/util/result.h"
#include "storage/exemplarstore.h"

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace weft::storage {

class Connection;
class ProjectContext;

struct NewCoding {
    core::Id documentId = 0;
    core::Id codeId = 0;
    std::int64_t start = 0;
    std::int64_t end = 0;
    std::optional<std::string> coder; ///< defaults to the project's current coder
};

struct CodingOutcome {
    core::Coding coding;
    bool created = false; ///< false: the same coder already had this code on this range
};

/// A removed coding and the memos that went with it.
struct CodingRemoval {
    core::Coding coding;
    std::vector<core::Memo> memos;
    std::vector<ExemplarMark> exemplars;
};

/// How much one code has been used: its codings, and the distinct documents and participants
/// they are in (a coding's participant is the one of the speaker turn it starts in, else the
/// document's; codings with no participant count for none).
struct CodeUsage {
    std::int64_t codings = 0;
    std::int64_t documents = 0;
    std::int64_t participants = 0;
    bool operator==(const CodeUsage &) const = default;
};

/// A code's usage on its own and together with every code below it (distinct documents and
/// participants over the whole subtree, not sums).
struct CodeCounts {
    CodeUsage own;
    CodeUsage withSubcodes;
};

struct BatchOutcome {
    std::int64_t applied = 0;
    std::int64_t unchanged = 0;
    std::vector<CodingOutcome> outcomes; ///< one per requested coding, in order
};

/// Codings: a code applied to a code point range of a document by a coder.
class CodingStore {
public:
    explicit CodingStore(ProjectContext &context) : m_context(context) {}

    /// Applies a code. Applying it again to the same range for the same coder changes nothing.
    Result<CodingOutcome> add(const NewCoding &coding);
    /// Applies many codings as one transaction; any invalid one fails them all. `failedIndex`
    /// receives the 0-based index of the coding that failed.
    Result<BatchOutcome> addMany(const std::vector<NewCoding> &codings,
                                 std::size_t *failedIndex = nullptr);
    Result<CodingRemoval> remove(const std::string &uuid);
    /// Puts back a removed coding with its uuid, coder, time and memos (inverse of remove).
    Result<void> restore(const CodingRemoval &removal);
    /// Removes many codings as one transaction (any unknown uuid fails them all); the
    /// removals come back in the order given, for restoreMany.
    Result<std::vector<CodingRemoval>> removeMany(const std::vector<std::string> &uuids);
    /// Puts back what removeMany took, as one transaction.
    Result<void> restoreMany(const std::vector<CodingRemoval> &removals);
    /// Changes a coding's range; returns the coding as it was before.
    Result<core::Coding> resize(const std::string &uuid, std::int64_t start, std::int64_t end);

    Result<core::Coding> get(const std::string &uuid);
    Result<std::vector<core::Coding>> forDocument(core::Id documentId);
    /// Codings of the given codes, ordered by document position, start, end.
    Result<std::vector<core::Coding>> forCodes(const std::vector<core::Id> &codeIds);
    Result<std::vector<core::Coding>> all();
    Result<std::int64_t> count();
    /// Every coding with its document kind and participant (the participant of the speaker
    /// turn it starts in, else the document's), for evidence and matrices.
    Result<std::vector<core::EvidenceCoding>> evidence();
    /// Usage of every code that has codings (own or below it), by code id, from one query.
    Result<std::unordered_map<core::Id, CodeCounts>> codeCounts();
    /// The same for the given codes only (each with its sub-codes), reading just their
    /// codings: what changed after a coding was added, removed or resized.
    Result<std::unordered_map<core::Id, CodeCounts>> codeCounts(const std::vector<core::Id> &codeIds);

    /// Inserts a row exactly as given (used by restore paths of other stores).
    static void insertRow(Connection &db, const core::Coding &coding);

private:
    struct Lookups;
    CodingOutcome addInTransaction(const NewCoding &coding, Lookups &lookups);
    CodingRemoval removeInTransaction(const std::string &uuid);
    void restoreInTransaction(const CodingRemoval &removal);
    ProjectContext &m_context;
};

} // namespace weft::storage
