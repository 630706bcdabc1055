// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Figures (the thematic map, prevalence charts) are drawn with Qt, which core must not link.
// Writers therefore ask this interface for a figure's image; app/ provides the Qt
// implementation, and everything Qt-free (tests, weft-cli without a renderer) uses the null
// one, in which case writers fall back to the figure's text form.

#include "core/report/pngimage.h"
#include "core/report/reportdocument.h"

#include <optional>

namespace weft::core {

class FigureRenderer {
public:
    virtual ~FigureRenderer() = default;
    /// The figure drawn as PNG about `widthPx` wide, or nullopt when this renderer cannot draw
    /// that kind of figure. Must be deterministic: the same figure gives the same bytes.
    virtual std::optional<std::string> renderPng(const Figure &figure, int widthPx) const = 0;
};

/// Draws nothing: every figure without bytes is written in its fallback (text) form.
class NullFigureRenderer : public FigureRenderer {
public:
    std::optional<std::string> renderPng(const Figure &, int) const override { return std::nullopt; }
};

/// The figure's own PNG bytes if it has valid ones, else what `renderer` draws (may be null),
/// else nullopt.
std::optional<PngImage> figureImage(const Figure &figure, const FigureRenderer *renderer,
                                    int widthPx);

} // namespace weft::core
