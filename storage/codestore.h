// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/codetree.h"
#include "core/model/entities.h"
#include "core/util/result.h"
#include "storage/exemplarstore.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace weft::storage {

class ProjectContext;

struct NewCode {
    std::optional<core::Id> parentId;
    std::string name;
    std::optional<std::string> color; ///< "#rrggbb"
    std::optional<std::string> description;
};

/// The result of ensurePath(): the leaf code and how many levels had to be created.
struct EnsuredCode {
    core::Code code;
    int created = 0;
};

/// Everything a code deletion took away, so restore() puts it back exactly.
struct CodeRemoval {
    std::vector<core::Code> codes; ///< the code and its descendants, parents first
    std::vector<core::Coding> codings;
    std::vector<core::Memo> memos;
    std::vector<std::pair<core::Id, core::Id>> themeLinks; ///< theme id, code id
    std::vector<ExemplarMark> exemplars; ///< marks on the removed codings
};

/// What a merge changed, so unmerge() reverses it.
struct CodeMerge {
    core::Code source;
    core::Id targetId = 0;
    std::vector<std::pair<core::Id, core::Id>> movedCodings;   ///< coding id, from code id
    std::vector<core::Coding> collapsedCodings;                 ///< duplicates removed
    std::vector<ExemplarMark> collapsedExemplars;  ///< marks the duplicates had
    std::vector<ExemplarMark> transferredExemplars; ///< those marks, newly on the survivors
    std::vector<core::Id> movedChildren;                        ///< child code ids
    std::vector<std::string> movedMemos;                        ///< memo uuids retargeted
    std::vector<core::Id> movedThemeLinks;                      ///< theme ids now on target
    std::vector<core::Id> droppedThemeLinks;                    ///< theme ids target had already
};

/// The codebook: a tree of codes with colour, description and sibling order.
class CodeStore {
public:
    explicit CodeStore(ProjectContext &context) : m_context(context) {}

    Result<core::Code> add(const NewCode &code);
    /// Finds or creates each level of a path ("Barriers/Transport").
    Result<EnsuredCode> ensurePath(const std::vector<std::string> &names);

    Result<std::vector<core::Code>> all();
    Result<core::CodeTree> tree();
    Result<core::Code> get(core::Id id);
    Result<core::Code> byUuid(const std::string &uuid);
    /// By UUID or path; NotFound with a hint otherwise.
    Result<core::Code> resolve(const std::string &pathOrUuid);
    Result<std::int64_t> count();
    /// Number of codings per code id (codes without codings are absent).
    Result<std::map<core::Id, std::int64_t>> codingCounts();

    /// Each setter returns the code as it was before, for undo.
    Result<core::Code> rename(const std::string &uuid, const std::string &name);
    Result<core::Code> setColor(const std::string &uuid, const std::optional<std::string> &color);
    Result<core::Code> setDescription(const std::string &uuid,
                                      const std::optional<std::string> &description);
    /// Moves a code under a new parent (nullopt: top level) at a sibling position.
    Result<core::Code> move(const std::string &uuid, std::optional<core::Id> parentId,
                            std::int64_t position);

    Result<CodeRemoval> remove(const std::string &uuid);
    Result<void> restore(const CodeRemoval &removal);

    /// Moves the source's codings, children, memos and theme links to the target, collapsing
    /// codings the target already has, then deletes the source.
    Result<CodeMerge> merge(const std::string &sourceUuid, const std::string &targetUuid);
    Result<void> unmerge(const CodeMerge &merge);

private:
    core::Code byUuidOrFail(const std::string &uuid);
    core::Code byIdOrFail(core::Id id);
    void checkSiblingName(std::optional<core::Id> parentId, const std::string &name,
                          core::Id except);
    core::Code setField(const std::string &uuid, const char *column, const char *action,
                        const std::optional<std::string> &value);
    ProjectContext &m_context;
};

/// Validates "#rrggbb" (any case) and returns it lowercased.
Result<std::string> normalizeColor(const std::string &color);

} // namespace weft::storage
