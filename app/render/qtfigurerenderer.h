// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Draws report figures with Qt Gui (QImage + QPainter, and QSvgGenerator when Qt Svg is
// built in). Kinds:
//  - "thematic-map": {"themes":[{"id","name","number","parent":id|null,"status","excerpts",
//    "participants","counts":"12 excerpts, 4 participants" (optional),"codes":[path]}]};
//    each top-level theme is a card (rounded box) with its sub-themes stacked under it and
//    their codes listed in them; cards sit in rows of up to three, so nothing overlaps.
//  - "prevalence-chart": {"sources":[name],"themes":[{"name","counts":[n per source]}]}; a
//    grouped horizontal bar chart, one group per theme, one bar per source kind.
// Requires a QGuiApplication (fonts). Deterministic for a given Qt and font set.

#include "core/report/figurerenderer.h"

#include <optional>
#include <string>

namespace weft::render {

class QtFigureRenderer : public core::FigureRenderer {
public:
    std::optional<std::string> renderPng(const core::Figure &figure, int widthPx) const override;
    /// The figure as SVG, or nullopt for an unknown kind or without Qt Svg.
    std::optional<std::string> renderSvg(const core::Figure &figure, int widthPx) const;
    /// Whether renderSvg can work in this build.
    static bool svgAvailable();
};

} // namespace weft::render
