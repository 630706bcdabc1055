// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/models/excerptfilter.h"

#include "app/gui/models/excerptlistmodel.h"

namespace weft::app {

ExcerptFilter::ExcerptFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void ExcerptFilter::setParticipant(const QString &label)
{
    m_participant = label;
    invalidateFilter();
}

void ExcerptFilter::setKind(std::optional<core::DocumentKind> kind)
{
    m_kind = kind;
    invalidateFilter();
}

void ExcerptFilter::setParticipants(std::optional<QSet<QString>> labels)
{
    m_participants = std::move(labels);
    invalidateFilter();
}

bool ExcerptFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const QString participant = index.data(ExcerptListModel::ParticipantRole).toString();
    if (!m_participant.isEmpty() && participant != m_participant)
        return false;
    if (m_kind && index.data(ExcerptListModel::KindRole).toInt() != static_cast<int>(*m_kind))
        return false;
    if (m_participants && !m_participants->contains(participant))
        return false;
    return true;
}

} // namespace weft::app
