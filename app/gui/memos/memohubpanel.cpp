// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/memos/memohubpanel.h"

#include "app/gui/memos/memohubdelegate.h"
#include "app/gui/memos/memohubmodel.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace weft::app {

MemoHubPanel::MemoHubPanel(MemoHubModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
    , m_view(new QListView(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(MemoHubModel::SearchTextRole);
    m_proxy->setFilterKeyColumn(MemoHubModel::SubjectColumn);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_filter->setPlaceholderText(tr("Filter memos"));
    m_filter->setClearButtonEnabled(true);

    m_view->setModel(m_proxy);
    m_view->setModelColumn(MemoHubModel::SubjectColumn);
    m_view->setItemDelegate(new MemoHubDelegate(m_view));
    m_view->setUniformItemSizes(true);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);

    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setMargin(16);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_view);

    auto *filterRow = new QVBoxLayout;
    filterRow->setContentsMargins(6, 6, 6, 4);
    filterRow->addWidget(m_filter);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(filterRow);
    layout->addWidget(m_stack, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_view, &QAbstractItemView::activated, this, &MemoHubPanel::activate);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MemoHubPanel::updatePlaceholder);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MemoHubPanel::updatePlaceholder);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MemoHubPanel::updatePlaceholder);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MemoHubPanel::updatePlaceholder);
    updatePlaceholder();
}

void MemoHubPanel::updatePlaceholder()
{
    if (m_proxy->rowCount() > 0) {
        m_stack->setCurrentWidget(m_view);
        return;
    }
    m_placeholder->setText(m_model->rowCount() > 0
                    ? tr("No memo matches “%1”.").arg(m_filter->text())
                    : tr("No memos yet.\n\nPick the project, a document, a code, a coding or a "
                         "participant and write in the Memo panel; every memo is listed here."));
    m_stack->setCurrentWidget(m_placeholder);
}

void MemoHubPanel::activate(const QModelIndex &viewIndex)
{
    const MemoHubModel::Entry *entry = m_model->entry(m_proxy->mapToSource(viewIndex));
    if (!entry)
        return;
    switch (entry->memo.target) {
    case core::MemoTarget::Project:
        Q_EMIT projectRequested();
        break;
    case core::MemoTarget::Document:
        if (entry->targetId)
            Q_EMIT documentRequested(entry->targetId);
        break;
    case core::MemoTarget::Coding:
        if (entry->targetId) {
            Q_EMIT codingRequested(entry->targetId, entry->start, entry->end,
                    QString::fromStdString(entry->memo.targetUuid));
        }
        break;
    case core::MemoTarget::Code:
        if (entry->targetId)
            Q_EMIT codeRequested(entry->targetId);
        break;
    case core::MemoTarget::Participant:
        if (entry->targetId)
            Q_EMIT participantRequested(entry->targetId);
        break;
    case core::MemoTarget::Theme:
        Q_EMIT themeRequested(QString::fromStdString(entry->memo.targetUuid));
        break;
    }
}

} // namespace weft::app
