// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/entities.h"
#include "core/util/result.h"
#include "storage/exemplarstore.h"

#include <optional>
#include <string>
#include <vector>

namespace weft::storage {

class ProjectContext;

struct NewTheme {
    std::optional<core::Id> parentId;
    std::string name;
    std::string definition;
    core::ThemeStatus status = core::ThemeStatus::Candidate;
};

/// Everything a theme deletion took away.
struct ThemeRemoval {
    std::vector<core::Theme> themes; ///< the theme and its sub-themes, parents first
    std::vector<std::pair<core::Id, core::Id>> codeLinks; ///< theme id, code id
    std::vector<core::Memo> memos;
    std::vector<ExemplarMark> exemplars;
};

/// What a review did, so that undo can put the theme back.
struct ReviewOutcome {
    core::Theme before;
    core::ThemeReview review;
};

/// Themes: a hierarchy of their own, linked many-to-many to the codes that support them.
class ThemeStore {
public:
    explicit ThemeStore(ProjectContext &context) : m_context(context) {}

    Result<core::Theme> add(const NewTheme &theme);
    Result<std::vector<core::Theme>> all();
    Result<core::Theme> byUuid(const std::string &uuid);
    /// By UUID or path ("Theme/Sub-theme", '\/' for a slash in a name).
    Result<core::Theme> resolve(const std::string &pathOrUuid);
    /// Creates missing levels of a theme path; returns the leaf.
    Result<core::Theme> ensurePath(const std::vector<std::string> &names);
    /// Moves a theme under another (nullopt: top level) at a position among its siblings.
    Result<core::Theme> move(const std::string &uuid, std::optional<core::Id> parentId,
                             std::int64_t position);

    /// Records a review by `reviewer`: approving sets the review state approved and the status
    /// reviewed; sending back (a comment is required) sets sent back and candidate; a request
    /// sets awaiting; a comment changes no state. All go to the audit trail.
    Result<ReviewOutcome> review(const std::string &themeUuid, core::ReviewDecision decision,
                                 const std::string &comment, const std::string &reviewer);
    Result<void> undoReview(const ReviewOutcome &outcome);
    /// Reviews of a theme, oldest first.
    Result<std::vector<core::ThemeReview>> reviews(core::Id themeId);
    /// Every theme-code link as (theme id, code id).
    Result<std::vector<std::pair<core::Id, core::Id>>> allLinks();
    Result<std::int64_t> count();
    /// Each setter returns the theme as it was.
    Result<core::Theme> rename(const std::string &uuid, const std::string &name);
    Result<core::Theme> setDefinition(const std::string &uuid, const std::string &definition);
    Result<core::Theme> setStatus(const std::string &uuid, core::ThemeStatus status);
    /// Links a code; false when it was linked already.
    Result<bool> link(const std::string &themeUuid, core::Id codeId);
    /// Unlinks a code; false when it was not linked.
    Result<bool> unlink(const std::string &themeUuid, core::Id codeId);
    Result<std::vector<core::Id>> linkedCodes(core::Id themeId);
    Result<ThemeRemoval> remove(const std::string &uuid);
    Result<void> restore(const ThemeRemoval &removal);

private:
    core::Theme byUuidOrFail(const std::string &uuid);
    core::Theme update(const std::string &uuid, const char *column, const char *action,
                       const std::string &value);
    ProjectContext &m_context;
};

} // namespace weft::storage
