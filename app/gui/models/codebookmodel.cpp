// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/models/codebookmodel.h"

#include "app/gui/commands/movecodecommand.h"
#include "app/gui/commands/renamecodecommand.h"
#include "app/gui/models/codecolors.h"
#include "app/gui/session/projectobserveradapter.h"
#include "app/gui/session/projectsession.h"
#include "storage/project.h"

#include <QFont>
#include <QLocale>
#include <QMimeData>
#include <QPalette>

#include <algorithm>

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
    QList<core::Id> ids;
    if (!data || !data->hasFormat(mimeType()))
        return ids;
    for (const QByteArray &part : data->data(mimeType()).split(',')) {
        bool ok = false;
        const core::Id id = part.trimmed().toLongLong(&ok);
        if (ok && id > 0)
            ids.append(id);
    }
    return ids;
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
    if (touches(events, {EntityType::Code, EntityType::Coding, EntityType::Document}))
        refresh();
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

void CodebookModel::refresh()
{
    auto tree = m_project ? m_project->codes().tree() : Result<core::CodeTree>(core::CodeTree({}));
    if (!tree.ok() || shape(*tree) != shape(m_tree)) {
        reload();
        return;
    }
    load();
    emitChangedRows({});
    Q_EMIT refreshed();
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
    m_tree = core::CodeTree(std::vector<core::Code>{});
    m_counts.clear();
    m_totals.clear();
    m_rows.clear();
    if (!m_project)
        return;
    auto tree = m_project->codes().tree();
    auto counts = m_project->codes().codingCounts();
    if (!tree.ok() || !counts.ok()) {
        qWarning("Weft: could not read the codebook: %s",
                (tree.ok() ? counts.error() : tree.error()).message.c_str());
        return;
    }
    m_tree = std::move(*tree);
    m_counts = std::move(*counts);
    for (const core::Code &code : m_tree.codes()) {
        const auto &siblings = m_tree.children(code.parentId.value_or(0));
        for (std::size_t row = 0; row < siblings.size(); ++row)
            m_rows[siblings[row]] = static_cast<int>(row);
        std::int64_t total = 0;
        for (core::Id id : m_tree.subtree(code.id))
            total += codingCount(id);
        m_totals[code.id] = total;
    }
}

std::int64_t CodebookModel::codingCount(core::Id codeId) const
{
    auto it = m_counts.find(codeId);
    return it == m_counts.end() ? 0 : it->second;
}

std::int64_t CodebookModel::totalCodingCount(core::Id codeId) const
{
    auto it = m_totals.find(codeId);
    return it == m_totals.end() ? 0 : it->second;
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
    const std::int64_t own = codingCount(code->id);
    const std::int64_t total = totalCodingCount(code->id);
    const bool hasChildren = !m_tree.children(code->id).empty();
    switch (role) {
    case Qt::EditRole:
        if (index.column() == NameColumn)
            return QString::fromStdString(code->name);
        return {};
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return QString::fromStdString(code->name);
        // A parent that only gathers sub-codes shows their sum, bracketed.
        if (hasChildren && own == 0)
            return u"(%1)"_s.arg(QLocale().toString(static_cast<qlonglong>(total)));
        return QLocale().toString(static_cast<qlonglong>(own));
    case Qt::DecorationRole:
        if (index.column() == NameColumn)
            return CodeColors::swatch(CodeColors::color(m_tree, code->id));
        return {};
    case Qt::ForegroundRole:
        if (index.column() == CodingsColumn && (own == 0))
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == CodingsColumn)
            return (Qt::AlignRight | Qt::AlignVCenter).toInt();
        return {};
    case Qt::ToolTipRole: {
        QString tip = QString::fromStdString(m_tree.path(code->id));
        if (code->description && !code->description->empty())
            tip += u"\n"_s + QString::fromStdString(*code->description);
        tip += u"\n"_s + tr("%1 codings").arg(own);
        if (hasChildren)
            tip += u" "_s + tr("(%1 with sub-codes)").arg(total);
        return tip;
    }
    case CodeIdRole:
        return static_cast<qlonglong>(code->id);
    case CodePathRole:
        return QString::fromStdString(m_tree.path(code->id));
    case ColorRole:
        return CodeColors::color(m_tree, code->id);
    case CodingCountRole:
        return static_cast<qlonglong>(own);
    case TotalCodingCountRole:
        return static_cast<qlonglong>(total);
    case DescriptionRole:
        return code->description ? QString::fromStdString(*code->description) : QString();
    default:
        return {};
    }
}

QVariant CodebookModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && section == CodingsColumn)
        return (Qt::AlignRight | Qt::AlignVCenter).toInt();
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Code");
    case CodingsColumn:
        return tr("Codings");
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
    QByteArray encoded;
    for (core::Id id : std::as_const(ids)) {
        if (!encoded.isEmpty())
            encoded += ',';
        encoded += QByteArray::number(id);
    }
    auto *data = new QMimeData;
    data->setData(mimeType(), encoded);
    data->setText(paths.join(u'\n'));
    return data;
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
