// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/codebook/codebookpanel.h"

#include "app/gui/models/codebookmodel.h"
#include "app/gui/panelheader.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace weft::app {

CodebookPanel::CodebookPanel(CodebookModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTreeView(this))
    , m_newCode(new QToolButton(this))
{
    // Any part of the name; a match keeps its parents in view (recursive filtering).
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(CodebookModel::NameColumn);

    m_filter->setPlaceholderText(tr("Filter codes"));
    m_filter->setClearButtonEnabled(true);

    m_view->setModel(m_proxy);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_view->setDragDropMode(QAbstractItemView::DragDrop);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(CodebookModel::NameColumn, QHeaderView::Stretch);
    // Count columns as wide as their largest number: sizing them to their contents measured
    // thousands of rows on every keystroke of the filter.
    for (int column : {CodebookModel::CodingsColumn, CodebookModel::DocumentsColumn,
                 CodebookModel::ParticipantsColumn})
        m_view->header()->setSectionResizeMode(column, QHeaderView::Fixed);
    fitCountColumns();

    m_newCode->setAutoRaise(true);
    m_newCode->setVisible(false);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 6, 0);
    top->addWidget(new PanelHeader(tr("Codebook"), this), 1);
    top->addWidget(m_newCode);
    auto *filterRow = new QHBoxLayout;
    filterRow->setContentsMargins(6, 0, 6, 4);
    filterRow->addWidget(m_filter);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(top);
    layout->addLayout(filterRow);
    layout->addWidget(m_view, 1);

    connect(m_filter, &QLineEdit::textChanged, this, &CodebookPanel::setFilter);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CodebookPanel::onCurrentChanged);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &CodebookPanel::rememberCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CodebookPanel::restoreCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CodebookPanel::fitCountColumns);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &CodebookPanel::fitCountColumns);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (m_menu.isEmpty())
            return;
        QMenu menu(this);
        menu.addActions(m_menu);
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    m_view->expandAll();
}

void CodebookPanel::fitCountColumns()
{
    const storage::CodeUsage largest = m_model->largestUsage();
    const QFontMetrics cells(m_view->font());
    const QFontMetrics header(m_view->header()->font());
    const auto fit = [&](int column, std::int64_t number) {
        const QString widest = u"(%1)"_s.arg(QLocale().toString(static_cast<qlonglong>(number)));
        const int width = std::max(header.horizontalAdvance(
                                           m_model->headerData(column, Qt::Horizontal).toString()),
                                  cells.horizontalAdvance(widest))
                + 2 * m_view->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, m_view) + 4;
        if (m_view->header()->sectionSize(column) != width)
            m_view->header()->resizeSection(column, width);
    };
    fit(CodebookModel::CodingsColumn, largest.codings);
    fit(CodebookModel::DocumentsColumn, largest.documents);
    fit(CodebookModel::ParticipantsColumn, largest.participants);
}

void CodebookPanel::setActions(QAction *newCode, const QList<QAction *> &menu)
{
    m_newCode->setDefaultAction(newCode);
    m_newCode->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_newCode->setVisible(newCode != nullptr);
    m_menu = menu;
}

std::optional<core::Id> CodebookPanel::currentCode() const
{
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    if (!current.isValid())
        return std::nullopt;
    return current.data(CodebookModel::CodeIdRole).toLongLong();
}

bool CodebookPanel::selectCode(core::Id codeId)
{
    QModelIndex index = m_proxy->mapFromSource(m_model->indexOfCode(codeId));
    if (!index.isValid() && !m_filter->text().isEmpty()) {
        m_filter->clear(); // the code is filtered out: show it anyway
        index = m_proxy->mapFromSource(m_model->indexOfCode(codeId));
    }
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

void CodebookPanel::setFilter(const QString &text)
{
    if (m_filter->text() != text)
        m_filter->setText(text); // comes back here through textChanged
    if (m_proxy->filterRegularExpression().pattern() == QRegularExpression::escape(text))
        return;
    m_proxy->setFilterFixedString(text);
    m_view->expandAll();
}

void CodebookPanel::editName(core::Id codeId)
{
    if (!selectCode(codeId))
        return;
    m_view->edit(m_view->currentIndex().siblingAtColumn(CodebookModel::NameColumn));
}

void CodebookPanel::onCurrentChanged()
{
    const std::optional<core::Id> code = currentCode();
    if (code == m_current)
        return;
    m_current = code;
    Q_EMIT currentCodeChanged(code);
}

void CodebookPanel::rememberCurrent()
{
    m_kept = m_current;
}

void CodebookPanel::restoreCurrent()
{
    m_view->expandAll();
    if (m_kept && m_model->indexOfCode(*m_kept).isValid()) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->indexOfCode(*m_kept));
        if (index.isValid()) {
            m_view->setCurrentIndex(index);
            m_view->scrollTo(index);
        }
    }
    m_kept.reset();
    onCurrentChanged();
}

} // namespace weft::app
