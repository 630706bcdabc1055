// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/models/participanttablemodel.h"

#include "app/gui/session/projectobserveradapter.h"
#include "storage/project.h"

#include <QCollator>
#include <QDate>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace weft::app {

ParticipantTableModel::ParticipantTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ParticipantTableModel::setProject(storage::Project *project)
{
    m_project = project;
    reload();
}

void ParticipantTableModel::reload()
{
    beginResetModel();
    load();
    endResetModel();
}

void ParticipantTableModel::onProjectChanged(const QList<storage::ChangeEvent> &events)
{
    using storage::EntityType;
    if (touches(events, {EntityType::Participant, EntityType::Attribute, EntityType::Document,
                                EntityType::Segment}))
        reload();
}

void ParticipantTableModel::load()
{
    m_rows.clear();
    m_attributes.clear();
    if (!m_project)
        return;
    auto participants = m_project->participants().all();
    auto definitions = m_project->attributes().definitions(core::AttributeScope::Participant);
    if (!participants.ok() || !definitions.ok()) {
        qWarning("Weft: could not read the participants: %s",
                (participants.ok() ? definitions.error() : participants.error()).message.c_str());
        return;
    }
    m_attributes = std::move(*definitions);
    const auto documentCounts = m_project->documents().documentCountsByParticipant();
    for (core::Participant &participant : *participants) {
        Row row;
        if (documentCounts.ok()) {
            const auto it = documentCounts->find(participant.id);
            row.documents = it == documentCounts->end() ? 0 : static_cast<int>(it->second);
        }
        if (auto values = m_project->attributes().values(
                    core::AttributeScope::Participant, participant.id);
                values.ok()) {
            for (storage::AttributeValue &value : *values)
                row.values.emplace(std::move(value.name), std::move(value.value));
        }
        row.participant = std::move(participant);
        m_rows.push_back(std::move(row));
    }
    QCollator collator;
    collator.setNumericMode(true);
    std::stable_sort(m_rows.begin(), m_rows.end(), [&](const Row &a, const Row &b) {
        return collator.compare(QString::fromStdString(a.participant.label),
                       QString::fromStdString(b.participant.label))
                < 0;
    });
}

QString ParticipantTableModel::value(core::Id participantId, const QString &attribute) const
{
    for (const Row &row : m_rows) {
        if (row.participant.id != participantId)
            continue;
        auto it = row.values.find(attribute.toStdString());
        return it == row.values.end() ? QString() : QString::fromStdString(it->second);
    }
    return {};
}

std::optional<core::Id> ParticipantTableModel::participantId(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return std::nullopt;
    return m_rows[static_cast<std::size_t>(index.row())].participant.id;
}

QModelIndex ParticipantTableModel::indexOfParticipant(core::Id participantId) const
{
    for (std::size_t row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].participant.id == participantId)
            return index(static_cast<int>(row), LabelColumn);
    }
    return {};
}

int ParticipantTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ParticipantTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstAttributeColumn + static_cast<int>(m_attributes.size());
}

QVariant ParticipantTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows[static_cast<std::size_t>(index.row())];
    if (role == ParticipantIdRole)
        return static_cast<qlonglong>(row.participant.id);
    if (role == Qt::ToolTipRole) {
        // The whole case at a glance, for a panel too narrow to show every column.
        QStringList lines{QString::fromStdString(row.participant.label)};
        for (std::size_t a = 0; a < m_attributes.size(); ++a) {
            const QVariant value = attributeData(row, m_attributes[a], Qt::DisplayRole);
            if (value.isValid())
                lines.append(u"%1: %2"_s.arg(QString::fromStdString(m_attributes[a].name), value.toString()));
        }
        lines.append(row.documents == 1 ? tr("in 1 document") : tr("in %1 documents").arg(row.documents));
        return lines.join(u"\n"_s);
    }
    switch (index.column()) {
    case LabelColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return QString::fromStdString(row.participant.label);
        return {};
    case NameColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return QString::fromStdString(row.participant.name);
        return {};
    case DocumentsColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return row.documents;
        if (role == Qt::TextAlignmentRole)
            return (Qt::AlignRight | Qt::AlignVCenter).toInt();
        return {};
    default:
        return attributeData(
                row, m_attributes[static_cast<std::size_t>(index.column() - FirstAttributeColumn)],
                role);
    }
}

QVariant ParticipantTableModel::attributeData(
        const Row &row, const core::AttributeDefinition &attribute, int role) const
{
    auto it = row.values.find(attribute.name);
    if (role == Qt::TextAlignmentRole && attribute.type == core::AttributeType::Number)
        return (Qt::AlignRight | Qt::AlignVCenter).toInt();
    if (it == row.values.end())
        return {};
    const QString text = QString::fromStdString(it->second);
    switch (attribute.type) {
    case core::AttributeType::Number:
        if (role == SortRole)
            return text.toDouble();
        break;
    case core::AttributeType::Date: {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (role == SortRole)
            return date;
        if (role == Qt::DisplayRole && date.isValid())
            return QLocale().toString(date, QLocale::ShortFormat);
        break;
    }
    case core::AttributeType::Boolean:
        if (role == SortRole)
            return text == u"true"_s;
        if (role == Qt::DisplayRole)
            return text == u"true"_s ? tr("Yes") : tr("No");
        break;
    case core::AttributeType::Text:
        break;
    }
    if (role == Qt::DisplayRole || role == SortRole)
        return text;
    return {};
}

QVariant ParticipantTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return {};
    if (section >= FirstAttributeColumn) {
        const auto &attribute = m_attributes[static_cast<std::size_t>(section - FirstAttributeColumn)];
        if (role == Qt::DisplayRole || role == AttributeNameRole)
            return QString::fromStdString(attribute.name);
        if (role == Qt::ToolTipRole)
            return tr("Participant attribute (%1)")
                    .arg(QString::fromStdString(std::string(core::toString(attribute.type))));
        return {};
    }
    if (role == Qt::ToolTipRole && section == DocumentsColumn)
        return tr("Documents the participant is linked to or speaks in");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LabelColumn:
        return tr("Participant");
    case NameColumn:
        return tr("Name");
    case DocumentsColumn:
        return tr("Docs");
    default:
        return {};
    }
}

} // namespace weft::app
