// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/confirmer.h"

#include <QMessageBox>
#include <QPushButton>

namespace weft::app {

bool Confirmer::confirm(
        QWidget *parent, const QString &title, const QString &question, const QString &action)
{
    QMessageBox box(QMessageBox::Warning, title, question, QMessageBox::Cancel, parent);
    QPushButton *accept = box.addButton(action, QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == accept;
}

} // namespace weft::app
