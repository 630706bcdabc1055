// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/excerpts/excerptspanel.h"

#include "app/gui/excerpts/excerptdelegate.h"
#include "app/gui/models/documentkindnames.h"
#include "app/gui/models/excerptfilter.h"
#include "app/gui/models/excerptlistmodel.h"
#include "app/gui/models/participanttablemodel.h"

#include <QCheckBox>
#include <QCollator>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace weft::app {

namespace {
// An attribute choice is stored as "name\nvalue" in the combo's item data.
const auto kSeparator = u'\n';
}

ExcerptsPanel::ExcerptsPanel(
        ExcerptListModel *model, ParticipantTableModel *participants, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_participants(participants)
    , m_filter(new ExcerptFilter(this))
    , m_title(new QLabel(this))
    , m_subcodes(new QCheckBox(tr("With sub-codes"), this))
    , m_participant(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_attribute(new QComboBox(this))
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
    , m_view(new QTableView(this))
{
    m_filter->setSourceModel(m_model);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setContentsMargins(4, 0, 0, 0);
    for (QComboBox *combo : {m_participant, m_kind, m_attribute})
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_view->setModel(m_filter);
    m_view->setItemDelegateForColumn(ExcerptListModel::ExcerptColumn, new ExcerptDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setWordWrap(true);
    m_view->setShowGrid(false);
    m_view->setAlternatingRowColors(true);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(
            ExcerptListModel::ExcerptColumn, QHeaderView::Stretch);
    for (int column = ExcerptListModel::ParticipantColumn; column < ExcerptListModel::ColumnCount;
            ++column)
        m_view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_view);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(6, 6, 6, 4);
    top->addWidget(m_title, 1);
    top->addWidget(m_participant);
    top->addWidget(m_kind);
    top->addWidget(m_attribute);
    top->addWidget(m_subcodes);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);

    connect(m_subcodes, &QCheckBox::toggled, this, &ExcerptsPanel::setWithSubcodes);
    connect(m_participant, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setParticipant(m_participant->currentData().toString());
        updateTitle();
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant kind = m_kind->currentData();
        m_filter->setKind(kind.isValid() ? std::optional(static_cast<core::DocumentKind>(kind.toInt()))
                                         : std::nullopt);
        updateTitle();
    });
    connect(m_attribute, &QComboBox::currentIndexChanged, this, &ExcerptsPanel::applyAttributeFilter);
    connect(m_view, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { activate(index.row()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &ExcerptsPanel::onModelReset);
    connect(m_participants, &QAbstractItemModel::modelReset, this, &ExcerptsPanel::rebuildChoices);
    connect(m_view->horizontalHeader(), &QHeaderView::sectionResized, m_view,
            [this](int column) {
                if (column == ExcerptListModel::ExcerptColumn)
                    m_view->resizeRowsToContents();
            });
    onModelReset();
}

void ExcerptsPanel::setCode(std::optional<core::Id> codeId, const QString &path)
{
    m_path = path;
    m_model->setCode(codeId, m_subcodes->isChecked());
    updateTitle();
}

void ExcerptsPanel::setWithSubcodes(bool with)
{
    if (m_subcodes->isChecked() != with)
        m_subcodes->setChecked(with); // comes back here
    m_model->setCode(m_model->code(), with);
}

void ExcerptsPanel::setParticipantFilter(const QString &label)
{
    m_participant->setCurrentIndex(std::max(0, m_participant->findData(label)));
}

void ExcerptsPanel::setKindFilter(std::optional<core::DocumentKind> kind)
{
    m_kind->setCurrentIndex(kind ? std::max(0, m_kind->findData(static_cast<int>(*kind))) : 0);
}

void ExcerptsPanel::setAttributeFilter(const QString &name, const QString &value)
{
    m_attribute->setCurrentIndex(
            name.isEmpty() ? 0 : std::max(0, m_attribute->findData(name + kSeparator + value)));
}

void ExcerptsPanel::activate(int row)
{
    const QModelIndex index = m_filter->index(row, 0);
    if (!index.isValid())
        return;
    Q_EMIT excerptActivated(index.data(ExcerptListModel::DocumentIdRole).toLongLong(),
            index.data(ExcerptListModel::StartRole).toLongLong(),
            index.data(ExcerptListModel::EndRole).toLongLong());
}

void ExcerptsPanel::onModelReset()
{
    m_stack->setCurrentWidget(m_model->code() ? static_cast<QWidget *>(m_view) : m_placeholder);
    m_placeholder->setText(tr("Select a code in the codebook to see every passage coded with it."));
    rebuildChoices();
    m_view->resizeRowsToContents();
    updateTitle();
}

// The participants offered are the ones the excerpts have; a chosen filter is kept if it still
// can be.
void ExcerptsPanel::rebuildChoices()
{
    const QString participant = m_participant->currentData().toString();
    const QVariant kind = m_kind->currentData();
    const QString attribute = m_attribute->currentData().toString();
    for (QComboBox *combo : {m_participant, m_kind, m_attribute})
        combo->blockSignals(true);

    QStringList labels;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString label = m_model->index(row, 0).data(ExcerptListModel::ParticipantRole).toString();
        if (!label.isEmpty() && !labels.contains(label))
            labels.append(label);
    }
    QCollator collator;
    collator.setNumericMode(true);
    std::sort(labels.begin(), labels.end(),
            [&](const QString &a, const QString &b) { return collator.compare(a, b) < 0; });
    m_participant->clear();
    m_participant->addItem(tr("All participants"), QString());
    for (const QString &label : std::as_const(labels))
        m_participant->addItem(label, label);
    m_kind->clear();
    m_kind->addItem(tr("All sources"));
    for (core::DocumentKind each : core::allDocumentKinds)
        m_kind->addItem(documentKindGroupName(each), static_cast<int>(each));
    m_attribute->clear();
    m_attribute->addItem(tr("Any attribute"), QString());
    for (const core::AttributeDefinition &definition : m_participants->attributes()) {
        const QString name = QString::fromStdString(definition.name);
        QStringList values;
        for (int row = 0; row < m_participants->rowCount(); ++row) {
            const auto id = m_participants->participantId(m_participants->index(row, 0));
            const QString value = id ? m_participants->value(*id, name) : QString();
            if (!value.isEmpty() && !values.contains(value))
                values.append(value);
        }
        std::sort(values.begin(), values.end(),
                [&](const QString &a, const QString &b) { return collator.compare(a, b) < 0; });
        for (const QString &value : std::as_const(values))
            m_attribute->addItem(u"%1: %2"_s.arg(name, value), name + kSeparator + value);
    }

    m_participant->setCurrentIndex(std::max(0, m_participant->findData(participant)));
    m_kind->setCurrentIndex(kind.isValid() ? std::max(0, m_kind->findData(kind)) : 0);
    m_attribute->setCurrentIndex(std::max(0, m_attribute->findData(attribute)));
    for (QComboBox *combo : {m_participant, m_kind, m_attribute})
        combo->blockSignals(false);
    m_filter->setParticipant(m_participant->currentData().toString());
    const QVariant chosenKind = m_kind->currentData();
    m_filter->setKind(chosenKind.isValid()
                    ? std::optional(static_cast<core::DocumentKind>(chosenKind.toInt()))
                    : std::nullopt);
    applyAttributeFilter();
}

void ExcerptsPanel::applyAttributeFilter()
{
    const QString choice = m_attribute->currentData().toString();
    if (choice.isEmpty()) {
        m_filter->setParticipants(std::nullopt);
        updateTitle();
        return;
    }
    const QString name = choice.section(kSeparator, 0, 0);
    const QString value = choice.section(kSeparator, 1);
    QSet<QString> labels;
    for (int row = 0; row < m_participants->rowCount(); ++row) {
        const QModelIndex index = m_participants->index(row, ParticipantTableModel::LabelColumn);
        const auto id = m_participants->participantId(index);
        if (id && m_participants->value(*id, name) == value)
            labels.insert(index.data().toString());
    }
    m_filter->setParticipants(labels);
    updateTitle();
}

void ExcerptsPanel::updateTitle()
{
    if (!m_model->code()) {
        m_title->setText(tr("Excerpts"));
        return;
    }
    const int shown = m_filter->rowCount();
    const int all = m_model->rowCount();
    const QString count = shown == all ? QString::number(all) : tr("%1 of %2").arg(shown).arg(all);
    m_title->setText(tr("Excerpts of %1 (%2)").arg(m_path, count));
}

} // namespace weft::app
