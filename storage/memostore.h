// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/entities.h"
#include "core/util/result.h"

#include <string>
#include <vector>

namespace weft::storage {

class Connection;
class ProjectContext;

/// Memos on the project, documents, codes, codings, themes and participants.
class MemoStore {
public:
    explicit MemoStore(ProjectContext &context) : m_context(context) {}

    Result<core::Memo> add(core::MemoTarget target, const std::string &targetUuid,
                           const std::string &title, const std::string &body);
    /// Changes title and body; returns the memo as it was (undo passes it back to update).
    Result<core::Memo> update(const std::string &uuid, const std::string &title,
                              const std::string &body);
    Result<core::Memo> remove(const std::string &uuid);
    Result<void> restore(const core::Memo &memo);

    Result<std::vector<core::Memo>> all();
    Result<std::vector<core::Memo>> forTarget(core::MemoTarget target,
                                              const std::string &targetUuid);
    Result<std::int64_t> count();

    /// Deletes the memos of one entity and returns them (inside the caller's transaction).
    static std::vector<core::Memo> takeFor(Connection &db, core::MemoTarget target,
                                           const std::string &targetUuid);
    static void insertRow(Connection &db, const core::Memo &memo);

private:
    ProjectContext &m_context;
};

} // namespace weft::storage
