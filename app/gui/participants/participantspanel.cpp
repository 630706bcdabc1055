// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/participants/participantspanel.h"

#include "app/gui/models/participanttablemodel.h"
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace weft::app {

ParticipantsPanel::ParticipantsPanel(ParticipantTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_sorted(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_count(new QLabel(this))
{
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(ParticipantTableModel::SortRole);
    m_sorted->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_view->setModel(m_sorted);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ParticipantTableModel::LabelColumn, Qt::AscendingOrder);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setHighlightSections(false);

    auto *import = new QToolButton(this);
    import->setText(tr("Import…"));
    import->setToolTip(tr("Create or update participants from a table (.csv or .xlsx) with "
                          "one row per participant."));
    import->setAutoRaise(true);
    connect(import, &QToolButton::clicked, this, &ParticipantsPanel::importRequested);

    m_count->setContentsMargins(10, 4, 0, 4);
    m_count->setForegroundRole(QPalette::PlaceholderText);
    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 6, 0);
    top->addWidget(m_count, 1);
    top->addWidget(import);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (auto id = m_model->participantId(m_sorted->mapToSource(current)))
                    Q_EMIT participantSelected(*id);
            });
    connect(m_model, &QAbstractItemModel::modelReset, this, &ParticipantsPanel::onModelReset);
    onModelReset();
}

std::optional<core::Id> ParticipantsPanel::currentParticipant() const
{
    return m_model->participantId(m_sorted->mapToSource(m_view->currentIndex()));
}

void ParticipantsPanel::onModelReset()
{
    // A name column nobody filled in only takes room.
    bool anyName = false;
    for (int row = 0; row < m_model->rowCount() && !anyName; ++row)
        anyName = !m_model->index(row, ParticipantTableModel::NameColumn).data().toString().isEmpty();
    m_view->setColumnHidden(ParticipantTableModel::NameColumn, !anyName);
    const int count = m_model->rowCount();
    m_count->setText(count == 1 ? tr("1 participant") : tr("%1 participants").arg(count));
    m_view->resizeColumnsToContents();
}

} // namespace weft::app
