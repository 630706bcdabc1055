// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/result.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace weft::storage {

class ProjectContext;

struct MapPoint {
    double x = 0;
    double y = 0;
    bool operator==(const MapPoint &) const = default;
};

/// Where the researcher put themes and codes on the thematic map, keyed by entity UUID.
/// Layout is not analysis: moves are not audited, but each is one transaction.
class MapLayoutStore {
public:
    explicit MapLayoutStore(ProjectContext &context) : m_context(context) {}

    Result<std::map<std::string, MapPoint>> all();
    /// Saves positions in one transaction; returns what each item had before (nullopt: none).
    Result<std::vector<std::pair<std::string, std::optional<MapPoint>>>>
    place(const std::vector<std::pair<std::string, std::optional<MapPoint>>> &positions);

private:
    ProjectContext &m_context;
};

} // namespace weft::storage
