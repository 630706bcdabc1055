// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/import/documentkinddelegate.h"

#include "app/gui/models/documentkindnames.h"

#include <QComboBox>

namespace weft::app {

QWidget *DocumentKindDelegate::createEditor(
        QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *combo = new QComboBox(parent);
    for (core::DocumentKind kind : core::allDocumentKinds)
        combo->addItem(documentKindName(kind), static_cast<int>(kind));
    // Choosing is the edit: commit at once rather than when focus leaves.
    connect(combo, &QComboBox::activated, this, [this, combo] {
        Q_EMIT const_cast<DocumentKindDelegate *>(this)->commitData(combo);
        Q_EMIT const_cast<DocumentKindDelegate *>(this)->closeEditor(combo);
    });
    return combo;
}

void DocumentKindDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole)));
}

void DocumentKindDelegate::setModelData(
        QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    model->setData(index, combo->currentData(), Qt::EditRole);
}

} // namespace weft::app
