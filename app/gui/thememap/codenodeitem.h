// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/thememap/mapnodeitem.h"
#include "core/model/entities.h"

#include <QColor>
#include <QString>

namespace weft::app {

/// A code on the map, once however many themes link it: its name under its parent's path, in
/// the code's colour.
class CodeNodeItem : public MapNodeItem {
public:
    struct Content {
        core::Id id = 0;
        std::string uuid;
        QString name;
        QString parentPath; ///< empty for a top-level code
        QColor colour;
    };

    explicit CodeNodeItem(Content content);

    int type() const override { return CodeType; }
    core::Id codeId() const { return m_content.id; }
    QString name() const { return m_content.name; }
    QString path() const;

    static QSizeF sizeFor(const Content &content);

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    Content m_content;
};

} // namespace weft::app
