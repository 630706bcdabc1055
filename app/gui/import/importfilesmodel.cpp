// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/import/importfilesmodel.h"

#include "app/gui/models/documentkindnames.h"

#include <QColor>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QLocale>
#include <QPalette>

#include <algorithm>
#include <map>
#include <tuple>

using namespace Qt::StringLiterals;

namespace weft::app {

namespace {

std::string nativePath(const QString &path)
{
    return QFile::encodeName(path).toStdString();
}

QString counted(int n, const QString &one, const QString &many)
{
    return (n == 1 ? one : many).arg(QLocale().toString(n));
}

} // namespace

ImportFilesModel::ImportFilesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int ImportFilesModel::addPaths(const QStringList &paths)
{
    std::vector<std::string> given;
    for (const QString &path : paths)
        given.push_back(nativePath(QFileInfo(path).absoluteFilePath()));
    QStringList files;
    for (const std::string &file : services::expandImportPaths(given)) {
        const QString path = QFile::decodeName(QByteArray::fromStdString(file));
        const bool listed = std::any_of(m_rows.begin(), m_rows.end(),
                [&](const Row &row) { return row.path == path; });
        if (!listed && !files.contains(path))
            files.append(path);
    }
    if (files.isEmpty())
        return 0;
    if (m_finished) {
        // A new batch after an import: start from a clean list.
        clear();
    }
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(files.size()) - 1);
    for (const QString &path : std::as_const(files))
        m_rows.push_back(Row{.path = path});
    endInsertRows();
    for (int row = first; row < static_cast<int>(m_rows.size()); ++row)
        requestPreview(row);
    return static_cast<int>(files.size());
}

void ImportFilesModel::removeFiles(QList<int> rows)
{
    std::sort(rows.begin(), rows.end(), std::greater<>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (int row : std::as_const(rows)) {
        if (row < 0 || row >= rowCount())
            continue;
        beginRemoveRows({}, row, row);
        m_rows.erase(m_rows.begin() + row);
        endRemoveRows();
    }
}

void ImportFilesModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_finished = false;
    endResetModel();
}

void ImportFilesModel::requestPreview(int row)
{
    Row &r = m_rows[static_cast<std::size_t>(row)];
    r.ticket = m_nextTicket++;
    r.state = State::Reading;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    Q_EMIT previewRequested(r.ticket, r.path, r.kind ? static_cast<int>(*r.kind) : -1);
}

void ImportFilesModel::setPreview(int ticket, const FilePreview &preview)
{
    for (std::size_t row = 0; row < m_rows.size(); ++row) {
        Row &r = m_rows[row];
        if (r.ticket != ticket || r.state != State::Reading)
            continue;
        r.preview = preview;
        r.state = preview.ok ? State::Ready : State::Unreadable;
        r.included = preview.ok && r.included;
        const int at = static_cast<int>(row);
        Q_EMIT dataChanged(index(at, 0), index(at, ColumnCount - 1));
        return;
    }
}

bool ImportFilesModel::isPreviewing() const
{
    return std::any_of(m_rows.begin(), m_rows.end(),
            [](const Row &row) { return row.state == State::Reading; });
}

std::vector<services::ImportRequest> ImportFilesModel::requests(std::size_t *files) const
{
    // Rows with the same choices share a request, so a folder imports as one batch.
    std::map<std::tuple<int, std::string>, services::ImportRequest> groups;
    std::vector<std::tuple<int, std::string>> order;
    std::size_t count = 0;
    for (const Row &row : m_rows) {
        if (!row.included || row.state != State::Ready)
            continue;
        const int kind = row.kind ? static_cast<int>(*row.kind) : -1;
        const std::string participant
                = row.participant ? row.participant->trimmed().toStdString() : std::string();
        const auto key = std::make_tuple(kind, participant);
        auto [it, inserted] = groups.try_emplace(key);
        if (inserted) {
            order.push_back(key);
            it->second.kind = row.kind;
            it->second.participant = participant;
        }
        it->second.paths.push_back(nativePath(row.path));
        ++count;
    }
    if (files)
        *files = count;
    std::vector<services::ImportRequest> out;
    for (const auto &key : order)
        out.push_back(std::move(groups[key]));
    return out;
}

void ImportFilesModel::setResults(const std::vector<services::ImportedFile> &files, bool cancelled)
{
    for (Row &row : m_rows) {
        if (!row.included || row.state != State::Ready)
            continue;
        const std::string path = nativePath(row.path);
        bool seen = false;
        QStringList messages;
        for (const services::ImportedFile &file : files) {
            if (file.path != path)
                continue;
            seen = true;
            switch (file.status) {
            case services::ImportedFile::Status::Imported:
                ++row.imported;
                break;
            case services::ImportedFile::Status::Skipped:
                ++row.skipped;
                messages.append(QString::fromStdString(file.message));
                break;
            case services::ImportedFile::Status::Failed:
                row.state = State::Failed;
                messages.append(QString::fromStdString(file.message));
                break;
            }
        }
        row.message = messages.join(u"\n"_s);
        if (!seen)
            row.state = State::NotImported;
        else if (row.state != State::Failed)
            row.state = row.imported > 0 ? State::Imported : State::Skipped;
        if (!seen && !cancelled)
            row.message = tr("The import stopped before this file.");
    }
    m_finished = true;
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

ImportFilesModel::Summary ImportFilesModel::summary() const
{
    Summary summary;
    for (const Row &row : m_rows) {
        summary.imported += row.imported;
        summary.skipped += row.skipped;
        summary.failed += row.state == State::Failed;
        summary.notImported += row.state == State::NotImported;
    }
    return summary;
}

int ImportFilesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ImportFilesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

core::DocumentKind ImportFilesModel::kindOf(const Row &row) const
{
    return row.kind.value_or(row.preview.kind);
}

bool ImportFilesModel::editable(const Row &row) const
{
    // While a file is read again after a kind change, its earlier preview still holds.
    const bool readable = row.state == State::Ready || (row.state == State::Reading && row.preview.ok);
    return !m_finished && readable && !row.preview.table;
}

QString ImportFilesModel::participantText(const Row &row) const
{
    if (row.participant && !row.participant->trimmed().isEmpty())
        return row.participant->trimmed();
    const QStringList &found = row.preview.participants;
    if (found.size() <= 3)
        return found.join(u", "_s);
    return tr("%1, %2 … (%3)").arg(found[0], found[1]).arg(found.size());
}

QString ImportFilesModel::structureText(const Row &row) const
{
    const FilePreview &p = row.preview;
    QStringList parts;
    if (p.table)
        parts.append(counted(p.documents, tr("%1 form"), tr("%1 forms")));
    if (p.turns > 0)
        parts.append(counted(p.turns, tr("%1 turn"), tr("%1 turns")));
    if (p.entries > 0)
        parts.append(counted(p.entries, tr("%1 entry"), tr("%1 entries")));
    if (p.sections > 0)
        parts.append(counted(p.sections, tr("%1 answer"), tr("%1 answers")));
    if (parts.isEmpty())
        return tr("plain text");
    return parts.join(u", "_s);
}

QString ImportFilesModel::statusText(const Row &row) const
{
    switch (row.state) {
    case State::Reading:
        return tr("Reading…");
    case State::Ready:
        return row.included ? tr("Ready") : tr("Left out");
    case State::Unreadable:
        return row.preview.error;
    case State::Imported:
        if (row.skipped > 0)
            return tr("Imported %1, %2 already in the project").arg(row.imported).arg(row.skipped);
        return row.imported == 1 ? tr("Imported")
                                 : tr("Imported %1 documents").arg(row.imported);
    case State::Skipped:
        return tr("Skipped: %1").arg(row.message);
    case State::Failed:
        return row.message;
    case State::NotImported:
        return row.message.isEmpty() ? tr("Not imported (cancelled)") : row.message;
    }
    return {};
}

QVariant ImportFilesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows[static_cast<std::size_t>(index.row())];
    const bool known = row.state != State::Reading && row.state != State::Unreadable;
    switch (role) {
    case PathRole:
        return row.path;
    case KindRole:
        return static_cast<int>(kindOf(row));
    case StateRole:
        return static_cast<int>(row.state);
    case DocumentsRole:
        return row.preview.documents;
    case TurnsRole:
        return row.preview.turns;
    case EntriesRole:
        return row.preview.entries;
    case SectionsRole:
        return row.preview.sections;
    default:
        break;
    }
    switch (index.column()) {
    case FileColumn:
        if (role == Qt::DisplayRole)
            return QFileInfo(row.path).fileName();
        if (role == Qt::ToolTipRole)
            return row.path;
        if (role == Qt::CheckStateRole && !m_finished)
            return row.included && row.state == State::Ready ? Qt::Checked : Qt::Unchecked;
        return {};
    case KindColumn:
        if ((role == Qt::DisplayRole && known) || role == Qt::EditRole)
            return role == Qt::EditRole ? QVariant(static_cast<int>(kindOf(row)))
                                        : QVariant(documentKindName(kindOf(row)));
        if (role == Qt::FontRole && row.kind) {
            QFont font;
            font.setItalic(true); // the user's choice, not what was detected
            return font;
        }
        return {};
    case ParticipantColumn:
        if (role == Qt::DisplayRole && known)
            return participantText(row);
        if (role == Qt::EditRole)
            return participantText(row);
        if (role == Qt::ToolTipRole && editable(row))
            return tr("The participant every document of this file belongs to. Leave empty "
                      "to use the one found in the file.");
        return {};
    case EncodingColumn:
        if (role == Qt::DisplayRole && known)
            return row.preview.encoding;
        return {};
    case StructureColumn:
        if (role == Qt::DisplayRole && known)
            return structureText(row);
        return {};
    case StatusColumn:
        if (role == Qt::DisplayRole)
            return statusText(row).section(u'\n', 0, 0);
        if (role == Qt::ToolTipRole)
            return statusText(row);
        if (role == Qt::ForegroundRole
                && (row.state == State::Unreadable || row.state == State::Failed))
            return QColor(0xb0, 0x2a, 0x2a);
        if (role == Qt::ForegroundRole && row.state == State::Reading)
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    default:
        return {};
    }
}

bool ImportFilesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    Row &row = m_rows[static_cast<std::size_t>(index.row())];
    if (index.column() == FileColumn && role == Qt::CheckStateRole) {
        if (m_finished || row.state != State::Ready)
            return false;
        row.included = value.value<Qt::CheckState>() == Qt::Checked;
        Q_EMIT dataChanged(index, index.siblingAtColumn(StatusColumn));
        return true;
    }
    if (role != Qt::EditRole || !editable(row))
        return false;
    if (index.column() == KindColumn) {
        bool ok = false;
        const int kind = value.toInt(&ok);
        if (!ok || kind < 0 || kind >= static_cast<int>(core::allDocumentKinds.size()))
            return false;
        const auto chosen = static_cast<core::DocumentKind>(kind);
        if (chosen == kindOf(row))
            return true;
        row.kind = chosen;
        // The kind decides which structure is looked for: read the file again.
        requestPreview(index.row());
        return true;
    }
    if (index.column() == ParticipantColumn) {
        const QString text = value.toString().trimmed();
        if (text.isEmpty())
            row.participant.reset();
        else
            row.participant = text;
        Q_EMIT dataChanged(index, index);
        return true;
    }
    return false;
}

QVariant ImportFilesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FileColumn:
        return tr("File");
    case KindColumn:
        return tr("Kind");
    case ParticipantColumn:
        return tr("Participant");
    case EncodingColumn:
        return tr("Encoding");
    case StructureColumn:
        return tr("Structure");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

Qt::ItemFlags ImportFilesModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    const Row &row = m_rows[static_cast<std::size_t>(index.row())];
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == FileColumn && !m_finished && row.state == State::Ready)
        flags |= Qt::ItemIsUserCheckable;
    if ((index.column() == KindColumn || index.column() == ParticipantColumn) && editable(row))
        flags |= Qt::ItemIsEditable;
    return flags;
}

} // namespace weft::app
