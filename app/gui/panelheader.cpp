// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/panelheader.h"

namespace weft::app {

PanelHeader::PanelHeader(const QString &title, QWidget *parent)
    : QLabel(title, parent)
{
    QFont caption = font();
    caption.setBold(true);
    setFont(caption);
    setContentsMargins(10, 8, 10, 6);
}

} // namespace weft::app
