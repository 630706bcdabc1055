// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/entities.h"

#include <QWidget>

#include <optional>

class QTreeView;

namespace weft::app {

class DocumentListModel;

/// The "Documents" tab: the project's documents grouped by data source. Tells the window
/// which document the user picked; owns no data.
class DocumentsPanel : public QWidget {
    Q_OBJECT

public:
    explicit DocumentsPanel(DocumentListModel *model, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    std::optional<core::Id> currentDocument() const;
    /// Selects the document (and so shows it); returns false when it is not in the list.
    bool selectDocument(core::Id documentId);

Q_SIGNALS:
    void documentSelected(weft::core::Id documentId);

private:
    void onCurrentChanged(const QModelIndex &current);
    void onModelReset();

    DocumentListModel *m_model;
    QTreeView *m_view;
    std::optional<core::Id> m_current;
};

} // namespace weft::app
