// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace weft::app {

/// Shows the user a warning. The window reports every error through one of these, so tests
/// can substitute a recorder for the modal message box.
class WarningPresenter {
public:
    virtual ~WarningPresenter() = default;
    /// Shows one QMessageBox::warning.
    virtual void showWarning(QWidget *parent, const QString &title, const QString &message);
};

} // namespace weft::app
