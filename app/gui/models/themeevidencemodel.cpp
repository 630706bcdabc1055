// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/models/themeevidencemodel.h"

#include "app/gui/commands/markexemplarcommand.h"
#include "app/gui/evidence/reorderexemplarcommand.h"
#include "app/gui/models/codecolors.h"
#include "app/gui/models/documentkindnames.h"
#include "app/gui/models/documentpassages.h"
#include "app/gui/session/projectobserveradapter.h"
#include "app/gui/session/projectsession.h"
#include "app/services/themeanalysis.h"
#include "storage/project.h"

#include <QCollator>
#include <QFont>
#include <QUndoStack>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace weft::app {

ThemeEvidenceModel::ThemeEvidenceModel(ProjectSession *session, QObject *parent)
    : QAbstractItemModel(parent)
    , m_session(session)
{
    connect(m_session, &ProjectSession::changed, this, &ThemeEvidenceModel::onChanged);
    connect(m_session, &ProjectSession::opened, this, [this] { setTheme(std::nullopt); });
    connect(m_session, &ProjectSession::closed, this, [this] {
        m_theme.reset();
        reload();
    });
}

void ThemeEvidenceModel::setTheme(const std::optional<std::string> &themeUuid)
{
    if (themeUuid == m_theme)
        return;
    m_theme = themeUuid;
    reload();
}

void ThemeEvidenceModel::onChanged(const QList<storage::ChangeEvent> &events)
{
    using storage::EntityType;
    if (!m_theme || m_reloadPending
            || !touches(events,
                    {EntityType::Theme, EntityType::Code, EntityType::Coding, EntityType::Document,
                            EntityType::Participant, EntityType::Segment}))
        return;
    if (!m_live) {
        m_stale = true;
        return;
    }
    // After the view that changed a mark is done with its indexes.
    m_reloadPending = true;
    QMetaObject::invokeMethod(
            this,
            [this] {
                if (m_reloadPending)
                    reload();
            },
            Qt::QueuedConnection);
}

void ThemeEvidenceModel::setLive(bool live)
{
    m_live = live;
    if (live && m_stale)
        reload();
}

void ThemeEvidenceModel::reload()
{
    m_reloadPending = false;
    m_stale = false;
    beginResetModel();
    load();
    endResetModel();
}

int ThemeEvidenceModel::addNode(int parent, Node node)
{
    node.parent = parent;
    const int id = static_cast<int>(m_nodes.size());
    std::vector<int> &siblings
            = parent < 0 ? m_roots : m_nodes[static_cast<std::size_t>(parent)].children;
    node.row = static_cast<int>(siblings.size());
    siblings.push_back(id);
    m_nodes.push_back(std::move(node));
    return id;
}

void ThemeEvidenceModel::load()
{
    m_items.clear();
    m_nodes.clear();
    m_roots.clear();
    m_themeName.clear();
    m_excerpts = 0;
    m_participants = 0;
    storage::Project *project = m_session->project();
    if (!project || !m_theme)
        return;
    auto overview = services::analyseThemes(*project);
    if (!overview.ok()) {
        qWarning("Weft: could not read the theme's evidence: %s", overview.error().message.c_str());
        return;
    }
    const auto summary = std::find_if(overview->themes.begin(), overview->themes.end(),
            [&](const services::ThemeSummary &each) { return each.theme.uuid == *m_theme; });
    if (summary == overview->themes.end()) {
        m_theme.reset(); // deleted
        return;
    }
    m_themeName = QString::fromStdString(summary->theme.name);
    m_themeId = summary->theme.id;
    const core::Evidence &evidence = summary->evidence;
    m_excerpts = static_cast<std::int64_t>(evidence.excerpts.size());
    m_participants = evidence.participants;
    auto marks = project->exemplars().codingsOf(summary->theme.id);
    const std::vector<core::Id> marked = marks.ok() ? *marks : std::vector<core::Id>{};
    const auto tree = project->codes().tree();

    // Each excerpt with its text in context, read document by document.
    DocumentPassages passages;
    QString document;
    std::map<core::Id, core::Coding> codings;
    for (const core::Excerpt &excerpt : evidence.excerpts) {
        if (excerpt.documentId != passages.documentId()) {
            passages = DocumentPassages(*project, excerpt.documentId);
            auto found = project->documents().get(excerpt.documentId);
            document = found.ok() ? QString::fromStdString(found->name) : QString();
            codings.clear();
            if (auto all = project->codings().forDocument(excerpt.documentId); all.ok()) {
                for (core::Coding &coding : *all)
                    codings.emplace(coding.id, std::move(coding));
            }
        }
        Excerpt item;
        item.documentId = excerpt.documentId;
        item.start = excerpt.start;
        item.end = excerpt.end;
        item.kind = excerpt.kind;
        if (excerpt.participant) {
            const auto label = overview->participantLabels.find(*excerpt.participant);
            if (label != overview->participantLabels.end())
                item.participant = QString::fromStdString(label->second);
        }
        item.document = document;
        const DocumentPassages::Passage passage = passages.passage(excerpt.start, excerpt.end);
        item.coded = passage.coded;
        item.context = passage.context;
        item.codedStart = passage.codedStart;
        item.codedLength = passage.codedLength;
        item.attribution
                = u"%1, %2, %3"_s.arg(item.participant.isEmpty() ? document : item.participant,
                        documentKindName(item.kind).toLower(), passage.position);
        for (core::Id id : excerpt.codingIds) {
            const auto coding = codings.find(id);
            if (coding == codings.end())
                continue;
            item.codings.emplace_back(id, coding->second.uuid);
            item.marked
                    = item.marked || std::find(marked.begin(), marked.end(), id) != marked.end();
        }
        const core::Id firstCode
                = excerpt.codingIds.empty() || !codings.count(excerpt.codingIds.front())
                ? 0
                : codings.at(excerpt.codingIds.front()).codeId;
        item.colour = tree.ok() ? CodeColors::color(*tree, firstCode)
                                : CodeColors::paletteColor(firstCode);
        m_items.push_back(std::move(item));
    }

    // The exemplar quotes first, in the order they were put in.
    std::vector<int> exemplars;
    for (core::Id codingId : marked) {
        for (std::size_t i = 0; i < m_items.size(); ++i) {
            const auto &ids = m_items[i].codings;
            const bool has = std::any_of(
                    ids.begin(), ids.end(), [&](const auto &c) { return c.first == codingId; });
            if (has
                    && std::find(exemplars.begin(), exemplars.end(), static_cast<int>(i))
                            == exemplars.end())
                exemplars.push_back(static_cast<int>(i));
        }
    }
    if (!exemplars.empty()) {
        Node group;
        group.title = tr("Exemplar quotes (%1)").arg(exemplars.size());
        group.excerpts = static_cast<std::int64_t>(exemplars.size());
        const int id = addNode(-1, std::move(group));
        for (int item : exemplars) {
            Node leaf;
            leaf.excerpt = item;
            addNode(id, std::move(leaf));
        }
    }

    // Then by source kind and participant, with the counts core computed.
    QCollator collator;
    collator.setNumericMode(true);
    for (core::DocumentKind kind : core::allDocumentKinds) {
        std::vector<int> ofKind;
        for (std::size_t i = 0; i < m_items.size(); ++i)
            if (m_items[i].kind == kind)
                ofKind.push_back(static_cast<int>(i));
        if (ofKind.empty())
            continue;
        const auto counts = evidence.byKind.find(kind);
        Node group;
        group.kind = kind;
        group.excerpts = counts != evidence.byKind.end() ? counts->second.excerpts : 0;
        group.participants = counts != evidence.byKind.end() ? counts->second.participants : 0;
        group.title = tr("%1 — %2, %3")
                              .arg(documentKindGroupName(kind), excerptsText(group.excerpts),
                                      participantsText(group.participants));
        const int kindNode = addNode(-1, std::move(group));
        QStringList people;
        for (int i : ofKind)
            if (!people.contains(m_items[static_cast<std::size_t>(i)].participant))
                people.append(m_items[static_cast<std::size_t>(i)].participant);
        std::sort(people.begin(), people.end(), [&](const QString &a, const QString &b) {
            if (a.isEmpty() != b.isEmpty())
                return b.isEmpty(); // "no participant" last
            return collator.compare(a, b) < 0;
        });
        for (const QString &person : std::as_const(people)) {
            Node sub;
            sub.kind = kind;
            sub.participant = person;
            for (int i : ofKind)
                sub.excerpts += m_items[static_cast<std::size_t>(i)].participant == person ? 1 : 0;
            sub.title = u"%1 (%2)"_s.arg(person.isEmpty() ? tr("No participant") : person)
                                .arg(sub.excerpts);
            const int personNode = addNode(kindNode, std::move(sub));
            for (int i : ofKind) {
                if (m_items[static_cast<std::size_t>(i)].participant != person)
                    continue;
                Node leaf;
                leaf.excerpt = i;
                addNode(personNode, std::move(leaf));
            }
        }
    }
}

QString ThemeEvidenceModel::excerptsText(std::int64_t n)
{
    return n == 1 ? tr("1 excerpt") : tr("%n excerpts", nullptr, static_cast<int>(n));
}

QString ThemeEvidenceModel::participantsText(std::int64_t n)
{
    return n == 1 ? tr("1 participant") : tr("%n participants", nullptr, static_cast<int>(n));
}

QModelIndex ThemeEvidenceModel::exemplarGroup() const
{
    if (m_roots.empty())
        return {};
    const Node &first = m_nodes[static_cast<std::size_t>(m_roots.front())];
    return first.kind ? QModelIndex() : index(0, 0);
}

const ThemeEvidenceModel::Node *ThemeEvidenceModel::node(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() >= m_nodes.size())
        return nullptr;
    return &m_nodes[static_cast<std::size_t>(index.internalId())];
}

QModelIndex ThemeEvidenceModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    const Node *up = node(parent);
    if (parent.isValid() && !up)
        return {};
    const std::vector<int> &siblings = up ? up->children : m_roots;
    if (row >= static_cast<int>(siblings.size()))
        return {};
    return createIndex(row, column, static_cast<quintptr>(siblings[static_cast<std::size_t>(row)]));
}

QModelIndex ThemeEvidenceModel::parent(const QModelIndex &child) const
{
    const Node *n = node(child);
    if (!n || n->parent < 0)
        return {};
    const Node &up = m_nodes[static_cast<std::size_t>(n->parent)];
    return createIndex(up.row, 0, static_cast<quintptr>(n->parent));
}

int ThemeEvidenceModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_roots.size());
    if (parent.column() != 0)
        return 0;
    const Node *n = node(parent);
    return n ? static_cast<int>(n->children.size()) : 0;
}

int ThemeEvidenceModel::columnCount(const QModelIndex &) const
{
    return 1;
}

Qt::ItemFlags ThemeEvidenceModel::flags(const QModelIndex &index) const
{
    const Node *n = node(index);
    if (!n)
        return Qt::NoItemFlags;
    if (n->excerpt < 0)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable
            | Qt::ItemNeverHasChildren;
}

QVariant ThemeEvidenceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node &n = *node(index);
    if (n.excerpt < 0) {
        switch (role) {
        case Qt::DisplayRole:
            return n.title;
        case Qt::FontRole: {
            QFont font;
            font.setBold(true);
            return font;
        }
        case IsExcerptRole:
            return false;
        case ExcerptCountRole:
            return static_cast<qlonglong>(n.excerpts);
        case ParticipantCountRole:
            return n.parent < 0 && n.kind ? QVariant(static_cast<qlonglong>(n.participants))
                                          : QVariant();
        case KindRole:
            return n.kind ? QVariant(static_cast<int>(*n.kind)) : QVariant();
        case ParticipantRole:
            return n.parent >= 0 ? QVariant(n.participant) : QVariant();
        default:
            return {};
        }
    }
    const Excerpt &item = m_items[static_cast<std::size_t>(n.excerpt)];
    switch (role) {
    case Qt::DisplayRole:
        return item.coded;
    case Qt::ToolTipRole:
        return tr("%1\n— %2 (%3)").arg(item.coded, item.attribution, item.document);
    case Qt::CheckStateRole:
        return item.marked ? Qt::Checked : Qt::Unchecked;
    case DocumentIdRole:
        return static_cast<qlonglong>(item.documentId);
    case StartRole:
        return static_cast<qlonglong>(item.start);
    case EndRole:
        return static_cast<qlonglong>(item.end);
    case ContextRole:
        return item.context;
    case CodedStartRole:
        return item.codedStart;
    case CodedLengthRole:
        return item.codedLength;
    case ColorRole:
        return item.colour;
    case AttributionRole:
        return item.attribution;
    case IsExcerptRole:
        return true;
    case KindRole:
        return static_cast<int>(item.kind);
    case ParticipantRole:
        return item.participant;
    case CodingIdsRole: {
        QList<qlonglong> ids;
        for (const auto &[id, uuid] : item.codings)
            ids.append(static_cast<qlonglong>(id));
        return QVariant::fromValue(ids);
    }
    default:
        return {};
    }
}

bool ThemeEvidenceModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    return setExemplar(index, value.toInt() == Qt::Checked);
}

bool ThemeEvidenceModel::setExemplar(const QModelIndex &index, bool marked)
{
    const Node *n = node(index);
    if (!n || n->excerpt < 0 || !m_theme || !m_session->isOpen())
        return false;
    Excerpt &item = m_items[static_cast<std::size_t>(n->excerpt)];
    if (item.marked == marked || item.codings.empty())
        return false;
    bool ok = true;
    if (marked) {
        ok = m_session->execute(new MarkExemplarCommand(m_session, *m_theme,
                item.codings.front().second, MarkExemplarCommand::Mode::Mark, m_themeName));
    } else {
        // Every mark on the excerpt's codings goes, as one step.
        auto theme = m_session->project()->themes().byUuid(*m_theme);
        auto marks = theme.ok() ? m_session->project()->exemplars().codingsOf(theme->id)
                                : Result<std::vector<core::Id>>(std::vector<core::Id>{});
        std::vector<std::string> unmark;
        for (const auto &[id, uuid] : item.codings) {
            if (marks.ok() && std::find(marks->begin(), marks->end(), id) != marks->end())
                unmark.push_back(uuid);
        }
        if (unmark.empty())
            return false;
        QUndoStack *stack = m_session->undoStack();
        if (unmark.size() > 1)
            stack->beginMacro(tr("Remove the exemplar quote from “%1”").arg(m_themeName));
        for (const std::string &coding : unmark)
            ok = m_session->execute(new MarkExemplarCommand(m_session, *m_theme, coding,
                         MarkExemplarCommand::Mode::Unmark, m_themeName))
                    && ok;
        if (unmark.size() > 1)
            stack->endMacro();
    }
    if (!ok)
        return false;
    // The same excerpt may be shown twice (among the exemplars and in its group).
    item.marked = marked;
    for (std::size_t i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes[i].excerpt == n->excerpt) {
            const QModelIndex shown = createIndex(m_nodes[i].row, 0, static_cast<quintptr>(i));
            Q_EMIT dataChanged(shown, shown, {Qt::CheckStateRole});
        }
    }
    return true;
}

} // namespace weft::app

namespace weft::app {

bool ThemeEvidenceModel::moveExemplar(const QModelIndex &index, int delta)
{
    const QModelIndex group = exemplarGroup();
    if (!m_theme || !group.isValid() || index.parent() != group)
        return false;
    const QModelIndex neighbour = this->index(index.row() + delta, 0, group);
    if (!neighbour.isValid())
        return false;
    auto marks = m_session->project()->exemplars().codingsOf(m_themeId);
    if (!marks.ok())
        return false;
    // Each row stands for its first marked coding in the quote order.
    auto firstMark
            = [&](const QModelIndex &row) -> std::optional<std::pair<std::int64_t, std::string>> {
        const Excerpt &item = m_items[static_cast<std::size_t>(node(row)->excerpt)];
        for (std::size_t position = 0; position < marks->size(); ++position) {
            for (const auto &[id, uuid] : item.codings)
                if (id == (*marks)[position])
                    return std::pair(static_cast<std::int64_t>(position), uuid);
        }
        return std::nullopt;
    };
    const auto mine = firstMark(index);
    const auto theirs = firstMark(neighbour);
    if (!mine || !theirs)
        return false;
    return m_session->execute(new ReorderExemplarCommand(
            m_session, *m_theme, mine->second, theirs->first, m_themeName));
}

} // namespace weft::app
