// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/themes/themefilter.h"

#include "app/gui/models/themetreemodel.h"

using namespace Qt::StringLiterals;

namespace weft::app {

ThemeFilter::ThemeFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setFilterKeyColumn(ThemeTreeModel::NameColumn);
}

void ThemeFilter::setAwaitingOnly(bool only)
{
    if (only == m_awaitingOnly)
        return;
    m_awaitingOnly = only;
    invalidateRowsFilter();
}

bool ThemeFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_awaitingOnly) {
        const QModelIndex theme = sourceModel()->index(sourceRow, 0, sourceParent);
        if (theme.data(ThemeTreeModel::ReviewStateRole).toString() != u"awaiting"_s)
            return false;
    }
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace weft::app
