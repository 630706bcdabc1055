// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/codebook/codebookpanel.h"

#include "app/gui/models/codebookmodel.h"
#include "app/gui/panelheader.h"

#include <QHeaderView>
#include <QTreeView>
#include <QVBoxLayout>

namespace weft::app {

CodebookPanel::CodebookPanel(CodebookModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(new QTreeView(this))
{
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(CodebookModel::NameColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(
            CodebookModel::CodingsColumn, QHeaderView::ResizeToContents);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(new PanelHeader(tr("Codebook"), this));
    layout->addWidget(m_view, 1);

    connect(m_model, &QAbstractItemModel::modelReset, m_view, &QTreeView::expandAll);
    m_view->expandAll();
}

} // namespace weft::app
