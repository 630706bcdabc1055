// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/models/codematchfilter.h"

#include "app/gui/models/codelistmodel.h"

namespace weft::app {

CodeMatchFilter::CodeMatchFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    sort(0);
}

void CodeMatchFilter::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidate(); // filter and ranking both depend on the text
}

bool CodeMatchFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_text.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(CodeListModel::PathRole).toString().contains(m_text, Qt::CaseInsensitive);
}

int CodeMatchFilter::rank(const QModelIndex &sourceIndex) const
{
    if (m_text.isEmpty())
        return 0;
    const QString name = sourceIndex.data(CodeListModel::NameRole).toString();
    const QString path = sourceIndex.data(CodeListModel::PathRole).toString();
    if (name.compare(m_text, Qt::CaseInsensitive) == 0 || path.compare(m_text, Qt::CaseInsensitive) == 0)
        return 0;
    if (name.startsWith(m_text, Qt::CaseInsensitive))
        return 1;
    const qsizetype at = name.indexOf(m_text, 0, Qt::CaseInsensitive);
    if (at > 0 && !name.at(at - 1).isLetterOrNumber())
        return 2;
    return at >= 0 ? 3 : 4;
}

bool CodeMatchFilter::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const int a = rank(left);
    const int b = rank(right);
    if (a != b)
        return a < b;
    return left.row() < right.row();
}

} // namespace weft::app
