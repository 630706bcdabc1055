// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/services/themeanalysis.h"
#include "storage/changeevent.h"

#include <QAbstractItemModel>
#include <QList>
#include <QStringList>
#include <QTimer>

#include <map>
#include <optional>
#include <string>
#include <vector>

class QMimeData;

namespace weft::app {

class ProjectSession;

/// The themes as a tree: each theme with its status, review state, linked codes and the
/// evidence behind it (sub-themes and sub-codes included, as services::analyseThemes counts
/// it). It follows the session by itself: it loads when a project opens and updates in place
/// on storage changes, inserting, removing and moving rows rather than resetting, so views
/// keep their expansion and selection. Renaming (setData), dropping codes on a theme (links
/// them) and dropping a theme on another (moves it) push undo commands; the model never writes.
class ThemeTreeModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        StatusColumn,
        ReviewColumn,
        EvidenceColumn,
        ColumnCount
    };
    enum Role {
        ThemeIdRole = Qt::UserRole + 1,
        ThemeUuidRole,
        ThemePathRole,
        DefinitionRole,
        StatusRole,        ///< "candidate", "reviewed", "final", "discarded"
        ReviewStateRole,   ///< "none", "awaiting", "approved", "sent_back"
        ReviewerRole,      ///< of the latest review, empty when none
        ReviewTimeRole,    ///< QDateTime (local) of the latest review, invalid when none
        ReviewCommentRole,
        LinkedCodeIdsRole, ///< QVariantList of code ids (qlonglong), by code path
        LinkedCodePathsRole,
        ExcerptCountRole,
        ParticipantCountRole,
        DocumentCountRole
    };

    /// How long after the last coding change the evidence is counted again.
    static constexpr int kEvidenceDelayMs = 250;

    /// Edits go through `session`'s undo stack; the model loads and refreshes with it.
    explicit ThemeTreeModel(ProjectSession *session);

    /// The MIME type of dragged themes: their ids, comma separated.
    static QString mimeType();
    static QList<core::Id> themeIds(const QMimeData *data);

    /// Reads everything again and resets.
    void reload();
    /// Reads everything again and updates rows in place (theme and code changes do so at once,
    /// coding changes after a short pause).
    void refresh();
    void onProjectChanged(const QList<storage::ChangeEvent> &events);

    const services::ThemeSummary *theme(core::Id themeId) const;
    const services::ThemeSummary *themeByUuid(const std::string &uuid) const;
    QModelIndex indexOfTheme(core::Id themeId) const;
    /// Themes in tree order (parents first), as last loaded.
    const std::vector<core::Id> &themeOrder() const { return m_order; }
    /// Merged excerpts of a theme, sub-themes included.
    std::int64_t excerptCount(core::Id themeId) const;
    int awaitingReviewCount() const;

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
    /// Emitted once after every load, whether rows were reset or updated in place.
    void refreshed();

private:
    using Children = std::map<core::Id, std::vector<core::Id>>; ///< 0: the top level

    struct Snapshot {
        std::map<core::Id, services::ThemeSummary> themes;
        std::map<core::Id, std::int64_t> excerpts;
        std::vector<core::Id> order;
        Children children;
    };
    Snapshot read() const;
    void adopt(Snapshot snapshot);
    /// Turns the rows views know into `target` with removals, moves and insertions; false
    /// when it could not (the caller resets).
    bool reshape(const Children &target);
    void removeSubtree(core::Id themeId);
    void emitChangedRows(const QModelIndex &parent);
    core::Id idOf(const QModelIndex &index) const;
    core::Id parentIdOf(core::Id themeId) const;
    int rowOf(core::Id themeId) const;
    const std::vector<core::Id> &childrenOf(core::Id themeId) const;
    bool isInSubtree(core::Id candidate, core::Id root) const;
    bool linkCodes(core::Id themeId, const QList<core::Id> &codeIds);
    bool themeFromCodes(const QList<core::Id> &codeIds);
    bool moveTheme(core::Id themeId, core::Id parentId, int row);

    ProjectSession *m_session;
    std::map<core::Id, services::ThemeSummary> m_themes;
    std::map<core::Id, std::int64_t> m_excerpts;
    std::vector<core::Id> m_order;
    /// The rows as views know them; during reshape() they lead m_themes' tree step by step.
    Children m_children;
    std::map<core::Id, core::Id> m_parents;
    bool m_closing = false;
    QTimer m_evidenceTimer;
};

} // namespace weft::app
