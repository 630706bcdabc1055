// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/documentkind.h"
#include "core/model/entities.h"
#include "storage/changeevent.h"

#include <QAbstractItemModel>
#include <QColor>
#include <QList>
#include <QString>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace weft::app {

class ProjectSession;

/// The evidence of one theme (its sub-themes and the sub-codes of its codes included): merged
/// excerpts, as core computes them, grouped by source kind and then participant, each in its
/// sentence with who said it, where and when. The theme's exemplar quotes come first, in their
/// order. Checking an excerpt marks it as an exemplar (one undo step). Follows storage changes.
class ThemeEvidenceModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Role {
        DocumentIdRole = Qt::UserRole + 1,
        StartRole, ///< code points
        EndRole,
        ContextRole, ///< the sentence(s) around the excerpt
        CodedStartRole, ///< where the excerpt starts in ContextRole, UTF-16
        CodedLengthRole,
        ColorRole, ///< the colour of the code of the excerpt's first coding
        AttributionRole, ///< "P03, interview, 00:14:20"
        IsExcerptRole, ///< false for a group heading
        ExcerptCountRole, ///< a group's excerpts
        ParticipantCountRole, ///< a source kind's participants
        KindRole, ///< int(core::DocumentKind) of an excerpt or a kind group
        ParticipantRole, ///< the participant's label, empty when none
        CodingIdsRole, ///< QList<qlonglong>: the codings merged into the excerpt
    };

    explicit ThemeEvidenceModel(ProjectSession *session, QObject *parent = nullptr);

    /// Shows the evidence of a theme (by UUID); nullopt shows none.
    void setTheme(const std::optional<std::string> &themeUuid);
    const std::optional<std::string> &theme() const { return m_theme; }
    QString themeName() const { return m_themeName; }
    std::int64_t excerptCount() const { return m_excerpts; }
    std::int64_t participantCount() const { return m_participants; }
    /// The "Exemplar quotes" group, invalid when no excerpt is marked.
    QModelIndex exemplarGroup() const;
    void reload();
    /// While not live (hidden) changes only mark the evidence out of date; it is read again
    /// when it becomes live.
    void setLive(bool live);
    /// "1 excerpt", "3 excerpts" (both forms even without a translation loaded).
    static QString excerptsText(std::int64_t n);
    static QString participantsText(std::int64_t n);

    /// Marks an excerpt as an exemplar (its first coding), or removes every mark on it.
    bool setExemplar(const QModelIndex &index, bool marked);
    /// Moves an exemplar quote (a row of the exemplar group) up (-1) or down (+1) in the
    /// theme's quote order; false when it cannot go further.
    bool moveExemplar(const QModelIndex &index, int delta);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Excerpt {
        core::Id documentId = 0;
        std::int64_t start = 0;
        std::int64_t end = 0;
        core::DocumentKind kind = core::DocumentKind::Document;
        QString participant;
        QString document;
        QString coded;
        QString context;
        int codedStart = 0;
        int codedLength = 0;
        QString attribution;
        QColor colour;
        std::vector<std::pair<core::Id, std::string>> codings; ///< id, UUID
        bool marked = false;
    };
    struct Node {
        int parent = -1; ///< index in m_nodes, -1 at the top
        int row = 0;
        std::vector<int> children;
        int excerpt = -1; ///< index in m_items, -1 for a group
        QString title;
        std::int64_t excerpts = 0;
        std::int64_t participants = 0;
        std::optional<core::DocumentKind> kind;
        QString participant;
    };

    void onChanged(const QList<storage::ChangeEvent> &events);
    void load();
    int addNode(int parent, Node node);
    const Node *node(const QModelIndex &index) const;

    ProjectSession *m_session;
    std::optional<std::string> m_theme;
    core::Id m_themeId = 0;
    QString m_themeName;
    std::int64_t m_excerpts = 0;
    std::int64_t m_participants = 0;
    std::vector<Excerpt> m_items;
    std::vector<Node> m_nodes;
    std::vector<int> m_roots;
    bool m_reloadPending = false;
    bool m_live = true;
    bool m_stale = false;
};

} // namespace weft::app
