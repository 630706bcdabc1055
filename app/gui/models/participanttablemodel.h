// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/entities.h"
#include "storage/changeevent.h"

#include <QAbstractTableModel>
#include <QList>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace weft::storage {
class Project;
}

namespace weft::app {

/// The participants (cases) of the study as a table: id, name, how many documents they are in,
/// then one column per participant attribute, each value shown in its type (numbers right
/// aligned, dates in the user's format, yes/no). Sorting by SortRole keeps types in order.
class ParticipantTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        LabelColumn,
        NameColumn,
        DocumentsColumn,
        FirstAttributeColumn
    };
    enum Role {
        ParticipantIdRole = Qt::UserRole + 1,
        SortRole,
        AttributeNameRole ///< header data of an attribute column
    };

    explicit ParticipantTableModel(QObject *parent = nullptr);

    void setProject(storage::Project *project);
    void reload();
    void onProjectChanged(const QList<storage::ChangeEvent> &events);

    const std::vector<core::AttributeDefinition> &attributes() const { return m_attributes; }
    /// The participant's value of an attribute, canonical text; empty when unset.
    QString value(core::Id participantId, const QString &attribute) const;
    std::optional<core::Id> participantId(const QModelIndex &index) const;
    QModelIndex indexOfParticipant(core::Id participantId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
            int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        core::Participant participant;
        int documents = 0;
        std::map<std::string, std::string> values; ///< attribute name -> canonical value
    };

    void load();
    QVariant attributeData(const Row &row, const core::AttributeDefinition &attribute,
            int role) const;

    storage::Project *m_project = nullptr;
    std::vector<Row> m_rows;
    std::vector<core::AttributeDefinition> m_attributes;
};

} // namespace weft::app
