// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>
#include <QSizeF>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace weft::app {

/// The automatic layout of the thematic map, deterministic for the same input. Each top-level
/// theme forms a cluster: the theme, its sub-themes stacked under it, and each theme's codes in
/// columns left and right of it (a code shared with a theme in another cluster goes on the side
/// facing that cluster). Clusters sit in a grid with as many columns as fit a landscape screen
/// best, so no two nodes overlap. Saved positions win; a node left to the layout that would cover a
/// saved one is moved down until it is clear.
class ThemeMapLayout {
public:
    struct Theme {
        std::string key;
        std::optional<std::string> parent; ///< key of the parent theme
        QSizeF size;
        std::vector<std::string> codes; ///< keys of the linked codes, in order
    };
    struct Code {
        std::string key;
        QSizeF size;
    };

    /// Themes in tree order (parents before children).
    static std::map<std::string, QPointF> arrange(const std::vector<Theme> &themes,
            const std::vector<Code> &codes, const std::map<std::string, QPointF> &saved);

    static constexpr double kColumnGap = 56; ///< between a theme and its code columns
    static constexpr double kRowGap = 44; ///< between a theme's row and its sub-theme's
    static constexpr double kCodeGap = 10; ///< between stacked codes
    static constexpr double kClusterGap = 72;
    /// The landscape box the clusters are arranged to fit best.
    static constexpr double kTargetWidth = 1600;
    static constexpr double kTargetHeight = 1000;
};

} // namespace weft::app
