// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/entities.h"
#include "storage/changeevent.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace weft::storage {
class Project;
}

namespace weft::app {

/// The excerpts of one code (optionally with its sub-codes): each coded passage in the
/// sentence around it, with participant, data source, document and position (the turn's time,
/// the entry's date or the line). Follows storage changes.
class ExcerptListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        ExcerptColumn,
        ParticipantColumn,
        KindColumn,
        DocumentColumn,
        PositionColumn,
        ColumnCount
    };
    enum Role {
        DocumentIdRole = Qt::UserRole + 1,
        StartRole, ///< code points
        EndRole,
        ParticipantRole, ///< label, empty when none
        KindRole, ///< int(core::DocumentKind)
        CodingUuidRole,
        CodePathRole,
        CodedTextRole,
        ContextRole, ///< the sentence(s) around the excerpt
        CodedStartRole, ///< where the coded text starts in ContextRole, UTF-16
        CodedLengthRole,
        ColorRole ///< the code's colour
    };

    explicit ExcerptListModel(QObject *parent = nullptr);

    void setProject(storage::Project *project);
    /// Shows the excerpts of a code; nullopt shows none.
    void setCode(std::optional<core::Id> codeId, bool withSubcodes);
    std::optional<core::Id> code() const { return m_code; }
    bool withSubcodes() const { return m_withSubcodes; }
    void reload();
    void onProjectChanged(const QList<storage::ChangeEvent> &events);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
            int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        core::Id documentId = 0;
        QString document;
        core::DocumentKind kind = core::DocumentKind::Document;
        QString participant;
        QString codePath;
        QString codingUuid;
        std::int64_t start = 0;
        std::int64_t end = 0;
        QString coded;
        QString context;
        int codedStart = 0;
        int codedLength = 0;
        QString position;
        QColor color;
    };

    void load();

    storage::Project *m_project = nullptr;
    std::optional<core::Id> m_code;
    bool m_withSubcodes = false;
    std::vector<Row> m_rows;
};

} // namespace weft::app
