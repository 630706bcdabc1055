// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/documents/codinghighlights.h"

#include <QRect>
#include <QString>

#include <optional>
#include <string>
#include <vector>

class QPainter;
class QTextDocument;
class QTextEdit;

namespace weft::app {

/// The coding stripes beside the text: one vertical bar per coding in its code's colour, from
/// the coding's first line to its last, and the code's name in a column right of the bars at
/// the height where the coding starts (names that would collide stack downwards). Codings that
/// share a paragraph get separate lanes, so overlaps are all visible. Lanes are given once per
/// document (stable while scrolling); only the stripes in view are measured and painted.
class CodingMargin {
public:
    static constexpr int kLaneWidth = 9;
    static constexpr int kGap = 16; ///< between the text column and the first lane
    static constexpr int kLabelWidth = 118;
    /// Room is kept for this many lanes even with fewer codings, so the first codings of a
    /// document do not move its text (and cost a relayout).
    static constexpr int kReservedLanes = 3;

    struct Stripe {
        std::size_t span = 0; ///< index into the highlights' spans
        QRect rect; ///< the bar, viewport coordinates
        QRect label; ///< the name, viewport coordinates
    };

    /// Assigns lanes to the spans (sorted as CodingHighlights keeps them) of `document`.
    void layout(const std::vector<CodingHighlights::Span> &spans, const QTextDocument *document);
    void clear();
    int laneCount() const { return m_lanes; }
    /// The room the stripes need right of the text column, in pixels.
    int width() const;

    /// Paints the stripes of the spans in view, lanes starting at x = `left`; the stripe of the
    /// coding with uuid `active` (if any) stands out.
    void paint(QPainter &painter, const std::vector<CodingHighlights::Span> &spans, QTextEdit *view,
            int left, const std::string &active = {});
    /// The stripes painted last, for clicks and tool tips.
    const std::vector<Stripe> &stripes() const { return m_stripes; }
    std::optional<std::size_t> spanAt(const QPoint &viewportPos) const;

private:
    std::vector<int> m_laneOf; ///< per span
    int m_lanes = 0;
    std::vector<Stripe> m_stripes;
};

} // namespace weft::app
