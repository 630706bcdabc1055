// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/thememap/mapnodeitem.h"
#include "core/model/entities.h"

#include <QColor>
#include <QString>

namespace weft::app {

/// A theme on the map: its name, a badge with its status, and how much evidence it has, in
/// the colour of its top-level theme (grey and dashed when discarded).
class ThemeNodeItem : public MapNodeItem {
public:
    struct Content {
        core::Theme theme;
        std::int64_t excerpts = 0;
        std::int64_t participants = 0;
        QColor colour;
        int depth = 0; ///< 0 for a top-level theme
    };

    explicit ThemeNodeItem(Content content);

    int type() const override { return ThemeType; }
    const core::Theme &theme() const { return m_content.theme; }
    QString name() const { return QString::fromStdString(m_content.theme.name); }
    std::int64_t excerptCount() const { return m_content.excerpts; }

    /// The size a theme node needs for its text, without clipping any of it.
    static QSizeF sizeFor(const Content &content);
    /// The status, with the review state when a review is pending or sent it back.
    static QString statusText(const core::Theme &theme);

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QString countText() const;

    Content m_content;
};

} // namespace weft::app
