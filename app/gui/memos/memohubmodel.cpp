// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/memos/memohubmodel.h"

#include "app/gui/models/codebookmodel.h"
#include "app/gui/session/projectobserveradapter.h"
#include "app/gui/session/projectsession.h"
#include "storage/project.h"

#include <QLocale>

#include <algorithm>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace weft::app {

namespace {
constexpr int kTextPreview = 140; // characters of the memo in its column
constexpr int kToolTipLength = 800;

// The body; the title (often just what the memo is about, which the row shows anyway) only
// when the body is empty. Both are in the tool tip.
QString preview(const core::Memo &memo)
{
    QString text = QString::fromStdString(memo.body).simplified();
    if (text.isEmpty())
        text = QString::fromStdString(memo.title).simplified();
    if (text.size() > kTextPreview)
        text = text.left(kTextPreview - 1) + u"…"_s;
    return text;
}
} // namespace

MemoHubModel::MemoHubModel(ProjectSession *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    connect(m_session, &ProjectSession::opened, this, &MemoHubModel::reload);
    connect(m_session, &ProjectSession::closed, this, &MemoHubModel::reload);
    connect(m_session, &ProjectSession::changed, this, &MemoHubModel::onProjectChanged);
    if (m_session->isOpen())
        reload();
}

QString MemoHubModel::kindName(core::MemoTarget target)
{
    switch (target) {
    case core::MemoTarget::Project:
        return tr("Project");
    case core::MemoTarget::Document:
        return tr("Document");
    case core::MemoTarget::Code:
        return tr("Code");
    case core::MemoTarget::Coding:
        return tr("Coding");
    case core::MemoTarget::Theme:
        return tr("Theme");
    case core::MemoTarget::Participant:
        return tr("Participant");
    }
    return {};
}

void MemoHubModel::reload()
{
    beginResetModel();
    m_entries = load();
    endResetModel();
}

void MemoHubModel::onProjectChanged(const QList<storage::ChangeEvent> &events)
{
    using storage::EntityType;
    // Memos, and everything whose name a memo's row shows.
    if (touches(events, {EntityType::Memo, EntityType::Project, EntityType::Document,
                EntityType::Code, EntityType::Coding, EntityType::Theme, EntityType::Participant,
                EntityType::Coder}))
        refresh();
}

void MemoHubModel::refresh()
{
    std::vector<Entry> fresh = load();
    const bool sameRows = fresh.size() == m_entries.size()
            && std::equal(fresh.begin(), fresh.end(), m_entries.begin(),
                    [](const Entry &a, const Entry &b) { return a.memo.uuid == b.memo.uuid; });
    if (!sameRows) {
        beginResetModel();
        m_entries = std::move(fresh);
        endResetModel();
        return;
    }
    m_entries = std::move(fresh);
    if (!m_entries.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

std::vector<MemoHubModel::Entry> MemoHubModel::load() const
{
    std::vector<Entry> out;
    storage::Project *project = m_session->project();
    if (!project)
        return out;
    auto memos = project->memos().all();
    auto coders = project->history().coderNames();
    auto documents = project->documents().all();
    auto participants = project->participants().all();
    auto title = project->title();
    if (!memos.ok() || !coders.ok() || !documents.ok() || !participants.ok()) {
        qWarning("Weft: could not list the memos: %s",
                (!memos.ok() ? memos.error() : !coders.ok() ? coders.error()
                                : !documents.ok() ? documents.error()
                                                  : participants.error())
                        .message.c_str());
        return out;
    }
    std::unordered_map<std::string, const core::Document *> documentByUuid;
    std::unordered_map<core::Id, const core::Document *> documentById;
    for (const core::Document &document : *documents) {
        documentByUuid[document.uuid] = &document;
        documentById[document.id] = &document;
    }
    std::unordered_map<std::string, const core::Participant *> participantByUuid;
    for (const core::Participant &participant : *participants)
        participantByUuid[participant.uuid] = &participant;
    const core::CodeTree &codebook = m_session->codebookModel()->tree();
    std::unordered_map<std::string, core::Id> codeByUuid;
    for (const core::Code &code : codebook.codes())
        codeByUuid[code.uuid] = code.id;
    const QString gone = tr("(no longer in the project)");

    out.reserve(memos->size());
    for (const core::Memo &memo : *memos) {
        Entry entry;
        entry.memo = memo;
        const auto author = coders->find(memo.authorId);
        entry.author = author == coders->end() ? QString() : QString::fromStdString(author->second);
        entry.updated = QDateTime::fromString(
                QString::fromStdString(memo.updatedAt.empty() ? memo.createdAt : memo.updatedAt),
                Qt::ISODateWithMs);
        entry.subject = gone;
        switch (memo.target) {
        case core::MemoTarget::Project:
            entry.subject = title.ok() ? QString::fromStdString(*title) : tr("This project");
            break;
        case core::MemoTarget::Document:
            if (auto it = documentByUuid.find(memo.targetUuid); it != documentByUuid.end()) {
                entry.subject = QString::fromStdString(it->second->name);
                entry.targetId = it->second->id;
            }
            break;
        case core::MemoTarget::Code:
            if (auto it = codeByUuid.find(memo.targetUuid); it != codeByUuid.end()) {
                entry.subject = QString::fromStdString(codebook.path(it->second));
                entry.targetId = it->second;
            }
            break;
        case core::MemoTarget::Coding:
            if (auto coding = project->codings().get(memo.targetUuid); coding.ok()) {
                const auto document = documentById.find(coding->documentId);
                entry.subject = tr("%1 in %2")
                                        .arg(QString::fromStdString(codebook.path(coding->codeId)),
                                                document == documentById.end()
                                                        ? gone
                                                        : QString::fromStdString(document->second->name));
                entry.targetId = coding->documentId;
                entry.start = coding->start;
                entry.end = coding->end;
            }
            break;
        case core::MemoTarget::Theme:
            if (auto theme = project->themes().byUuid(memo.targetUuid); theme.ok()) {
                entry.subject = QString::fromStdString(theme->name);
                entry.targetId = theme->id;
            }
            break;
        case core::MemoTarget::Participant:
            if (auto it = participantByUuid.find(memo.targetUuid); it != participantByUuid.end()) {
                entry.subject = QString::fromStdString(it->second->label);
                if (!it->second->name.empty())
                    entry.subject += u" ("_s + QString::fromStdString(it->second->name) + u")"_s;
                entry.targetId = it->second->id;
            }
            break;
        }
        out.push_back(std::move(entry));
    }
    // Newest first: what was written last is what one looks for first.
    std::stable_sort(out.begin(), out.end(),
            [](const Entry &a, const Entry &b) { return a.updated > b.updated; });
    return out;
}

const MemoHubModel::Entry *MemoHubModel::entry(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return nullptr;
    return &m_entries[static_cast<std::size_t>(index.row())];
}

int MemoHubModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int MemoHubModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MemoHubModel::data(const QModelIndex &index, int role) const
{
    const Entry *row = entry(index);
    if (!row)
        return {};
    const core::Memo &memo = row->memo;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SubjectColumn:
            return row->subject;
        case KindColumn:
            return kindName(memo.target);
        case AuthorColumn:
            return row->author;
        case DateColumn:
            return QLocale().toString(row->updated.toLocalTime().date(), QLocale::ShortFormat);
        case TextColumn:
            return preview(memo);
        default:
            return {};
        }
    case Qt::ToolTipRole: {
        QString body = QString::fromStdString(memo.body);
        if (body.size() > kToolTipLength)
            body = body.left(kToolTipLength) + u"…"_s;
        const QString when = QLocale().toString(row->updated.toLocalTime(), QLocale::LongFormat);
        QString tip = u"<b>%1</b> (%2)<br>%3, %4<hr>"_s.arg(row->subject.toHtmlEscaped(),
                kindName(memo.target), row->author.toHtmlEscaped(), when);
        if (!memo.title.empty())
            tip += u"<b>%1</b><br>"_s.arg(QString::fromStdString(memo.title).toHtmlEscaped());
        return tip + body.toHtmlEscaped().replace(u'\n', u"<br>"_s);
    }
    case SortRole:
        switch (index.column()) {
        case DateColumn:
            return row->updated;
        case TextColumn:
            return preview(memo);
        default:
            return data(index, Qt::DisplayRole);
        }
    case SearchTextRole:
        if (index.column() != SubjectColumn)
            return {};
        return QStringList{row->subject, kindName(memo.target), row->author,
                QString::fromStdString(memo.title), QString::fromStdString(memo.body)}
                .join(u'\n');
    case MemoUuidRole:
        return QString::fromStdString(memo.uuid);
    case TargetKindRole:
        return static_cast<int>(memo.target);
    case TargetUuidRole:
        return QString::fromStdString(memo.targetUuid);
    case TargetIdRole:
        return static_cast<qlonglong>(row->targetId);
    case CodingStartRole:
        return static_cast<qlonglong>(row->start);
    case CodingEndRole:
        return static_cast<qlonglong>(row->end);
    default:
        return {};
    }
}

QVariant MemoHubModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SubjectColumn:
        return tr("About");
    case KindColumn:
        return tr("Kind");
    case AuthorColumn:
        return tr("Author");
    case DateColumn:
        return tr("Changed");
    case TextColumn:
        return tr("Memo");
    default:
        return {};
    }
}

} // namespace weft::app
