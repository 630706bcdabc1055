// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How thematic maps look, shared by the report figure (QtFigureRenderer) and the interactive
// map in the GUI: one colour per top-level theme, grey for discarded themes, and top-level
// themes in rows of up to three.

#include <QColor>
#include <QFont>
#include <QStringList>

#include <algorithm>
#include <cstddef>

namespace weft::render {

/// The colour of the n-th top-level theme (cycling).
inline QColor themeColour(std::size_t index)
{
    static const QColor colours[]
            = {QColor(0x2b, 0x6c, 0xb0), QColor(0x2f, 0x85, 0x5a), QColor(0xb7, 0x79, 0x1f),
                    QColor(0x80, 0x4d, 0xa0), QColor(0xc0, 0x39, 0x2b), QColor(0x2c, 0x7a, 0x7b)};
    return colours[index % std::size(colours)];
}

/// A discarded theme is drawn in this grey, with a dashed outline.
inline QColor discardedColour()
{
    return QColor(0x99, 0x99, 0x99);
}

/// The map's typeface at a pixel size, the same on every screen so layouts are reproducible.
inline QFont mapFont(double pixelSize, bool bold = false)
{
    QFont font;
    font.setFamilies({QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans")});
    font.setPixelSize(std::max(1, static_cast<int>(pixelSize)));
    font.setBold(bold);
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

/// How many top-level themes go side by side: 1, 2 (for two or four) or 3.
inline int mapColumns(std::size_t roots)
{
    return roots <= 1 ? 1 : roots == 2 || roots == 4 ? 2 : 3;
}

} // namespace weft::render
