// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/models/excerptlistmodel.h"

#include "app/gui/models/codecolors.h"
#include "app/gui/models/documentkindnames.h"
#include "app/gui/models/documentpassages.h"
#include "app/gui/session/projectobserveradapter.h"
#include "app/services/excerpts.h"
#include "storage/project.h"

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace weft::app {

ExcerptListModel::ExcerptListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ExcerptListModel::setProject(storage::Project *project)
{
    m_project = project;
    m_code.reset();
    reload();
}

void ExcerptListModel::setCode(std::optional<core::Id> codeId, bool withSubcodes)
{
    if (codeId == m_code && withSubcodes == m_withSubcodes)
        return;
    m_code = codeId;
    m_withSubcodes = withSubcodes;
    reload();
}

void ExcerptListModel::reload()
{
    beginResetModel();
    load();
    endResetModel();
}

void ExcerptListModel::onProjectChanged(const QList<storage::ChangeEvent> &events)
{
    using storage::EntityType;
    if (!m_code)
        return;
    if (touches(events, {EntityType::Code, EntityType::Coding, EntityType::Document,
                                EntityType::Participant, EntityType::Segment}))
        reload();
}

void ExcerptListModel::load()
{
    m_rows.clear();
    if (!m_project || !m_code)
        return;
    auto code = m_project->codes().get(*m_code);
    if (!code.ok()) {
        m_code.reset(); // deleted or merged away
        return;
    }
    services::ExcerptQuery query;
    query.code = code->uuid;
    query.withSubcodes = m_withSubcodes;
    auto excerpts = services::findExcerpts(*m_project, query);
    if (!excerpts.ok()) {
        qWarning("Weft: could not read the excerpts: %s", excerpts.error().message.c_str());
        return;
    }
    const auto tree = m_project->codes().tree();
    // The surrounding sentences need each document's text once more, once per document.
    DocumentPassages passages;
    m_rows.reserve(excerpts->size());
    for (const services::Excerpt &excerpt : *excerpts) {
        if (excerpt.coding.documentId != passages.documentId())
            passages = DocumentPassages(*m_project, excerpt.coding.documentId);
        Row row;
        row.documentId = excerpt.coding.documentId;
        row.document = QString::fromStdString(excerpt.document);
        row.kind = excerpt.kind;
        row.participant = QString::fromStdString(excerpt.participant.value_or(std::string()));
        row.codePath = QString::fromStdString(excerpt.codePath);
        row.codingUuid = QString::fromStdString(excerpt.coding.uuid);
        row.start = excerpt.coding.start;
        row.end = excerpt.coding.end;
        row.coded = QString::fromStdString(excerpt.text);
        const DocumentPassages::Passage passage = passages.passage(excerpt.coding.start, excerpt.coding.end);
        row.context = passage.context;
        row.codedStart = passage.codedStart;
        row.codedLength = static_cast<int>(row.coded.size());
        row.position = passage.position;
        row.color = tree.ok() ? CodeColors::color(*tree, excerpt.coding.codeId)
                              : CodeColors::paletteColor(excerpt.coding.codeId);
        m_rows.push_back(std::move(row));
    }
}

int ExcerptListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ExcerptListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExcerptListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case DocumentIdRole:
        return static_cast<qlonglong>(row.documentId);
    case StartRole:
        return static_cast<qlonglong>(row.start);
    case EndRole:
        return static_cast<qlonglong>(row.end);
    case ParticipantRole:
        return row.participant;
    case KindRole:
        return static_cast<int>(row.kind);
    case CodingUuidRole:
        return row.codingUuid;
    case CodePathRole:
        return row.codePath;
    case CodedTextRole:
        return row.coded;
    case ContextRole:
        return row.context;
    case CodedStartRole:
        return row.codedStart;
    case CodedLengthRole:
        return row.codedLength;
    case ColorRole:
        return row.color;
    case Qt::ToolTipRole:
        return tr("%1\n— %2, %3, %4 (%5)")
                .arg(row.coded, row.participant.isEmpty() ? row.document : row.participant,
                        documentKindName(row.kind).toLower(), row.position, row.codePath);
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case ExcerptColumn:
        return row.context;
    case ParticipantColumn:
        return row.participant;
    case KindColumn:
        return documentKindName(row.kind);
    case DocumentColumn:
        return row.document;
    case PositionColumn:
        return row.position;
    default:
        return {};
    }
}

QVariant ExcerptListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ExcerptColumn:
        return tr("Excerpt");
    case ParticipantColumn:
        return tr("Participant");
    case KindColumn:
        return tr("Source");
    case DocumentColumn:
        return tr("Document");
    case PositionColumn:
        return tr("Where");
    default:
        return {};
    }
}

} // namespace weft::app
