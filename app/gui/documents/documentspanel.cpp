// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/documents/documentspanel.h"

#include "app/gui/models/documentlistmodel.h"

#include <QHeaderView>
#include <QTreeView>
#include <QVBoxLayout>

namespace weft::app {

DocumentsPanel::DocumentsPanel(DocumentListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(new QTreeView(this))
{
    m_view->setModel(m_model);
    m_view->setHeaderHidden(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(DocumentListModel::NameColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(
            DocumentListModel::ParticipantColumn, QHeaderView::ResizeToContents);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_view, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &DocumentsPanel::onCurrentChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DocumentsPanel::onModelReset);
    onModelReset();
}

std::optional<core::Id> DocumentsPanel::currentDocument() const
{
    return m_model->documentId(m_view->currentIndex());
}

bool DocumentsPanel::selectDocument(core::Id documentId)
{
    const QModelIndex index = m_model->indexOfDocument(documentId);
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

void DocumentsPanel::onCurrentChanged(const QModelIndex &current)
{
    const std::optional<core::Id> id = m_model->documentId(current);
    if (!id || id == m_current)
        return;
    m_current = id;
    Q_EMIT documentSelected(*id);
}

void DocumentsPanel::onModelReset()
{
    m_view->expandAll();
    // Keep the reader where they were across a reload, without showing the document again.
    if (m_current && !selectDocument(*m_current))
        m_current.reset();
}

} // namespace weft::app
