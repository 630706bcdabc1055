// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/commands/projectcommand.h"
#include "storage/maplayoutstore.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace weft::app {

/// Moves items (themes, codes) on the thematic map. Undo puts them back where they were
/// (or back to automatic layout when they had no saved place).
class PlaceOnMapCommand : public ProjectCommand {
public:
    using Placement = std::pair<std::string, std::optional<storage::MapPoint>>;

    PlaceOnMapCommand(ProjectSession *session, std::vector<Placement> placements,
                      const QString &text);
    void redo() override;
    void undo() override;

private:
    std::vector<Placement> m_placements;
    std::vector<Placement> m_before;
};

} // namespace weft::app
