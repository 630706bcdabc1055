// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/entities.h"
#include "storage/changeevent.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace weft::app {

class ProjectSession;

/// Every memo of the project in one table: what it is about (name and kind), who wrote it,
/// when it last changed and how it begins. Each row knows its target well enough to go there
/// (TargetRole and friends). Reads storage when the project opens and after changes that touch
/// memos or the names they show; edits that keep the list's rows update them in place.
class MemoHubModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        SubjectColumn,
        KindColumn,
        AuthorColumn,
        DateColumn,
        TextColumn,
        ColumnCount
    };
    enum Role {
        MemoUuidRole = Qt::UserRole + 1,
        TargetKindRole, ///< int of core::MemoTarget
        TargetUuidRole,
        TargetIdRole, ///< document, code or participant id; the coding's document
        CodingStartRole, ///< code points, codings only
        CodingEndRole,
        SearchTextRole, ///< everything the filter looks in (column 0)
        SortRole
    };

    /// One memo as the hub shows it.
    struct Entry {
        core::Memo memo;
        QString subject;
        QString author;
        QDateTime updated;
        core::Id targetId = 0;
        std::int64_t start = 0;
        std::int64_t end = 0;
    };

    explicit MemoHubModel(ProjectSession *session, QObject *parent = nullptr);

    void reload();
    const std::vector<Entry> &entries() const { return m_entries; }
    const Entry *entry(const QModelIndex &index) const;
    static QString kindName(core::MemoTarget target);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
            int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void onProjectChanged(const QList<storage::ChangeEvent> &events);
    std::vector<Entry> load() const;
    /// Replaces the rows: in place when the same memos are listed in the same order.
    void refresh();

    ProjectSession *m_session;
    std::vector<Entry> m_entries;
};

} // namespace weft::app
