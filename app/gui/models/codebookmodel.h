// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/codetree.h"
#include "storage/changeevent.h"

#include <QAbstractItemModel>
#include <QList>

#include <map>
#include <optional>
#include <unordered_map>

namespace weft::storage {
class Project;
}

namespace weft::app {

/// The codebook as a tree: each code with its colour swatch and how many codings it has.
/// Read-only for now; editing will push undo commands from setData().
class CodebookModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        CodingsColumn,
        ColumnCount
    };
    enum Role {
        CodeIdRole = Qt::UserRole + 1,
        CodePathRole,
        ColorRole,
        CodingCountRole,
        TotalCodingCountRole
    };

    explicit CodebookModel(QObject *parent = nullptr);

    void setProject(storage::Project *project);
    void reload();
    void onProjectChanged(const QList<storage::ChangeEvent> &events);

    /// The codebook as last loaded (empty when no project is open).
    const core::CodeTree &tree() const { return m_tree; }
    QModelIndex indexOfCode(core::Id codeId) const;
    /// Codings of the code itself / of the code and all codes below it.
    std::int64_t codingCount(core::Id codeId) const;
    std::int64_t totalCodingCount(core::Id codeId) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
            int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    void load();
    core::Id idOf(const QModelIndex &index) const;
    const std::vector<core::Id> &childrenOf(const QModelIndex &parent) const;

    storage::Project *m_project = nullptr;
    core::CodeTree m_tree{std::vector<core::Code>{}};
    std::map<core::Id, std::int64_t> m_counts;
    std::map<core::Id, std::int64_t> m_totals;
    std::unordered_map<core::Id, int> m_rows; ///< row of each code among its siblings
};

} // namespace weft::app
