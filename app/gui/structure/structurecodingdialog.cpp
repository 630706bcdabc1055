// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/structure/structurecodingdialog.h"

#include "app/gui/commands/structurecodingcommand.h"
#include "app/gui/models/codebookmodel.h"
#include "app/gui/models/documentkindnames.h"
#include "app/gui/session/projectsession.h"
#include "core/model/codepath.h"
#include "storage/project.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include <algorithm>
#include <set>
#include <tuple>

using namespace Qt::StringLiterals;

namespace weft::app {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kUuidRole = Qt::UserRole + 2;
constexpr int kKindRole = Qt::UserRole + 3;
const auto kIsoDate = u"yyyy-MM-dd"_s;
constexpr int kLabelRow = 2; // rows of the form
constexpr int kDatesRow = 3;

core::SegmentKind segmentKindOf(StructureCodingDialog::Target target)
{
    switch (target) {
    case StructureCodingDialog::Target::Sections:
        return core::SegmentKind::Answer;
    case StructureCodingDialog::Target::Turns:
        return core::SegmentKind::Turn;
    case StructureCodingDialog::Target::Entries:
        break;
    }
    return core::SegmentKind::Entry;
}
} // namespace

StructureCodingDialog::StructureCodingDialog(
        ProjectSession *session, std::optional<core::Id> codeId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_code(new QComboBox(this))
    , m_targets(new QButtonGroup(this))
    , m_sections(new QRadioButton(tr("Every &answer to a question"), this))
    , m_turns(new QRadioButton(tr("Every &turn of a speaker"), this))
    , m_entries(new QRadioButton(tr("Every journal &entry in a date range"), this))
    , m_label(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_kind(new QComboBox(this))
    , m_documents(new QListWidget(this))
    , m_preview(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_form(new QFormLayout)
{
    setWindowTitle(tr("Structure Coding"));
    resize(560, 620);

    // Any code of the codebook, found by any part of its path, or a new path.
    const core::CodeTree &tree = m_session->codebookModel()->tree();
    QStringList paths;
    for (const core::Code &code : tree.codes())
        paths.append(QString::fromStdString(tree.path(code.id)));
    paths.sort(Qt::CaseInsensitive);
    m_code->setEditable(true);
    m_code->setInsertPolicy(QComboBox::NoInsert);
    m_code->addItems(paths);
    m_code->completer()->setFilterMode(Qt::MatchContains);
    m_code->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_code->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_code->lineEdit()->setPlaceholderText(tr("A code, or a new Parent/Child path"));
    m_code->setCurrentText(codeId && tree.find(*codeId)
                    ? QString::fromStdString(tree.path(*codeId))
                    : QString());

    m_targets->addButton(m_turns, static_cast<int>(Target::Turns));
    m_targets->addButton(m_sections, static_cast<int>(Target::Sections));
    m_targets->addButton(m_entries, static_cast<int>(Target::Entries));
    m_label->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_label->setMinimumContentsLength(24);
    for (QDateEdit *date : {m_from, m_to}) {
        date->setDisplayFormat(kIsoDate);
        date->setCalendarPopup(true);
    }
    m_documents->setAlternatingRowColors(true);
    m_preview->setWordWrap(true);
    QFont bold = m_preview->font();
    bold.setBold(true);
    m_preview->setFont(bold);

    auto *targets = new QVBoxLayout;
    targets->setSpacing(4);
    targets->addWidget(m_turns);
    targets->addWidget(m_sections);
    targets->addWidget(m_entries);
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_from, 1);
    dates->addWidget(new QLabel(tr("to"), this));
    dates->addWidget(m_to, 1);
    auto *documentTools = new QHBoxLayout;
    documentTools->addWidget(m_kind, 1);
    auto *all = new QPushButton(tr("Tick All"), this);
    auto *none = new QPushButton(tr("Tick None"), this);
    all->setAutoDefault(false);
    none->setAutoDefault(false);
    documentTools->addWidget(all);
    documentTools->addWidget(none);

    QFormLayout *form = m_form;
    form->addRow(tr("&Code with:"), m_code);
    form->addRow(tr("Passages:"), targets);
    form->addRow(tr("&Which:"), m_label);
    form->addRow(tr("&From:"), dates);
    auto *documentsBox = new QVBoxLayout;
    documentsBox->addLayout(documentTools);
    documentsBox->addWidget(m_documents, 1);
    form->addRow(tr("In:"), documentsBox);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_preview);
    layout->addWidget(m_buttons);

    loadDocuments();

    connect(m_targets, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            refreshChoices();
    });
    connect(m_code, &QComboBox::currentTextChanged, this, &StructureCodingDialog::refreshPreview);
    connect(m_label, &QComboBox::currentTextChanged, this, &StructureCodingDialog::refreshPreview);
    connect(m_from, &QDateEdit::dateChanged, this, &StructureCodingDialog::refreshPreview);
    connect(m_to, &QDateEdit::dateChanged, this, &StructureCodingDialog::refreshPreview);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &StructureCodingDialog::refreshChoices);
    connect(m_documents, &QListWidget::itemChanged, this, &StructureCodingDialog::refreshChoices);
    connect(all, &QPushButton::clicked, this, [this] { checkAll(true); });
    connect(none, &QPushButton::clicked, this, [this] { checkAll(false); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &StructureCodingDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // Start on the first kind of structure the project has.
    for (QRadioButton *button : {m_turns, m_sections, m_entries}) {
        if (button->isEnabled()) {
            button->setChecked(true);
            break;
        }
    }
    refreshChoices();
}

void StructureCodingDialog::loadDocuments()
{
    storage::Project *project = m_session->project();
    if (!project)
        return;
    auto documents = project->documents().all();
    if (!documents.ok())
        return;
    std::set<core::DocumentKind> kinds;
    std::set<core::SegmentKind> structure;
    QDate first;
    QDate last;
    m_updating = true;
    for (const core::Document &document : *documents) {
        auto segments = project->documents().segments(document.id);
        if (!segments.ok())
            continue;
        for (const core::Segment &segment : *segments) {
            structure.insert(segment.kind);
            const QDate date = QDate::fromString(QString::fromStdString(segment.date), Qt::ISODate);
            if (segment.kind == core::SegmentKind::Entry && date.isValid()) {
                first = first.isValid() ? std::min(first, date) : date;
                last = last.isValid() ? std::max(last, date) : date;
            }
        }
        m_segments[document.id] = std::move(*segments);
        kinds.insert(document.kind);
        auto *item = new QListWidgetItem(QString::fromStdString(document.name), m_documents);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
        item->setData(kIdRole, static_cast<qlonglong>(document.id));
        item->setData(kUuidRole, QString::fromStdString(document.uuid));
        item->setData(kKindRole, static_cast<int>(document.kind));
        item->setToolTip(documentKindName(document.kind));
    }
    m_kind->addItem(tr("Documents of every kind"), -1);
    for (core::DocumentKind kind : kinds)
        m_kind->addItem(tr("%1 only").arg(documentKindGroupName(kind)), static_cast<int>(kind));
    m_kind->setEnabled(kinds.size() > 1);
    const auto offer = [&](QRadioButton *button, core::SegmentKind kind, const QString &missing) {
        const bool has = structure.count(kind) > 0;
        button->setEnabled(has);
        button->setToolTip(has ? QString() : missing);
    };
    offer(m_turns, core::SegmentKind::Turn, tr("No document has speaker turns."));
    offer(m_sections, core::SegmentKind::Answer, tr("No document has answers to questions."));
    offer(m_entries, core::SegmentKind::Entry, tr("No document has dated journal entries."));
    if (first.isValid()) {
        m_from->setDate(first);
        m_to->setDate(last);
    }
    m_updating = false;
}

void StructureCodingDialog::setTarget(Target target)
{
    m_targets->button(static_cast<int>(target))->setChecked(true);
}

StructureCodingDialog::Target StructureCodingDialog::target() const
{
    return static_cast<Target>(std::max(0, m_targets->checkedId()));
}

QString StructureCodingDialog::codePath() const
{
    return m_code->currentText().trimmed();
}

void StructureCodingDialog::setCodePath(const QString &path)
{
    m_code->setCurrentText(path);
}

void StructureCodingDialog::checkAll(bool checked)
{
    m_updating = true;
    for (int row = 0; row < m_documents->count(); ++row) {
        QListWidgetItem *item = m_documents->item(row);
        if (!item->isHidden())
            item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
    m_updating = false;
    refreshChoices();
}

std::vector<core::Id> StructureCodingDialog::checkedDocuments() const
{
    std::vector<core::Id> ids;
    for (int row = 0; row < m_documents->count(); ++row) {
        const QListWidgetItem *item = m_documents->item(row);
        if (!item->isHidden() && item->checkState() == Qt::Checked)
            ids.push_back(item->data(kIdRole).toLongLong());
    }
    return ids;
}

// The kind filter hides documents; the questions or speakers offered are those of the ticked
// documents shown, in the order they first occur (a form's questions in form order).
void StructureCodingDialog::refreshChoices()
{
    if (m_updating)
        return;
    m_updating = true;
    // Only documents that have the chosen structure, of the chosen kind.
    const Target chosen = target();
    const core::SegmentKind wanted = segmentKindOf(chosen);
    const int kind = m_kind->currentData().toInt();
    for (int row = 0; row < m_documents->count(); ++row) {
        QListWidgetItem *item = m_documents->item(row);
        const auto &segments = m_segments[item->data(kIdRole).toLongLong()];
        const bool has = std::any_of(segments.begin(), segments.end(),
                [wanted](const core::Segment &segment) { return segment.kind == wanted; });
        item->setHidden(!has || (kind >= 0 && item->data(kKindRole).toInt() != kind));
    }
    const bool labelled = chosen != Target::Entries;
    m_form->setRowVisible(kLabelRow, labelled);
    m_form->setRowVisible(kDatesRow, !labelled);
    if (auto *caption = qobject_cast<QLabel *>(m_form->labelForField(m_label)))
        caption->setText(chosen == Target::Sections ? tr("&Question:") : tr("&Speaker:"));

    const QString current = m_label->currentText();
    QStringList labels;
    std::set<QString> seen;
    for (core::Id id : checkedDocuments()) {
        for (const core::Segment &segment : m_segments[id]) {
            const QString label = QString::fromStdString(segment.label);
            if (segment.kind == wanted && !label.isEmpty() && seen.insert(label).second)
                labels.append(label);
        }
    }
    m_label->clear();
    m_label->addItems(labels);
    if (labels.contains(current))
        m_label->setCurrentText(current);
    for (int row = 0; row < m_label->count(); ++row)
        m_label->setItemData(row, m_label->itemText(row), Qt::ToolTipRole);
    m_updating = false;
    refreshPreview();
}

services::StructureSelection StructureCodingDialog::selection() const
{
    services::StructureSelection selection;
    selection.target = target();
    if (selection.target == Target::Entries) {
        selection.dateFrom = m_from->date().toString(kIsoDate).toStdString();
        selection.dateTo = m_to->date().toString(kIsoDate).toStdString();
    } else {
        selection.label = m_label->currentText().toStdString();
    }
    for (int row = 0; row < m_documents->count(); ++row) {
        const QListWidgetItem *item = m_documents->item(row);
        if (!item->isHidden() && item->checkState() == Qt::Checked)
            selection.documents.push_back(item->data(kUuidRole).toString().toStdString());
    }
    return selection;
}

void StructureCodingDialog::refreshPreview()
{
    if (m_updating)
        return;
    m_ranges.clear();
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Code"));
    ok->setEnabled(false);
    const auto say = [this](const QString &text) { m_preview->setText(text); };
    storage::Project *project = m_session->project();
    if (!project)
        return say(tr("Open a project first."));
    const services::StructureSelection chosen = selection();
    if (chosen.documents.empty())
        return say(tr("Tick at least one document."));
    if (chosen.target != Target::Entries && chosen.label.empty()) {
        return say(chosen.target == Target::Sections
                        ? tr("The ticked documents have no questions to choose from.")
                        : tr("The ticked documents have no speakers to choose from."));
    }
    if (chosen.target == Target::Entries && m_from->date() > m_to->date())
        return say(tr("The date range ends before it starts."));
    auto ranges = services::selectStructure(*project, chosen);
    if (!ranges.ok())
        return say(QString::fromStdString(ranges.error().message));
    m_ranges = std::move(*ranges);
    std::set<core::Id> documents;
    for (const services::StructureRange &range : m_ranges)
        documents.insert(range.documentId);
    const int passages = static_cast<int>(m_ranges.size());
    const QString what = passages == 1 ? tr("1 passage") : tr("%1 passages").arg(passages);
    const QString inDocuments = documents.size() == 1
            ? tr("in 1 document")
            : tr("in %1 documents").arg(documents.size());
    const QString path = codePath();
    if (path.isEmpty()) {
        say(tr("%1 %2. Choose the code to give them.").arg(what, inDocuments));
        return;
    }
    const auto code = project->codes().resolve(path.toStdString());
    QString note = code.ok() ? QString() : tr(" (a new code)");
    if (code.ok()) {
        if (const std::int64_t coded = alreadyCoded(code->id); coded > 0) {
            if (coded == passages)
                note = passages == 1 ? tr("; it already is") : tr("; all of them already are");
            else
                note = coded == 1 ? tr("; 1 of them already is")
                                  : tr("; %1 of them already are").arg(coded);
        }
    }
    say(tr("%1 %2 will be coded with “%3”%4.").arg(what, inDocuments, path, note));
    ok->setText(passages == 1 ? tr("Code 1 Passage") : tr("Code %1 Passages").arg(passages));
    ok->setEnabled(true);
}

// Passages the current coder has already coded with the code, range for range: applying
// leaves them as they are (and undo leaves them too).
std::int64_t StructureCodingDialog::alreadyCoded(core::Id codeId) const
{
    storage::Project *project = m_session->project();
    auto coders = project->history().coderNames();
    auto codings = project->codings().forCodes({codeId});
    if (!coders.ok() || !codings.ok())
        return 0;
    std::set<std::tuple<core::Id, std::int64_t, std::int64_t>> mine;
    for (const core::Coding &coding : *codings) {
        const auto coder = coders->find(coding.coderId);
        if (coder != coders->end() && coder->second == project->coder())
            mine.emplace(coding.documentId, coding.start, coding.end);
    }
    return std::count_if(m_ranges.begin(), m_ranges.end(), [&](const services::StructureRange &r) {
        return mine.count({r.documentId, r.start, r.end}) > 0;
    });
}

bool StructureCodingDialog::apply()
{
    if (m_ranges.empty() || !m_session->isOpen())
        return false;
    auto names = core::splitPath(codePath().toStdString());
    if (!names.ok() || names->empty()
            || std::any_of(names->begin(), names->end(), [](const std::string &n) { return n.empty(); })) {
        m_session->warn(tr("Not a code name"),
                tr("“%1” is not a code name. Separate levels with “/” (Parent/Child).")
                        .arg(codePath()));
        return false;
    }
    const QString shown = QString::fromStdString(core::joinPath(*names));
    const QString text = m_ranges.size() == 1
            ? tr("Code 1 passage with “%1”").arg(shown)
            : tr("Code %1 passages with “%2”").arg(m_ranges.size()).arg(shown);
    return m_session->execute(new StructureCodingCommand(m_session, *names, m_ranges, text));
}

void StructureCodingDialog::accept()
{
    if (apply())
        QDialog::accept();
}

} // namespace weft::app
