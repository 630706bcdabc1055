// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/import/filepreview.h"
#include "app/services/importservice.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <optional>
#include <vector>

namespace weft::app {

/// The files picked for import, one row each: what a preview read found (kind, participant,
/// encoding, structure, or why the file cannot be read), the user's changes to kind and
/// participant, and after the import what became of the file. Holds no project data; the
/// import itself runs from requests().
class ImportFilesModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        FileColumn,
        KindColumn,
        ParticipantColumn,
        EncodingColumn,
        StructureColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role {
        PathRole = Qt::UserRole + 1,
        KindRole, ///< int(core::DocumentKind) the file will be imported as
        StateRole, ///< int(State)
        DocumentsRole,
        TurnsRole,
        EntriesRole,
        SectionsRole
    };
    enum class State {
        Reading,
        Ready,
        Unreadable,
        Imported,
        Skipped,
        Failed,
        NotImported
    };

    struct Summary {
        int imported = 0; ///< documents
        int skipped = 0; ///< documents already in the project
        int failed = 0; ///< files
        int notImported = 0; ///< files left out by a cancel
    };

    explicit ImportFilesModel(QObject *parent = nullptr);

    /// Adds files, and the importable files inside folders; paths already listed are ignored.
    /// Returns how many rows were added. Each new row asks for a preview.
    int addPaths(const QStringList &paths);
    void removeFiles(QList<int> rows);
    void clear();
    /// A preview arrived; ignored when the row has asked for a newer one since.
    void setPreview(int ticket, const FilePreview &preview);
    bool isPreviewing() const;

    /// What to import: one request per distinct (kind, participant) choice, with the number
    /// of files in all of them.
    std::vector<services::ImportRequest> requests(std::size_t *files = nullptr) const;
    /// Puts the import's outcome on the rows.
    void setResults(const std::vector<services::ImportedFile> &files, bool cancelled);
    Summary summary() const;
    /// Rows can no longer be edited once the import ran.
    bool isFinished() const { return m_finished; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(
            int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    /// A row needs reading; `kind` is -1 for "detect".
    void previewRequested(int ticket, const QString &path, int kind);

private:
    struct Row {
        QString path;
        int ticket = 0;
        bool included = true;
        State state = State::Reading;
        FilePreview preview;
        std::optional<core::DocumentKind> kind; ///< the user's choice
        std::optional<QString> participant; ///< the user's choice
        int imported = 0, skipped = 0;
        QString message; ///< why it failed or was skipped
    };

    void requestPreview(int row);
    core::DocumentKind kindOf(const Row &row) const;
    QString participantText(const Row &row) const;
    QString structureText(const Row &row) const;
    QString statusText(const Row &row) const;
    bool editable(const Row &row) const;

    std::vector<Row> m_rows;
    int m_nextTicket = 1;
    bool m_finished = false;
};

} // namespace weft::app
