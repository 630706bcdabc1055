// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace weft::app {

/// Edits a document kind (stored as int(core::DocumentKind) in the EditRole) with a combo box
/// of the kinds' names.
class DocumentKindDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
            const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(
            QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace weft::app
