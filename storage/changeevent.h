// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

namespace weft::storage {

/// What kind of entity a change touched.
enum class EntityType {
    Project, Coder, Participant, Document, Segment, Attribute, DocumentSet, Code, Coding, Memo,
    Theme,
    MapLayout, ///< saved positions on the thematic map (uuid: the item placed)
};

enum class ChangeKind {
    Added,
    Changed,
    Removed,
    /// Many entities of the type changed at once (batch coding, import): reload that type.
    Reset,
};

/// One typed notification, sent after the transaction that made the change has committed.
struct ChangeEvent {
    EntityType type = EntityType::Project;
    ChangeKind kind = ChangeKind::Changed;
    std::string uuid; ///< empty for Reset
};

/// The single change-notification interface of storage (Qt-free). The GUI adapts it to Qt
/// signals; weft-cli ignores it.
class ProjectObserver {
public:
    virtual ~ProjectObserver() = default;
    /// Called once per committed transaction with all its events in order.
    virtual void projectChanged(const std::vector<ChangeEvent> &events) = 0;
};

} // namespace weft::storage
