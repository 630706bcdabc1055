// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/codetree.h"
#include "storage/changeevent.h"
#include "storage/codingstore.h"

#include <QAbstractItemModel>
#include <QList>
#include <QStringList>

#include <optional>
#include <unordered_map>

namespace weft::storage {
class Project;
}

class QMimeData;

namespace weft::app {

class ProjectSession;

/// The codebook as a tree: each code with its colour swatch and how much it is used (codings,
/// documents, participants; own, and with its sub-codes in the tool tip and roles).
/// Renaming (setData) and moving by drag and drop (dropMimeData) push undo commands; the
/// model itself never writes. Changes that keep the tree's shape (renames, colours, coding
/// counts) update rows in place, so views keep their expansion and selection.
class CodebookModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        CodingsColumn,
        DocumentsColumn,
        ParticipantsColumn,
        ColumnCount
    };
    enum Role {
        CodeIdRole = Qt::UserRole + 1,
        CodePathRole,
        ColorRole,
        CodingCountRole,
        TotalCodingCountRole,
        DescriptionRole,
        DocumentCountRole,
        TotalDocumentCountRole,
        ParticipantCountRole,
        TotalParticipantCountRole
    };

    /// Edits go through `session`'s undo stack; without a session the model is read-only.
    explicit CodebookModel(ProjectSession *session = nullptr);

    /// The MIME type of dragged codes: their ids, comma separated.
    static QString mimeType();
    static QList<core::Id> codeIds(const QMimeData *data);

    void setProject(storage::Project *project);
    void reload();
    void onProjectChanged(const QList<storage::ChangeEvent> &events);

    /// The codebook as last loaded (empty when no project is open).
    const core::CodeTree &tree() const { return m_tree; }
    QModelIndex indexOfCode(core::Id codeId) const;
    /// Codings of the code itself / of the code and all codes below it.
    std::int64_t codingCount(core::Id codeId) const;
    std::int64_t totalCodingCount(core::Id codeId) const;
    /// Codings, documents and participants of the code itself / with every code below it.
    storage::CodeUsage usage(core::Id codeId) const;
    storage::CodeUsage totalUsage(core::Id codeId) const;
    /// The largest numbers of any code (with sub-codes), for sizing the count columns.
    storage::CodeUsage largestUsage() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
            int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
            const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
            const QModelIndex &parent) override;

Q_SIGNALS:
    /// Emitted once after the tree was read again, whether rows were reset or updated in place
    /// (not when only counts changed: those rows get dataChanged).
    void refreshed();

private:
    void load();
    void setTree(core::CodeTree tree);
    /// Reads the tree again, and every count when `countAll` (or when a code moved); resets
    /// only when the tree's shape changed. False when it reloaded everything.
    bool refresh(bool countAll);
    /// After coding changes: counts the codes they touched again, in place.
    void recount(const QList<storage::ChangeEvent> &events);
    /// Ids in depth-first order with a 0 closing each level: equal shapes, equal trees.
    static std::vector<core::Id> shape(const core::CodeTree &tree);
    void emitChangedRows(const QModelIndex &parent);
    core::Id idOf(const QModelIndex &index) const;
    const std::vector<core::Id> &childrenOf(const QModelIndex &parent) const;

    ProjectSession *m_session = nullptr;
    storage::Project *m_project = nullptr;
    core::CodeTree m_tree{std::vector<core::Code>{}};
    QVariant countData(const core::Code &code, int column, int role) const;
    QString countToolTip(const core::Code &code) const;

    std::unordered_map<core::Id, storage::CodeCounts> m_counts;
    std::unordered_map<core::Id, int> m_rows; ///< row of each code among its siblings
};

} // namespace weft::app
