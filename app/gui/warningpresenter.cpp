// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/warningpresenter.h"

#include <QMessageBox>

namespace weft::app {

void WarningPresenter::showWarning(QWidget *parent, const QString &title, const QString &message)
{
    QMessageBox::warning(parent, title, message);
}

} // namespace weft::app
