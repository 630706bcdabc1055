// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/models/codebookmodel.h"

#include "app/gui/models/codecolors.h"
#include "app/gui/session/projectobserveradapter.h"
#include "storage/project.h"

#include <QFont>
#include <QLocale>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace weft::app {

CodebookModel::CodebookModel(QObject *parent)
    : QAbstractItemModel(parent)
{
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
}

void CodebookModel::onProjectChanged(const QList<storage::ChangeEvent> &events)
{
    using storage::EntityType;
    if (touches(events, {EntityType::Code, EntityType::Coding, EntityType::Document}))
        reload();
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
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

} // namespace weft::app
