// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/entities.h"
#include "core/util/result.h"

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
};

/// Themes: a hierarchy of their own, linked many-to-many to the codes that support them.
class ThemeStore {
public:
    explicit ThemeStore(ProjectContext &context) : m_context(context) {}

    Result<core::Theme> add(const NewTheme &theme);
    Result<std::vector<core::Theme>> all();
    Result<core::Theme> byUuid(const std::string &uuid);
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
