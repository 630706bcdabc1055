// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace weft::app {

/// The small bold caption above each side panel ("Documents", "Codebook").
class PanelHeader : public QLabel {
    Q_OBJECT

public:
    explicit PanelHeader(const QString &title, QWidget *parent = nullptr);
};

} // namespace weft::app
