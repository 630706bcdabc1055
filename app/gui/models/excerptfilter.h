// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/documentkind.h"

#include <QSet>
#include <QSortFilterProxyModel>
#include <QString>

#include <optional>

namespace weft::app {

/// Narrows an ExcerptListModel to one participant, one data source, and/or the participants
/// who share an attribute value (the caller works out who they are).
class ExcerptFilter : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit ExcerptFilter(QObject *parent = nullptr);

    /// Empty: any participant.
    void setParticipant(const QString &label);
    void setKind(std::optional<core::DocumentKind> kind);
    /// nullopt: no attribute filter; otherwise only excerpts of these participants.
    void setParticipants(std::optional<QSet<QString>> labels);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_participant;
    std::optional<core::DocumentKind> m_kind;
    std::optional<QSet<QString>> m_participants;
};

} // namespace weft::app
