// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/entities.h"
#include "storage/changeevent.h"

#include <QAbstractItemModel>
#include <QList>

#include <map>
#include <optional>
#include <vector>

namespace weft::storage {
class Project;
}

namespace weft::app {

/// The project's documents grouped by data source: a group row per kind that has documents
/// ("Interviews (4)"), the documents below it, sorted by name. Read-only for now.
class DocumentListModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        ParticipantColumn,
        ColumnCount
    };
    enum Role {
        DocumentIdRole = Qt::UserRole + 1,
        KindRole,
        IsGroupRole,
        CountRole
    };

    explicit DocumentListModel(QObject *parent = nullptr);

    void setProject(storage::Project *project);
    void reload();
    void onProjectChanged(const QList<storage::ChangeEvent> &events);

    QModelIndex indexOfDocument(core::Id documentId) const;
    std::optional<core::Id> documentId(const QModelIndex &index) const;
    /// The first document in display order, if any.
    std::optional<core::Id> firstDocument() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
            int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Group {
        core::DocumentKind kind;
        std::vector<core::Document> documents;
    };

    QVariant groupData(const Group &group, int column, int role) const;
    QVariant documentData(const core::Document &document, int column, int role) const;
    void load();

    storage::Project *m_project = nullptr;
    std::vector<Group> m_groups;
    std::map<core::Id, core::Participant> m_participants;
};

} // namespace weft::app
