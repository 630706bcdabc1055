// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/models/themetreemodel.h"

#include "app/gui/commands/editthemecommand.h"
#include "app/gui/commands/linkcodescommand.h"
#include "app/gui/commands/movethemecommand.h"
#include "app/gui/commands/themefromcodescommand.h"
#include "app/gui/models/codebookmodel.h"
#include "app/gui/models/mimeids.h"
#include "app/gui/models/themetexts.h"
#include "app/gui/session/projectobserveradapter.h"
#include "app/gui/session/projectsession.h"
#include "storage/project.h"

#include <QDateTime>
#include <QFont>
#include <QLocale>
#include <QMimeData>
#include <QPalette>

#include <algorithm>
#include <set>

using namespace Qt::StringLiterals;

namespace weft::app {

namespace {

QDateTime reviewTime(const services::ThemeSummary &summary)
{
    if (!summary.lastReview)
        return {};
    return QDateTime::fromString(QString::fromStdString(summary.lastReview->time), Qt::ISODate)
            .toLocalTime();
}

} // namespace

ThemeTreeModel::ThemeTreeModel(ProjectSession *session)
    : QAbstractItemModel(session)
    , m_session(session)
{
    m_evidenceTimer.setSingleShot(true);
    m_evidenceTimer.setInterval(kEvidenceDelayMs);
    connect(&m_evidenceTimer, &QTimer::timeout, this, &ThemeTreeModel::refresh);
    connect(m_session, &ProjectSession::opened, this, [this] {
        m_closing = false;
        reload();
    });
    // While closing the project still exists, but nothing may be shown from it any more.
    connect(m_session, &ProjectSession::aboutToClose, this, [this] {
        m_closing = true;
        reload();
    });
    connect(m_session, &ProjectSession::closed, this, [this] {
        m_closing = false;
        reload();
    });
    connect(m_session, &ProjectSession::changed, this, &ThemeTreeModel::onProjectChanged);
    if (m_session->isOpen())
        reload();
}

QString ThemeTreeModel::mimeType()
{
    return u"application/x-weft-theme-ids"_s;
}

QList<core::Id> ThemeTreeModel::themeIds(const QMimeData *data)
{
    return idsFromMime(data, mimeType());
}

void ThemeTreeModel::onProjectChanged(const QList<storage::ChangeEvent> &events)
{
    using storage::EntityType;
    if (touches(events, {EntityType::Theme, EntityType::Code})) {
        m_evidenceTimer.stop();
        refresh();
        return;
    }
    // Evidence follows codings and whose words they are. Reading it all again takes a moment
    // on a large study, so a run of codings is counted once, when it pauses.
    if (touches(events, {EntityType::Coding, EntityType::Document, EntityType::Segment,
                                EntityType::Participant}))
        m_evidenceTimer.start();
}

ThemeTreeModel::Snapshot ThemeTreeModel::read() const
{
    Snapshot snapshot;
    storage::Project *project = m_session->project();
    if (!project || m_closing)
        return snapshot;
    auto overview = services::analyseThemes(*project);
    if (!overview.ok()) {
        qWarning("Weft: could not read the themes: %s", overview.error().message.c_str());
        return snapshot;
    }
    const core::CodeTree &codes = m_session->codebookModel()->tree();
    for (services::ThemeSummary &summary : overview->themes) {
        const core::Id id = summary.theme.id;
        // Linked codes by path, ids and paths side by side.
        std::vector<std::pair<std::string, core::Id>> linked;
        for (core::Id code : summary.linkedCodes)
            linked.emplace_back(codes.path(code), code);
        std::sort(linked.begin(), linked.end());
        summary.linkedCodes.clear();
        summary.linkedCodePaths.clear();
        for (auto &[path, code] : linked) {
            summary.linkedCodes.push_back(code);
            summary.linkedCodePaths.push_back(std::move(path));
        }
        // The counts are what is shown; the excerpts themselves belong to the evidence view.
        snapshot.excerpts[id] = static_cast<std::int64_t>(summary.evidence.excerpts.size());
        summary.evidence.excerpts = {};
        snapshot.order.push_back(id);
        snapshot.children[summary.theme.parentId.value_or(0)].push_back(id);
        snapshot.themes.emplace(id, std::move(summary));
    }
    return snapshot;
}

void ThemeTreeModel::reload()
{
    m_evidenceTimer.stop();
    Snapshot snapshot = read();
    beginResetModel();
    m_themes = std::move(snapshot.themes);
    m_excerpts = std::move(snapshot.excerpts);
    m_order = std::move(snapshot.order);
    m_children = std::move(snapshot.children);
    m_parents.clear();
    for (const auto &[parent, children] : m_children) {
        for (core::Id child : children)
            m_parents[child] = parent;
    }
    endResetModel();
    Q_EMIT refreshed();
}

void ThemeTreeModel::refresh()
{
    m_evidenceTimer.stop();
    Snapshot snapshot = read();
    m_themes = std::move(snapshot.themes);
    m_excerpts = std::move(snapshot.excerpts);
    m_order = std::move(snapshot.order);
    if (!reshape(snapshot.children)) {
        beginResetModel();
        m_children = std::move(snapshot.children);
        m_parents.clear();
        for (const auto &[parent, children] : m_children) {
            for (core::Id child : children)
                m_parents[child] = parent;
        }
        endResetModel();
    } else {
        emitChangedRows({});
    }
    Q_EMIT refreshed();
}

bool ThemeTreeModel::reshape(const Children &target)
{
    // Removals first, each gone theme with its sub-themes as one block of rows.
    std::set<core::Id> gone;
    for (const auto &[id, parent] : m_parents) {
        if (!m_themes.count(id))
            gone.insert(id);
    }
    for (core::Id id : gone) {
        if (!m_parents.count(id) || gone.count(parentIdOf(id)))
            continue; // went with its parent already, or goes with it
        const core::Id parent = parentIdOf(id);
        const int row = rowOf(id);
        beginRemoveRows(indexOfTheme(parent), row, row);
        auto &siblings = m_children[parent];
        siblings.erase(siblings.begin() + row);
        removeSubtree(id);
        endRemoveRows();
    }
    // Then level by level from the top: each row is put in place by a move or an insertion.
    // Rows above the one being placed are final, so a move within a parent is always upwards.
    std::vector<core::Id> pending{0};
    while (!pending.empty()) {
        const core::Id parent = pending.back();
        pending.pop_back();
        const auto wanted = target.find(parent);
        if (wanted == target.end())
            continue;
        const std::vector<core::Id> &ids = wanted->second;
        for (std::size_t i = 0; i < ids.size(); ++i) {
            const core::Id id = ids[i];
            const int at = static_cast<int>(i);
            std::vector<core::Id> &have = m_children[parent];
            if (i < have.size() && have[i] == id)
                continue;
            if (m_parents.count(id)) {
                const core::Id from = parentIdOf(id);
                const int row = rowOf(id);
                if (!beginMoveRows(indexOfTheme(from), row, row, indexOfTheme(parent), at))
                    return false;
                auto &source = m_children[from];
                source.erase(source.begin() + row);
                auto &destination = m_children[parent];
                destination.insert(destination.begin() + at, id);
                m_parents[id] = parent;
                endMoveRows();
            } else {
                beginInsertRows(indexOfTheme(parent), at, at);
                have.insert(have.begin() + at, id);
                m_parents[id] = parent;
                endInsertRows();
            }
        }
        for (auto it = ids.rbegin(); it != ids.rend(); ++it)
            pending.push_back(*it);
    }
    // Anything left over means the steps above missed a case: the caller resets.
    for (auto it = m_children.begin(); it != m_children.end();) {
        if (it->second.empty())
            it = m_children.erase(it);
        else
            ++it;
    }
    return m_children == target;
}

void ThemeTreeModel::removeSubtree(core::Id themeId)
{
    m_parents.erase(themeId);
    const auto children = m_children.find(themeId);
    if (children == m_children.end())
        return;
    const std::vector<core::Id> below = std::move(children->second);
    m_children.erase(children);
    for (core::Id child : below)
        removeSubtree(child);
}

void ThemeTreeModel::emitChangedRows(const QModelIndex &parent)
{
    const int rows = rowCount(parent);
    if (rows == 0)
        return;
    Q_EMIT dataChanged(index(0, 0, parent), index(rows - 1, ColumnCount - 1, parent));
    for (int row = 0; row < rows; ++row) {
        const QModelIndex child = index(row, 0, parent);
        if (!childrenOf(idOf(child)).empty())
            emitChangedRows(child);
    }
}

const services::ThemeSummary *ThemeTreeModel::theme(core::Id themeId) const
{
    const auto it = m_themes.find(themeId);
    return it == m_themes.end() ? nullptr : &it->second;
}

const services::ThemeSummary *ThemeTreeModel::themeByUuid(const std::string &uuid) const
{
    for (const auto &[id, summary] : m_themes) {
        if (summary.theme.uuid == uuid)
            return &summary;
    }
    return nullptr;
}

std::int64_t ThemeTreeModel::excerptCount(core::Id themeId) const
{
    const auto it = m_excerpts.find(themeId);
    return it == m_excerpts.end() ? 0 : it->second;
}

int ThemeTreeModel::awaitingReviewCount() const
{
    return static_cast<int>(std::count_if(m_themes.begin(), m_themes.end(), [](const auto &entry) {
        return entry.second.theme.reviewState == core::ReviewState::Awaiting;
    }));
}

core::Id ThemeTreeModel::idOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<core::Id>(index.internalId()) : 0;
}

core::Id ThemeTreeModel::parentIdOf(core::Id themeId) const
{
    const auto it = m_parents.find(themeId);
    return it == m_parents.end() ? 0 : it->second;
}

int ThemeTreeModel::rowOf(core::Id themeId) const
{
    const std::vector<core::Id> &siblings = childrenOf(parentIdOf(themeId));
    const auto it = std::find(siblings.begin(), siblings.end(), themeId);
    return it == siblings.end() ? -1 : static_cast<int>(it - siblings.begin());
}

const std::vector<core::Id> &ThemeTreeModel::childrenOf(core::Id themeId) const
{
    static const std::vector<core::Id> none;
    const auto it = m_children.find(themeId);
    return it == m_children.end() ? none : it->second;
}

bool ThemeTreeModel::isInSubtree(core::Id candidate, core::Id root) const
{
    for (core::Id at = candidate; at != 0; at = parentIdOf(at)) {
        if (at == root)
            return true;
    }
    return false;
}

QModelIndex ThemeTreeModel::indexOfTheme(core::Id themeId) const
{
    if (themeId == 0 || !m_parents.count(themeId))
        return {};
    return createIndex(rowOf(themeId), NameColumn, static_cast<quintptr>(themeId));
}

QModelIndex ThemeTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const core::Id id = childrenOf(idOf(parent))[static_cast<std::size_t>(row)];
    return createIndex(row, column, static_cast<quintptr>(id));
}

QModelIndex ThemeTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOfTheme(parentIdOf(idOf(child)));
}

int ThemeTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != NameColumn)
        return 0;
    return static_cast<int>(childrenOf(idOf(parent)).size());
}

int ThemeTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ThemeTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const services::ThemeSummary *summary = theme(idOf(index));
    if (!summary)
        return {};
    const core::Theme &theme = summary->theme;
    const core::Evidence &evidence = summary->evidence;
    const std::int64_t excerpts = excerptCount(theme.id);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return QString::fromStdString(theme.name);
        case StatusColumn:
            return ThemeTexts::statusName(theme.status);
        case ReviewColumn:
            return ThemeTexts::reviewStateName(theme.reviewState);
        case EvidenceColumn:
            return u"%1 · %2 · %3"_s.arg(
                    QLocale().toString(static_cast<qlonglong>(excerpts)),
                    QLocale().toString(static_cast<qlonglong>(evidence.participants)),
                    QLocale().toString(static_cast<qlonglong>(evidence.documents)));
        default:
            return {};
        }
    case Qt::EditRole:
        if (index.column() == NameColumn)
            return QString::fromStdString(theme.name);
        return {};
    case Qt::DecorationRole:
        // The review state beside the status, for when the review column is hidden.
        if (index.column() == StatusColumn || index.column() == ReviewColumn)
            return ThemeTexts::reviewIcon(theme.reviewState);
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NameColumn: {
            QString tip = QString::fromStdString(summary->path);
            if (!theme.definition.empty())
                tip += u"\n"_s + QString::fromStdString(theme.definition);
            if (summary->linkedCodePaths.empty()) {
                tip += u"\n"_s + tr("No codes linked yet: drag codes from the codebook here.");
            } else {
                QStringList paths;
                for (const std::string &path : summary->linkedCodePaths)
                    paths.append(QString::fromStdString(path));
                tip += u"\n"_s + tr("Codes: %1").arg(paths.join(u", "_s));
            }
            return tip;
        }
        case StatusColumn:
        case ReviewColumn:
            return ThemeTexts::reviewText(*summary);
        case EvidenceColumn:
            return ThemeTexts::evidenceText(*summary, excerpts) + u"\n"_s
                    + tr("(sub-themes and sub-codes included)");
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (theme.status == core::ThemeStatus::Discarded
                || (index.column() == EvidenceColumn && excerpts == 0))
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::FontRole:
        if (theme.status == core::ThemeStatus::Discarded && index.column() == NameColumn) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == EvidenceColumn)
            return (Qt::AlignRight | Qt::AlignVCenter).toInt();
        return {};
    case ThemeIdRole:
        return static_cast<qlonglong>(theme.id);
    case ThemeUuidRole:
        return QString::fromStdString(theme.uuid);
    case ThemePathRole:
        return QString::fromStdString(summary->path);
    case DefinitionRole:
        return QString::fromStdString(theme.definition);
    case StatusRole:
        return QString::fromUtf8(core::toString(theme.status));
    case ReviewStateRole:
        return QString::fromUtf8(core::toString(theme.reviewState));
    case ReviewerRole:
        return summary->lastReview ? QString::fromStdString(summary->lastReview->reviewer)
                                   : QString();
    case ReviewTimeRole:
        return reviewTime(*summary);
    case ReviewCommentRole:
        return summary->lastReview ? QString::fromStdString(summary->lastReview->comment)
                                   : QString();
    case LinkedCodeIdsRole: {
        QVariantList ids;
        for (core::Id code : summary->linkedCodes)
            ids.append(static_cast<qlonglong>(code));
        return ids;
    }
    case LinkedCodePathsRole: {
        QStringList paths;
        for (const std::string &path : summary->linkedCodePaths)
            paths.append(QString::fromStdString(path));
        return paths;
    }
    case ExcerptCountRole:
        return static_cast<qlonglong>(excerpts);
    case ParticipantCountRole:
        return static_cast<qlonglong>(evidence.participants);
    case DocumentCountRole:
        return static_cast<qlonglong>(evidence.documents);
    default:
        return {};
    }
}

QVariant ThemeTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && section == EvidenceColumn)
        return (Qt::AlignRight | Qt::AlignVCenter).toInt();
    if (role == Qt::ToolTipRole && section == EvidenceColumn)
        return tr("Excerpts · participants · documents, sub-themes included");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Theme");
    case StatusColumn:
        return tr("Status");
    case ReviewColumn:
        return tr("Review");
    case EvidenceColumn:
        return tr("Evidence");
    default:
        return {};
    }
}

Qt::ItemFlags ThemeTreeModel::flags(const QModelIndex &index) const
{
    const bool editing = m_session->isOpen() && !m_closing;
    if (!index.isValid())
        return editing ? Qt::ItemIsDropEnabled : Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
    if (editing)
        flags |= Qt::ItemIsDropEnabled;
    if (editing && index.column() == NameColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool ThemeTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != NameColumn || !m_session->isOpen()
            || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const services::ThemeSummary *summary = theme(idOf(index));
    const QString name = value.toString().simplified();
    if (!summary || name.isEmpty())
        return false;
    if (name.toStdString() == summary->theme.name)
        return true;
    return m_session->execute(new EditThemeCommand(m_session, summary->theme.uuid,
            EditThemeCommand::Field::Name, name, QString::fromStdString(summary->theme.name)));
}

QStringList ThemeTreeModel::mimeTypes() const
{
    return {mimeType(), CodebookModel::mimeType()};
}

QMimeData *ThemeTreeModel::mimeData(const QModelIndexList &indexes) const
{
    QList<core::Id> ids;
    QStringList paths;
    for (const QModelIndex &index : indexes) {
        const core::Id id = idOf(index);
        if (id == 0 || ids.contains(id) || !theme(id))
            continue;
        ids.append(id);
        paths.append(QString::fromStdString(theme(id)->path));
    }
    if (ids.isEmpty())
        return nullptr;
    return idsToMime(mimeType(), ids, paths);
}

Qt::DropActions ThemeTreeModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions ThemeTreeModel::supportedDropActions() const
{
    // Codes arrive as whatever their view proposes (a move from the codebook): they are linked.
    return Qt::MoveAction | Qt::CopyAction | Qt::LinkAction;
}

bool ThemeTreeModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
        const QModelIndex &parent) const
{
    if (!m_session->isOpen() || m_closing || !data)
        return false;
    if (data->hasFormat(mimeType())) {
        const QList<core::Id> ids = themeIds(data);
        if (action != Qt::MoveAction || ids.size() != 1 || !theme(ids.first()))
            return false;
        // Not into itself or one of its own sub-themes.
        return !isInSubtree(idOf(parent), ids.first());
    }
    const QList<core::Id> codes = CodebookModel::codeIds(data);
    if (codes.isEmpty() || row >= 0)
        return false; // codes go onto a theme, or onto empty space (a new theme), not between
    const core::CodeTree &tree = m_session->codebookModel()->tree();
    return std::all_of(codes.begin(), codes.end(), [&](core::Id code) { return tree.find(code); })
            && (!parent.isValid() || theme(idOf(parent)));
}

bool ThemeTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
        const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    if (data->hasFormat(mimeType()))
        return moveTheme(themeIds(data).first(), idOf(parent), row);
    const QList<core::Id> codes = CodebookModel::codeIds(data);
    return parent.isValid() ? linkCodes(idOf(parent), codes) : themeFromCodes(codes);
}

bool ThemeTreeModel::linkCodes(core::Id themeId, const QList<core::Id> &codeIds)
{
    const services::ThemeSummary *summary = theme(themeId);
    if (!summary)
        return false;
    return m_session->execute(new LinkCodesCommand(m_session, summary->theme.uuid,
            std::vector<core::Id>(codeIds.begin(), codeIds.end()), LinkCodesCommand::Mode::Link,
            QString::fromStdString(summary->theme.name)));
}

bool ThemeTreeModel::themeFromCodes(const QList<core::Id> &codeIds)
{
    // Named after the first code, made unique among the top-level themes.
    const core::Code *first = m_session->codebookModel()->tree().find(codeIds.first());
    if (!first)
        return false;
    std::set<std::string> taken;
    for (core::Id id : childrenOf(0))
        taken.insert(theme(id)->theme.name);
    std::string name = first->name;
    for (int n = 2; taken.count(name); ++n)
        name = first->name + " (" + std::to_string(n) + ")";
    storage::NewTheme created;
    created.name = name;
    return m_session->execute(new ThemeFromCodesCommand(
            m_session, created, std::vector<core::Id>(codeIds.begin(), codeIds.end())));
}

bool ThemeTreeModel::moveTheme(core::Id themeId, core::Id parentId, int row)
{
    const services::ThemeSummary *summary = theme(themeId);
    if (!summary)
        return false;
    const std::vector<core::Id> &siblings = childrenOf(parentId);
    // Qt gives the row to insert before, counting the theme itself when it stays in the same
    // parent; storage wants its index among the others.
    std::int64_t position = row < 0 ? static_cast<std::int64_t>(siblings.size()) : row;
    const auto current = std::find(siblings.begin(), siblings.end(), themeId);
    if (current != siblings.end()) {
        const auto at = current - siblings.begin();
        if (at < position)
            --position;
        if (at == position)
            return false; // dropped where it already is
    }
    const std::optional<core::Id> newParent
            = parentId == 0 ? std::nullopt : std::optional<core::Id>(parentId);
    return m_session->execute(new MoveThemeCommand(m_session, summary->theme.uuid, newParent,
            position, QString::fromStdString(summary->theme.name)));
}

} // namespace weft::app
