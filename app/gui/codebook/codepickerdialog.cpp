// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/codebook/codepickerdialog.h"

#include "app/gui/models/codebookmodel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace weft::app {

CodePickerDialog::CodePickerDialog(
        CodebookModel *codebook, const QString &title, const QString &prompt, QWidget *parent)
    : QDialog(parent)
    , m_codebook(codebook)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTreeView(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(title);
    resize(420, 480);
    m_proxy->setSourceModel(m_codebook);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(CodebookModel::NameColumn);
    m_filter->setPlaceholderText(tr("Filter codes"));
    m_filter->setClearButtonEnabled(true);
    m_view->setModel(m_proxy);
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(true);
    for (int column = CodebookModel::CodingsColumn; column < CodebookModel::ColumnCount; ++column)
        m_view->setColumnHidden(column, true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setDragEnabled(false);
    m_view->expandAll();

    auto *label = new QLabel(prompt, this);
    label->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_buttons);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        m_view->expandAll();
        if (!m_view->currentIndex().isValid() || text.isEmpty())
            m_view->setCurrentIndex(m_proxy->index(0, 0));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CodePickerDialog::updateButtons);
    connect(m_view, &QTreeView::activated, this, [this] {
        if (m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButtons();
}

void CodePickerDialog::setExcluded(std::vector<core::Id> codeIds)
{
    m_excluded = std::move(codeIds);
    updateButtons();
}

std::optional<core::Id> CodePickerDialog::chosenCode() const
{
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    if (!current.isValid())
        return std::nullopt;
    const core::Id id = current.data(CodebookModel::CodeIdRole).toLongLong();
    if (std::find(m_excluded.begin(), m_excluded.end(), id) != m_excluded.end())
        return std::nullopt;
    return id;
}

void CodePickerDialog::choose(core::Id codeId)
{
    m_view->setCurrentIndex(m_proxy->mapFromSource(m_codebook->indexOfCode(codeId)));
}

void CodePickerDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(chosenCode().has_value());
}

} // namespace weft::app
