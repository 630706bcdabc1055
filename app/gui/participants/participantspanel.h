// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/entities.h"

#include <QWidget>

#include <optional>

class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace weft::app {

class ParticipantTableModel;

/// The "Participants" tab: every case of the study with the number of documents they appear
/// in and their attributes, sortable by any column in the attribute's type.
class ParticipantsPanel : public QWidget {
    Q_OBJECT

public:
    explicit ParticipantsPanel(ParticipantTableModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    std::optional<core::Id> currentParticipant() const;

Q_SIGNALS:
    void participantSelected(weft::core::Id participantId);
    void importRequested();

private:
    void onModelReset();

    ParticipantTableModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QTableView *m_view;
    QLabel *m_count;
};

} // namespace weft::app
