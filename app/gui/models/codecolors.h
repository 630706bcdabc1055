// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/codetree.h"

#include <QColor>
#include <QIcon>

namespace weft::app {

/// How codes look: the colour a code is shown in, the light tint used to highlight its
/// codings, and the swatch shown next to its name.
class CodeColors {
public:
    /// The code's own colour, else its nearest ancestor's, else a palette colour chosen from
    /// its id (stable across sessions).
    static QColor color(const core::CodeTree &tree, core::Id codeId);
    /// The palette used for codes without a colour.
    static QColor paletteColor(core::Id codeId);
    /// A translucent tint of `color` for text backgrounds; overlapping tints deepen.
    static QColor highlight(const QColor &color);
    /// A small rounded square of `color`.
    static QIcon swatch(const QColor &color);
};

} // namespace weft::app
