// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/entities.h"
#include "core/util/result.h"

#include <map>
#include <string>
#include <vector>

namespace weft::storage {

class ProjectContext;

/// Reads the analytic audit trail (rows are written by every store as part of its change).
class AuditLog {
public:
    explicit AuditLog(ProjectContext &context) : m_context(context) {}

    /// Entries oldest first; `limit` 0 means all.
    Result<std::vector<core::AuditEntry>> entries(std::int64_t limit = 0);
    Result<std::vector<core::AuditEntry>> forEntity(const std::string &uuid);
    Result<std::int64_t> count();
    /// Every coder's name by id.
    Result<std::map<core::Id, std::string>> coderNames();

private:
    ProjectContext &m_context;
};

} // namespace weft::storage
