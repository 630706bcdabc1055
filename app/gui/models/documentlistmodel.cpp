// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/models/documentlistmodel.h"

#include "app/gui/models/documentkindnames.h"
#include "app/gui/session/projectobserveradapter.h"
#include "storage/project.h"

#include <QCollator>
#include <QFont>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace weft::app {

namespace {
// Group rows have internal id 0; a document row stores its group's row + 1.
constexpr quintptr kGroupId = 0;
} // namespace

DocumentListModel::DocumentListModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void DocumentListModel::setProject(storage::Project *project)
{
    m_project = project;
    reload();
}

void DocumentListModel::reload()
{
    beginResetModel();
    load();
    endResetModel();
}

void DocumentListModel::onProjectChanged(const QList<storage::ChangeEvent> &events)
{
    using storage::EntityType;
    if (touches(events, {EntityType::Document, EntityType::Participant}))
        reload();
}

void DocumentListModel::load()
{
    m_groups.clear();
    m_participants.clear();
    if (!m_project)
        return;
    auto documents = m_project->documents().all();
    auto participants = m_project->participants().all();
    if (!documents.ok() || !participants.ok()) {
        qWarning("Weft: could not list the project's documents: %s",
                (documents.ok() ? participants.error() : documents.error()).message.c_str());
        return;
    }
    for (core::Participant &participant : *participants)
        m_participants.emplace(participant.id, std::move(participant));

    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    for (core::DocumentKind kind : core::allDocumentKinds) {
        Group group{kind, {}};
        std::copy_if(documents->begin(), documents->end(), std::back_inserter(group.documents),
                [kind](const core::Document &d) { return d.kind == kind; });
        if (group.documents.empty())
            continue;
        std::stable_sort(group.documents.begin(), group.documents.end(),
                [&](const core::Document &a, const core::Document &b) {
                    return collator.compare(
                                   QString::fromStdString(a.name), QString::fromStdString(b.name))
                            < 0;
                });
        m_groups.push_back(std::move(group));
    }
}

QModelIndex DocumentListModel::indexOfDocument(core::Id documentId) const
{
    for (std::size_t g = 0; g < m_groups.size(); ++g) {
        const auto &docs = m_groups[g].documents;
        for (std::size_t d = 0; d < docs.size(); ++d) {
            if (docs[d].id == documentId)
                return createIndex(static_cast<int>(d), 0, static_cast<quintptr>(g + 1));
        }
    }
    return {};
}

std::optional<core::Id> DocumentListModel::documentId(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == kGroupId)
        return std::nullopt;
    return m_groups[index.internalId() - 1].documents[static_cast<std::size_t>(index.row())].id;
}

std::optional<core::Id> DocumentListModel::firstDocument() const
{
    if (m_groups.empty())
        return std::nullopt;
    return m_groups.front().documents.front().id;
}

QModelIndex DocumentListModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kGroupId);
    return createIndex(row, column, static_cast<quintptr>(parent.row() + 1));
}

QModelIndex DocumentListModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kGroupId)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, kGroupId);
}

int DocumentListModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_groups.size());
    if (parent.column() != 0 || parent.internalId() != kGroupId)
        return 0;
    return static_cast<int>(m_groups[static_cast<std::size_t>(parent.row())].documents.size());
}

int DocumentListModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant DocumentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kGroupId)
        return groupData(m_groups[static_cast<std::size_t>(index.row())], index.column(), role);
    const Group &group = m_groups[index.internalId() - 1];
    return documentData(
            group.documents[static_cast<std::size_t>(index.row())], index.column(), role);
}

QVariant DocumentListModel::groupData(const Group &group, int column, int role) const
{
    const auto count = static_cast<qlonglong>(group.documents.size());
    switch (role) {
    case Qt::DisplayRole:
        if (column == NameColumn)
            return u"%1 (%2)"_s.arg(documentKindGroupName(group.kind), QLocale().toString(count));
        return {};
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case KindRole:
        return static_cast<int>(group.kind);
    case IsGroupRole:
        return true;
    case CountRole:
        return count;
    default:
        return {};
    }
}

QVariant DocumentListModel::documentData(const core::Document &document, int column, int role) const
{
    const core::Participant *participant = nullptr;
    if (document.participantId) {
        if (auto it = m_participants.find(*document.participantId); it != m_participants.end())
            participant = &it->second;
    }
    switch (role) {
    case Qt::DisplayRole:
        if (column == NameColumn)
            return QString::fromStdString(document.name);
        if (column == ParticipantColumn && participant)
            return QString::fromStdString(participant->label);
        return {};
    case Qt::ToolTipRole:
        return tr("%1 · %2 · %3 characters\nImported from %4")
                .arg(QString::fromStdString(document.name), documentKindName(document.kind),
                        QLocale().toString(static_cast<qlonglong>(document.characters)),
                        QString::fromStdString(document.originalName));
    case DocumentIdRole:
        return static_cast<qlonglong>(document.id);
    case KindRole:
        return static_cast<int>(document.kind);
    case IsGroupRole:
        return false;
    default:
        return {};
    }
}

QVariant DocumentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Document");
    case ParticipantColumn:
        return tr("Participant");
    default:
        return {};
    }
}

Qt::ItemFlags DocumentListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

} // namespace weft::app
