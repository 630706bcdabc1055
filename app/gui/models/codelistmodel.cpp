// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/models/codelistmodel.h"

#include "app/gui/models/codebookmodel.h"
#include "app/gui/models/codecolors.h"

namespace weft::app {

CodeListModel::CodeListModel(CodebookModel *codebook, QObject *parent)
    : QAbstractListModel(parent)
    , m_codebook(codebook)
{
    connect(m_codebook, &CodebookModel::refreshed, this, &CodeListModel::rebuild);
    rebuild();
}

void CodeListModel::rebuild()
{
    const core::CodeTree &tree = m_codebook->tree();
    std::vector<Entry> entries;
    entries.reserve(tree.codes().size());
    std::vector<core::Id> stack(tree.children(0).rbegin(), tree.children(0).rend());
    while (!stack.empty()) {
        const core::Id id = stack.back();
        stack.pop_back();
        const core::Code *code = tree.find(id);
        if (!code)
            continue;
        entries.push_back({id, QString::fromStdString(code->name),
                QString::fromStdString(tree.path(id)), CodeColors::color(tree, id)});
        const auto &children = tree.children(id);
        stack.insert(stack.end(), children.rbegin(), children.rend());
    }
    // Renames and recolours keep the list's length: update in place so a filter keeps its place.
    if (entries.size() == m_entries.size()) {
        m_entries = std::move(entries);
        if (!m_entries.empty())
            Q_EMIT dataChanged(index(0), index(rowCount() - 1));
        return;
    }
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int CodeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

QVariant CodeListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Entry &entry = m_entries[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case PathRole:
        return entry.path;
    case Qt::DecorationRole:
        return CodeColors::swatch(entry.color);
    case NameRole:
        return entry.name;
    case CodeIdRole:
        return static_cast<qlonglong>(entry.id);
    default:
        return {};
    }
}

} // namespace weft::app
