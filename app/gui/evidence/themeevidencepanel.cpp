// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/evidence/themeevidencepanel.h"

#include "app/gui/evidence/evidencedelegate.h"
#include "app/gui/models/themeevidencemodel.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace weft::app {

ThemeEvidencePanel::ThemeEvidencePanel(ProjectSession *session, QWidget *parent)
    : QWidget(parent)
    , m_model(new ThemeEvidenceModel(session, this))
    , m_title(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
    , m_view(new QTreeView(this))
    , m_moveUp(new QAction(tr("Move Quote Up"), this))
    , m_moveDown(new QAction(tr("Move Quote Down"), this))
{
    setObjectName(u"themeEvidencePanel"_s);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setContentsMargins(10, 6, 6, 4);
    m_title->setTextFormat(Qt::PlainText);

    m_view->setModel(m_model);
    m_view->setItemDelegate(new EvidenceDelegate(m_view));
    m_view->setHeaderHidden(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(true);
    m_view->header()->setStretchLastSection(true);

    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_view);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_title);
    layout->addWidget(m_stack, 1);

    // Exemplar quotes are reordered from their context menu or with Ctrl+Up / Ctrl+Down.
    m_moveUp->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up));
    m_moveDown->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down));
    for (QAction *action : {m_moveUp, m_moveDown}) {
        action->setShortcutContext(Qt::WidgetShortcut);
        m_view->addAction(action);
    }
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_moveUp, &QAction::triggered, this, [this] { moveCurrentExemplar(-1); });
    connect(m_moveDown, &QAction::triggered, this, [this] { moveCurrentExemplar(1); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ThemeEvidencePanel::updateActions);

    connect(m_view, &QTreeView::doubleClicked, this, &ThemeEvidencePanel::activate);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_scroll = m_view->verticalScrollBar()->value(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &ThemeEvidencePanel::onModelReset);
    // Rows wrap their text: a new width means new heights.
    connect(m_view->header(), &QHeaderView::sectionResized, m_view,
            [this] { m_view->doItemsLayout(); });
    onModelReset();
    m_model->setLive(false); // until shown
}

void ThemeEvidencePanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_model->setLive(true);
}

void ThemeEvidencePanel::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_model->setLive(false);
}

void ThemeEvidencePanel::setTheme(std::optional<std::string> themeUuid)
{
    if (themeUuid != m_model->theme())
        m_scroll = 0;
    m_model->setTheme(themeUuid);
}

void ThemeEvidencePanel::activate(const QModelIndex &index)
{
    if (!index.isValid() || !index.data(ThemeEvidenceModel::IsExcerptRole).toBool())
        return;
    Q_EMIT excerptActivated(index.data(ThemeEvidenceModel::DocumentIdRole).toLongLong(),
            index.data(ThemeEvidenceModel::StartRole).toLongLong(),
            index.data(ThemeEvidenceModel::EndRole).toLongLong());
}

bool ThemeEvidencePanel::moveCurrentExemplar(int delta)
{
    const QModelIndex current = m_view->currentIndex();
    const QVariant codings = current.data(ThemeEvidenceModel::CodingIdsRole);
    if (!m_model->moveExemplar(current, delta))
        return false;
    m_follow = codings;
    return true;
}

void ThemeEvidencePanel::updateActions()
{
    const QModelIndex current = m_view->currentIndex();
    const QModelIndex group = m_model->exemplarGroup();
    const bool exemplar = group.isValid() && current.parent() == group;
    m_moveUp->setEnabled(exemplar && current.row() > 0);
    m_moveDown->setEnabled(exemplar && current.row() + 1 < m_model->rowCount(group));
}

void ThemeEvidencePanel::onModelReset()
{
    const bool shown = m_model->theme().has_value();
    if (!shown) {
        m_title->setText(tr("Theme evidence"));
        m_placeholder->setText(tr("Select a theme in the themes panel or on the thematic map to "
                                  "see the excerpts that support it."));
    } else if (m_model->excerptCount() == 0) {
        m_title->setText(tr("Evidence for “%1”").arg(m_model->themeName()));
        m_placeholder->setText(tr("No excerpts support this theme yet. Link codes to it (drag "
                                  "them from the codebook onto the theme) and code passages "
                                  "with them."));
    } else {
        m_title->setText(
                tr("Evidence for “%1” — %2 from %3")
                        .arg(m_model->themeName(),
                                ThemeEvidenceModel::excerptsText(m_model->excerptCount()),
                                ThemeEvidenceModel::participantsText(m_model->participantCount())));
    }
    m_stack->setCurrentWidget(
            shown && m_model->excerptCount() > 0 ? static_cast<QWidget *>(m_view) : m_placeholder);
    m_view->expandAll();
    const QModelIndex group = m_model->exemplarGroup();
    QModelIndex follow;
    for (int row = 0; group.isValid() && m_follow.isValid() && row < m_model->rowCount(group);
            ++row) {
        const QModelIndex quote = m_model->index(row, 0, group);
        if (quote.data(ThemeEvidenceModel::CodingIdsRole) == m_follow)
            follow = quote;
    }
    m_follow.clear();
    m_view->setCurrentIndex(follow);
    updateActions();
    // Rows get their heights on the next layout; restore the place after it.
    QMetaObject::invokeMethod(
            this, [this] { m_view->verticalScrollBar()->setValue(m_scroll); },
            Qt::QueuedConnection);
}

} // namespace weft::app
