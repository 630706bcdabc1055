// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/models/codebookmodel.h"

#include "app/gui/commands/movecodecommand.h"
#include "app/gui/commands/renamecodecommand.h"
#include "app/gui/models/codecolors.h"
#include "app/gui/models/mimeids.h"
#include "app/gui/session/projectobserveradapter.h"
#include "app/gui/session/projectsession.h"
#include "storage/project.h"

#include <QFont>
#include <QLocale>
#include <QMimeData>
#include <QPalette>

#include <algorithm>
#include <unordered_set>

using namespace Qt::StringLiterals;

namespace weft::app {

CodebookModel::CodebookModel(ProjectSession *session)
    : QAbstractItemModel(session)
    , m_session(session)
{
}

QString CodebookModel::mimeType()
{
    return u"application/x-weft-code-ids"_s;
}

QList<core::Id> CodebookModel::codeIds(const QMimeData *data)
{
    return idsFromMime(data, mimeType());
}

void CodebookModel::setProject(storage::Project *project)
{
    m_project = project;
    reload();
}

void CodebookModel::reload()
{
    beginResetModel();
    load();
    endResetModel();
    Q_EMIT refreshed();
}

void CodebookModel::onProjectChanged(const QList<storage::ChangeEvent> &events)
{
    using storage::EntityType;
    // Segments and participants decide whose words a coding holds; a removed code takes its
    // codings along.
    const bool countAll = touches(events, {EntityType::Document, EntityType::Segment,
                                  EntityType::Participant})
            || std::any_of(events.begin(), events.end(), [](const storage::ChangeEvent &event) {
                   return event.type == EntityType::Code
                           && (event.kind == storage::ChangeKind::Removed
                                   || event.kind == storage::ChangeKind::Reset);
               });
    const bool treeChanged = countAll || touches(events, {EntityType::Code});
    if (treeChanged && !refresh(countAll))
        return; // reloaded, refreshed() sent
    if (!countAll && touches(events, {EntityType::Coding}))
        recount(events);
    if (treeChanged)
        Q_EMIT refreshed();
}

bool CodebookModel::refresh(bool countAll)
{
    auto tree = m_project ? m_project->codes().tree() : Result<core::CodeTree>(core::CodeTree({}));
    if (!tree.ok()) {
        reload();
        return false;
    }
    // A code moved elsewhere changes the totals of the codes it left and joined.
    for (const core::Code &code : tree->codes()) {
        const core::Code *before = m_tree.find(code.id);
        if (before && before->parentId != code.parentId)
            countAll = true;
    }
    std::optional<std::unordered_map<core::Id, storage::CodeCounts>> counts;
    if (countAll && m_project) {
        auto all = m_project->codings().codeCounts();
        if (!all.ok()) {
            reload();
            return false;
        }
        counts = std::move(*all);
    }
    const bool reshaped = shape(*tree) != shape(m_tree);
    if (reshaped)
        beginResetModel();
    setTree(std::move(*tree));
    if (counts)
        m_counts = std::move(*counts);
    if (reshaped)
        endResetModel();
    else
        emitChangedRows({});
    return true;
}

// Codings come and go one at a time while a researcher codes: only the codes whose codings
// changed, and the codes above them, are counted again (counting everything in a large project
// takes a tenth of a second or more). An added or resized coding names its code; after a
// removal, the codes whose number of codings changed are found by one grouped count.
void CodebookModel::recount(const QList<storage::ChangeEvent> &events)
{
    if (!m_project)
        return;
    std::unordered_set<core::Id> changed;
    bool removals = false;
    for (const storage::ChangeEvent &event : events) {
        if (event.type != storage::EntityType::Coding)
            continue;
        if (event.kind == storage::ChangeKind::Removed || event.kind == storage::ChangeKind::Reset
                || event.uuid.empty()) {
            removals = true;
            continue;
        }
        if (auto coding = m_project->codings().get(event.uuid); coding.ok())
            changed.insert(coding->codeId);
        else
            removals = true; // added and gone again within the transaction
    }
    if (removals) {
        auto perCode = m_project->codes().codingCounts();
        if (!perCode.ok()) {
            reload();
            return;
        }
        for (const auto &[code, count] : *perCode) {
            if (count != codingCount(code))
                changed.insert(code);
        }
        for (const auto &[code, counts] : m_counts) {
            if (counts.own.codings > 0 && !perCode->count(code))
                changed.insert(code);
        }
    }
    std::vector<core::Id> affected;
    for (core::Id code : changed) {
        if (!m_tree.find(code)) {
            reload(); // a code this model does not know: read everything
            return;
        }
        for (const core::Code *at = m_tree.find(code); at;
                at = at->parentId ? m_tree.find(*at->parentId) : nullptr) {
            if (std::find(affected.begin(), affected.end(), at->id) == affected.end())
                affected.push_back(at->id);
        }
    }
    if (affected.empty())
        return;
    auto counts = m_project->codings().codeCounts(affected);
    if (!counts.ok()) {
        reload();
        return;
    }
    for (core::Id code : affected) {
        const auto fresh = counts->find(code);
        if (fresh == counts->end())
            m_counts.erase(code);
        else
            m_counts[code] = fresh->second;
        const QModelIndex row = indexOfCode(code);
        Q_EMIT dataChanged(row, row.siblingAtColumn(ColumnCount - 1));
    }
}

std::vector<core::Id> CodebookModel::shape(const core::CodeTree &tree)
{
    std::vector<core::Id> out;
    out.reserve(tree.codes().size() * 2 + 1);
    std::vector<std::pair<core::Id, std::size_t>> stack{{0, 0}};
    while (!stack.empty()) {
        auto &[parent, next] = stack.back();
        const auto &children = tree.children(parent);
        if (next == children.size()) {
            out.push_back(0);
            stack.pop_back();
            continue;
        }
        const core::Id child = children[next++];
        out.push_back(child);
        stack.emplace_back(child, 0);
    }
    return out;
}

void CodebookModel::emitChangedRows(const QModelIndex &parent)
{
    const int rows = rowCount(parent);
    if (rows == 0)
        return;
    Q_EMIT dataChanged(index(0, 0, parent), index(rows - 1, ColumnCount - 1, parent));
    for (int row = 0; row < rows; ++row) {
        const QModelIndex child = index(row, 0, parent);
        if (!m_tree.children(idOf(child)).empty())
            emitChangedRows(child);
    }
}

void CodebookModel::load()
{
    setTree(core::CodeTree(std::vector<core::Code>{}));
    m_counts.clear();
    if (!m_project)
        return;
    auto tree = m_project->codes().tree();
    auto counts = m_project->codings().codeCounts();
    if (!tree.ok() || !counts.ok()) {
        qWarning("Weft: could not read the codebook: %s",
                (tree.ok() ? counts.error() : tree.error()).message.c_str());
        return;
    }
    setTree(std::move(*tree));
    m_counts = std::move(*counts);
}

void CodebookModel::setTree(core::CodeTree tree)
{
    m_tree = std::move(tree);
    m_rows.clear();
    for (const core::Code &code : m_tree.codes()) {
        const auto &siblings = m_tree.children(code.parentId.value_or(0));
        for (std::size_t row = 0; row < siblings.size(); ++row)
            m_rows[siblings[row]] = static_cast<int>(row);
    }
}

storage::CodeUsage CodebookModel::usage(core::Id codeId) const
{
    auto it = m_counts.find(codeId);
    return it == m_counts.end() ? storage::CodeUsage{} : it->second.own;
}

storage::CodeUsage CodebookModel::totalUsage(core::Id codeId) const
{
    auto it = m_counts.find(codeId);
    return it == m_counts.end() ? storage::CodeUsage{} : it->second.withSubcodes;
}

storage::CodeUsage CodebookModel::largestUsage() const
{
    storage::CodeUsage largest;
    for (const auto &[code, counts] : m_counts) {
        largest.codings = std::max(largest.codings, counts.withSubcodes.codings);
        largest.documents = std::max(largest.documents, counts.withSubcodes.documents);
        largest.participants = std::max(largest.participants, counts.withSubcodes.participants);
    }
    return largest;
}

std::int64_t CodebookModel::codingCount(core::Id codeId) const
{
    return usage(codeId).codings;
}

std::int64_t CodebookModel::totalCodingCount(core::Id codeId) const
{
    return totalUsage(codeId).codings;
}

core::Id CodebookModel::idOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<core::Id>(index.internalId()) : 0;
}

const std::vector<core::Id> &CodebookModel::childrenOf(const QModelIndex &parent) const
{
    return m_tree.children(idOf(parent));
}

QModelIndex CodebookModel::indexOfCode(core::Id codeId) const
{
    auto row = m_rows.find(codeId);
    if (row == m_rows.end())
        return {};
    return createIndex(row->second, NameColumn, static_cast<quintptr>(codeId));
}

QModelIndex CodebookModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const core::Id id = childrenOf(parent)[static_cast<std::size_t>(row)];
    return createIndex(row, column, static_cast<quintptr>(id));
}

QModelIndex CodebookModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const core::Code *code = m_tree.find(idOf(child));
    if (!code || !code->parentId)
        return {};
    return indexOfCode(*code->parentId);
}

int CodebookModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != NameColumn)
        return 0;
    return static_cast<int>(childrenOf(parent).size());
}

int CodebookModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant CodebookModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const core::Code *code = m_tree.find(idOf(index));
    if (!code)
        return {};
    if (index.column() != NameColumn
            && (role == Qt::DisplayRole || role == Qt::ForegroundRole
                    || role == Qt::TextAlignmentRole))
        return countData(*code, index.column(), role);
    switch (role) {
    case Qt::EditRole:
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return QString::fromStdString(code->name);
        return {};
    case Qt::DecorationRole:
        if (index.column() == NameColumn)
            return CodeColors::swatch(CodeColors::color(m_tree, code->id));
        return {};
    case Qt::ToolTipRole:
        return countToolTip(*code);
    case CodeIdRole:
        return static_cast<qlonglong>(code->id);
    case CodePathRole:
        return QString::fromStdString(m_tree.path(code->id));
    case ColorRole:
        return CodeColors::color(m_tree, code->id);
    case CodingCountRole:
        return static_cast<qlonglong>(usage(code->id).codings);
    case TotalCodingCountRole:
        return static_cast<qlonglong>(totalUsage(code->id).codings);
    case DocumentCountRole:
        return static_cast<qlonglong>(usage(code->id).documents);
    case TotalDocumentCountRole:
        return static_cast<qlonglong>(totalUsage(code->id).documents);
    case ParticipantCountRole:
        return static_cast<qlonglong>(usage(code->id).participants);
    case TotalParticipantCountRole:
        return static_cast<qlonglong>(totalUsage(code->id).participants);
    case DescriptionRole:
        return code->description ? QString::fromStdString(*code->description) : QString();
    default:
        return {};
    }
}

QVariant CodebookModel::countData(const core::Code &code, int column, int role) const
{
    if (role == Qt::TextAlignmentRole)
        return (Qt::AlignRight | Qt::AlignVCenter).toInt();
    const storage::CodeUsage own = usage(code.id);
    const storage::CodeUsage total = totalUsage(code.id);
    // A parent that only gathers sub-codes shows theirs, bracketed.
    const bool gathered = own.codings == 0 && total.codings > 0;
    const storage::CodeUsage &shown = gathered ? total : own;
    if (role == Qt::ForegroundRole) {
        if (own.codings == 0)
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        if (column != CodingsColumn)
            return QPalette().brush(QPalette::PlaceholderText);
        return {};
    }
    std::int64_t value = 0;
    switch (column) {
    case CodingsColumn:
        value = shown.codings;
        break;
    case DocumentsColumn:
        value = shown.documents;
        break;
    case ParticipantsColumn:
        value = shown.participants;
        break;
    default:
        return {};
    }
    if (value == 0 && column != CodingsColumn)
        return QString(); // "0 documents" next to "0 codings" says nothing new
    const QString number = QLocale().toString(static_cast<qlonglong>(value));
    return gathered ? u"(%1)"_s.arg(number) : number;
}

QString CodebookModel::countToolTip(const core::Code &code) const
{
    QString tip = u"<b>%1</b>"_s.arg(QString::fromStdString(m_tree.path(code.id)).toHtmlEscaped());
    if (code.description && !code.description->empty()) {
        tip += u"<br>"_s
                + QString::fromStdString(*code.description).toHtmlEscaped().replace(u'\n', u"<br>"_s);
    }
    const auto line = [](const storage::CodeUsage &u) {
        const auto count = [](std::int64_t n, const QString &one, const QString &many) {
            return n == 1 ? one : many.arg(QLocale().toString(static_cast<qlonglong>(n)));
        };
        return count(u.codings, tr("1 coding"), tr("%1 codings")) + u" · "_s
                + count(u.documents, tr("1 document"), tr("%1 documents")) + u" · "_s
                + count(u.participants, tr("1 participant"), tr("%1 participants"));
    };
    tip += u"<br>"_s + line(usage(code.id));
    if (!m_tree.children(code.id).empty())
        tip += u"<br>"_s + tr("With sub-codes: %1").arg(line(totalUsage(code.id)));
    return tip;
}

QVariant CodebookModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && section != NameColumn)
        return (Qt::AlignRight | Qt::AlignVCenter).toInt();
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case CodingsColumn:
            return tr("Codings: passages coded with the code");
        case DocumentsColumn:
            return tr("Documents the code is applied in");
        case ParticipantsColumn:
            return tr("Participants whose words carry the code (the speaker of the turn, else "
                      "the document's participant)");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Code");
    case CodingsColumn:
        return tr("Codings");
    case DocumentsColumn:
        return tr("Docs");
    case ParticipantsColumn:
        return tr("People");
    default:
        return {};
    }
}

Qt::ItemFlags CodebookModel::flags(const QModelIndex &index) const
{
    const bool editing = m_session && m_project;
    if (!index.isValid())
        return editing ? Qt::ItemIsDropEnabled : Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
    if (editing)
        flags |= Qt::ItemIsDropEnabled;
    if (editing && index.column() == NameColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool CodebookModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != NameColumn || !m_session || !m_project
            || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const core::Code *code = m_tree.find(idOf(index));
    const QString name = value.toString().simplified();
    if (!code || name.isEmpty())
        return false;
    if (name.toStdString() == code->name)
        return true;
    return m_session->execute(new RenameCodeCommand(m_session, code->uuid, name));
}

QStringList CodebookModel::mimeTypes() const
{
    return {mimeType()};
}

QMimeData *CodebookModel::mimeData(const QModelIndexList &indexes) const
{
    QList<core::Id> ids;
    QStringList paths;
    for (const QModelIndex &index : indexes) {
        const core::Id id = idOf(index);
        if (id == 0 || ids.contains(id))
            continue;
        ids.append(id);
        paths.append(QString::fromStdString(m_tree.path(id)));
    }
    if (ids.isEmpty())
        return nullptr;
    return idsToMime(mimeType(), ids, paths);
}

Qt::DropActions CodebookModel::supportedDragActions() const
{
    // Move within the tree; copy onto a document selection (codes it).
    return Qt::MoveAction | Qt::CopyAction;
}

Qt::DropActions CodebookModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

bool CodebookModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
        const QModelIndex &parent) const
{
    if (!m_session || !m_project || action != Qt::MoveAction)
        return false;
    const QList<core::Id> ids = codeIds(data);
    if (ids.size() != 1 || !m_tree.find(ids.first()))
        return false;
    // Not into itself or one of its own sub-codes.
    const std::vector<core::Id> below = m_tree.subtree(ids.first());
    return std::find(below.begin(), below.end(), idOf(parent)) == below.end();
}

bool CodebookModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
        const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const core::Code *code = m_tree.find(codeIds(data).first());
    const core::Id parentId = idOf(parent.siblingAtColumn(NameColumn));
    const auto &siblings = m_tree.children(parentId);
    // Qt gives the row to insert before, counting the code itself when it stays in the same
    // parent; storage wants its index among the others.
    std::int64_t position = row < 0 ? static_cast<std::int64_t>(siblings.size()) : row;
    const auto current = std::find(siblings.begin(), siblings.end(), code->id);
    if (current != siblings.end()) {
        const auto at = current - siblings.begin();
        if (at < position)
            --position;
        if (at == position)
            return false; // dropped where it already is
    }
    const std::optional<core::Id> newParent
            = parentId == 0 ? std::nullopt : std::optional<core::Id>(parentId);
    return m_session->execute(new MoveCodeCommand(
            m_session, code->uuid, newParent, position, QString::fromStdString(code->name)));
}

} // namespace weft::app
