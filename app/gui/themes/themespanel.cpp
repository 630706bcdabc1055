// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/themes/themespanel.h"

#include "app/gui/models/themetreemodel.h"
#include "app/gui/panelheader.h"
#include "app/gui/session/projectsession.h"
#include "app/gui/themes/themedetails.h"
#include "app/gui/themes/themefilter.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QRegularExpression>
#include <QSplitter>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace weft::app {

ThemesPanel::ThemesPanel(ProjectSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new ThemeTreeModel(session))
    , m_proxy(new ThemeFilter(this))
    , m_filter(new QLineEdit(this))
    , m_awaiting(new QToolButton(this))
    , m_view(new QTreeView(this))
    , m_details(new ThemeDetails(session, m_model, this))
    , m_split(new QSplitter(Qt::Vertical, this))
    , m_newTheme(new QToolButton(this))
    , m_empty(new QWidget(m_view->viewport()))
    , m_emptyNew(new QToolButton(m_empty))
{
    m_proxy->setSourceModel(m_model);

    m_filter->setPlaceholderText(tr("Filter themes"));
    m_filter->setClearButtonEnabled(true);
    m_awaiting->setCheckable(true);
    m_awaiting->setAutoRaise(true);
    m_awaiting->setToolTip(tr("Show only the themes awaiting review"));

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
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ThemeTreeModel::NameColumn, QHeaderView::Stretch);
    for (int column : {ThemeTreeModel::StatusColumn, ThemeTreeModel::ReviewColumn,
                 ThemeTreeModel::EvidenceColumn})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    // The side column is narrow: the review state shows as a dot beside the status, and its
    // own column is there for whoever wants it (the header's context menu).
    m_view->setColumnHidden(ThemeTreeModel::ReviewColumn, true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        for (int column = ThemeTreeModel::StatusColumn; column < ThemeTreeModel::ColumnCount;
                ++column) {
            QAction *action = menu.addAction(
                    m_model->headerData(column, Qt::Horizontal).toString(), this, [this, column](bool on) {
                        m_view->setColumnHidden(column, !on);
                    });
            action->setCheckable(true);
            action->setChecked(!m_view->isColumnHidden(column));
        }
        menu.exec(m_view->header()->mapToGlobal(pos));
    });

    // The empty state: what to do first, over the (still droppable) tree.
    auto *hint = new QLabel(tr("No themes yet.\nDrag codes here to build a theme, or start one "
                               "with New Theme."),
            m_empty);
    hint->setWordWrap(true);
    hint->setAlignment(Qt::AlignCenter);
    hint->setForegroundRole(QPalette::PlaceholderText);
    m_emptyNew->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *emptyLayout = new QVBoxLayout(m_empty);
    emptyLayout->addWidget(hint);
    emptyLayout->addWidget(m_emptyNew, 0, Qt::AlignHCenter);
    m_empty->hide();
    m_view->viewport()->installEventFilter(this);

    m_newTheme->setAutoRaise(true);
    m_newTheme->setVisible(false);

    m_split->setChildrenCollapsible(false);
    m_split->addWidget(m_view);
    m_split->addWidget(m_details);
    m_split->setStretchFactor(0, 2);
    m_split->setStretchFactor(1, 3);
    m_split->setSizes({120, 300});

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 6, 0);
    top->addWidget(new PanelHeader(tr("Themes"), this), 1);
    top->addWidget(m_newTheme);
    auto *filterRow = new QHBoxLayout;
    filterRow->setContentsMargins(6, 0, 6, 4);
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_awaiting);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(top);
    layout->addLayout(filterRow);
    layout->addWidget(m_split, 1);

    connect(m_filter, &QLineEdit::textChanged, this, &ThemesPanel::setFilter);
    connect(m_awaiting, &QToolButton::toggled, this, &ThemesPanel::setAwaitingOnly);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ThemesPanel::onCurrentChanged);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QString uuid = index.data(ThemeTreeModel::ThemeUuidRole).toString();
        if (!uuid.isEmpty())
            Q_EMIT themeActivated(uuid.toStdString());
    });
    // A reset (open, close) loses the current row: keep it by id.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_kept = m_current;
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_view->expandAll();
        if (m_kept)
            selectTheme(*m_kept);
        m_kept.reset();
        onCurrentChanged();
    });
    // A theme that gains a sub-theme opens to show it.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, m_view,
            [this](const QModelIndex &theme) { m_view->expand(theme); });
    connect(m_model, &QAbstractItemModel::rowsMoved, m_view,
            [this](const QModelIndex &, int, int, const QModelIndex &destination) {
                m_view->expand(m_proxy->mapFromSource(destination));
            });
    connect(m_model, &ThemeTreeModel::refreshed, this, &ThemesPanel::onRefreshed);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (m_menu)
            m_menu->exec(m_view->viewport()->mapToGlobal(pos));
    });
    onRefreshed();
}

void ThemesPanel::setActions(QAction *newTheme, QMenu *contextMenu)
{
    m_newTheme->setDefaultAction(newTheme);
    m_newTheme->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_newTheme->setVisible(newTheme != nullptr);
    m_emptyNew->setText(newTheme ? newTheme->text().remove(u'&') : QString());
    m_emptyNew->setVisible(newTheme != nullptr);
    if (newTheme)
        connect(m_emptyNew, &QToolButton::clicked, newTheme, &QAction::trigger);
    m_menu = contextMenu;
}

std::optional<core::Id> ThemesPanel::currentTheme() const
{
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    if (!current.isValid())
        return std::nullopt;
    return current.data(ThemeTreeModel::ThemeIdRole).toLongLong();
}

std::optional<std::string> ThemesPanel::currentThemeUuid() const
{
    const auto theme = currentTheme();
    const services::ThemeSummary *summary = theme ? m_model->theme(*theme) : nullptr;
    if (!summary)
        return std::nullopt;
    return summary->theme.uuid;
}

bool ThemesPanel::selectTheme(core::Id themeId)
{
    QModelIndex index = m_proxy->mapFromSource(m_model->indexOfTheme(themeId));
    if (!index.isValid() && (!m_filter->text().isEmpty() || m_proxy->awaitingOnly())) {
        // The theme is filtered out: show it anyway.
        m_filter->clear();
        m_awaiting->setChecked(false);
        index = m_proxy->mapFromSource(m_model->indexOfTheme(themeId));
    }
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

void ThemesPanel::setFilter(const QString &text)
{
    if (m_filter->text() != text)
        m_filter->setText(text); // comes back here through textChanged
    if (m_proxy->filterRegularExpression().pattern() == QRegularExpression::escape(text))
        return;
    m_proxy->setFilterFixedString(text);
    m_view->expandAll();
}

void ThemesPanel::setAwaitingOnly(bool only)
{
    if (m_awaiting->isChecked() != only)
        m_awaiting->setChecked(only); // comes back here through toggled
    m_proxy->setAwaitingOnly(only);
    m_view->expandAll();
    onRefreshed();
}

void ThemesPanel::editName(core::Id themeId)
{
    if (!selectTheme(themeId))
        return;
    m_view->edit(m_view->currentIndex().siblingAtColumn(ThemeTreeModel::NameColumn));
}

void ThemesPanel::onCurrentChanged()
{
    const std::optional<core::Id> theme = currentTheme();
    m_details->showTheme(theme);
    if (theme == m_current)
        return;
    m_current = theme;
    Q_EMIT currentThemeChanged(currentThemeUuid());
}

void ThemesPanel::onRefreshed()
{
    const int awaiting = m_model->awaitingReviewCount();
    m_awaiting->setText(tr("Awaiting review (%1)").arg(awaiting));
    m_awaiting->setEnabled(awaiting > 0 || m_awaiting->isChecked());
    // Without themes the whole panel is the place to drop codes; details have nothing to show.
    const bool empty = m_model->rowCount() == 0;
    m_empty->setVisible(m_session->isOpen() && empty);
    m_details->setVisible(!empty);
    placeEmptyHint();
    // A theme that went (deleted, undone) leaves no current row behind.
    onCurrentChanged();
}

void ThemesPanel::placeEmptyHint()
{
    const QRect area = m_view->viewport()->rect();
    const int width = std::min(area.width() - 16, 280);
    const int height = m_empty->heightForWidth(width) > 0 ? m_empty->heightForWidth(width)
                                                           : m_empty->sizeHint().height();
    m_empty->setGeometry(area.center().x() - width / 2, area.center().y() - height / 2, width,
            height);
}

bool ThemesPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        placeEmptyHint();
    return QWidget::eventFilter(watched, event);
}

} // namespace weft::app
