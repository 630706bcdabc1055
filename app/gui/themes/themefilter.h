// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace weft::app {

/// What the themes panel shows of the theme tree: themes whose name contains the filter text,
/// or only the themes awaiting review; a match keeps its parent themes in view.
class ThemeFilter : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit ThemeFilter(QObject *parent = nullptr);

    bool awaitingOnly() const { return m_awaitingOnly; }
    void setAwaitingOnly(bool only);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_awaitingOnly = false;
};

} // namespace weft::app
