// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/figurerenderer.h"

namespace weft::core {

std::optional<PngImage> figureImage(const Figure &figure, const FigureRenderer *renderer,
                                    int widthPx)
{
    if (figure.png) {
        if (auto image = readPng(*figure.png))
            return image;
    }
    if (!renderer)
        return std::nullopt;
    if (auto drawn = renderer->renderPng(figure, widthPx))
        return readPng(*drawn);
    return std::nullopt;
}

} // namespace weft::core
