// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/entities.h"
#include "core/util/result.h"

#include <optional>
#include <string>
#include <vector>

namespace weft::storage {

class ProjectContext;

/// A removed participant and the links that pointed at them.
struct ParticipantRemoval {
    core::Participant participant;
    std::vector<core::Id> documentIds; ///< documents that were linked to the participant
    std::vector<core::Id> segmentIds;  ///< turns/entries that were linked
    std::vector<std::pair<core::Id, std::string>> attributeValues;
    std::vector<core::Memo> memos;
};

/// Participants (cases) of the study.
class ParticipantStore {
public:
    explicit ParticipantStore(ProjectContext &context) : m_context(context) {}

    Result<core::Participant> add(const std::string &label, const std::string &name = {});
    /// The participant with this label, created when missing.
    Result<core::Participant> ensure(const std::string &label);
    Result<std::vector<core::Participant>> all();
    Result<core::Participant> get(core::Id id);
    /// By UUID or label.
    Result<core::Participant> resolve(const std::string &labelOrUuid);
    Result<std::int64_t> count();
    /// Changes label and name; returns the participant as it was.
    Result<core::Participant> update(const std::string &uuid, const std::string &label,
                                     const std::string &name);
    Result<ParticipantRemoval> remove(const std::string &uuid);
    Result<void> restore(const ParticipantRemoval &removal);

private:
    core::Participant byUuidOrFail(const std::string &uuid);
    ProjectContext &m_context;
};

} // namespace weft::storage
