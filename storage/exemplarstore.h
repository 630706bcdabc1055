// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/entities.h"
#include "core/util/result.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace weft::storage {

class Connection;
class ProjectContext;

/// A coding chosen as an exemplar quote of a theme, at its place in the theme's quote order.
struct ExemplarMark {
    core::Id themeId = 0;
    core::Id codingId = 0;
    std::int64_t position = 0;
    bool operator==(const ExemplarMark &) const = default;
};

struct MarkOutcome {
    ExemplarMark mark;
    bool created = false; ///< false: the coding was marked already and keeps its place
};

/// Exemplar quotes: the codings a researcher marked to stand for a theme in the report.
/// Marks go with their coding or theme when either is deleted, and come back with it.
class ExemplarStore {
public:
    explicit ExemplarStore(ProjectContext &context) : m_context(context) {}

    /// Marks a coding as an exemplar of a theme, after the theme's other exemplars (or at
    /// `position` when given, moving later ones down). An already marked coding keeps its
    /// place.
    Result<MarkOutcome> mark(const std::string &themeUuid, const std::string &codingUuid,
                              std::optional<std::int64_t> position = std::nullopt);
    /// Removes a mark; returns it as it was (nullopt when the coding was not marked).
    Result<std::optional<ExemplarMark>> unmark(const std::string &themeUuid,
                                               const std::string &codingUuid);
    /// The coding ids marked for a theme, in quote order.
    Result<std::vector<core::Id>> codingsOf(core::Id themeId);
    /// Every mark, by theme then position.
    Result<std::vector<ExemplarMark>> all();

    /// Inside a write: removes and returns the marks on these codings.
    static std::vector<ExemplarMark> takeForCodings(Connection &db,
                                                    const std::vector<core::Id> &codingIds);
    /// Inside a write: removes and returns the marks of a theme.
    static std::vector<ExemplarMark> takeForTheme(Connection &db, core::Id themeId);
    /// Inside a write: puts marks back (their theme and coding must exist).
    static void insertRows(Connection &db, const std::vector<ExemplarMark> &marks);
    /// Inside a write: removes exactly these marks.
    static void removeRows(Connection &db, const std::vector<ExemplarMark> &marks);
    static bool hasMark(Connection &db, core::Id themeId, core::Id codingId);

private:
    ProjectContext &m_context;
};

} // namespace weft::storage
