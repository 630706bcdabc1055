// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/themes/themedetails.h"

#include "app/gui/models/codebookmodel.h"
#include "app/gui/models/codecolors.h"
#include "app/gui/models/documentkindnames.h"
#include "app/gui/models/themetexts.h"
#include "app/gui/models/themetreemodel.h"
#include "app/gui/session/projectsession.h"
#include "storage/project.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace weft::app {

namespace {

QLabel *caption(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

QToolButton *button(QWidget *parent)
{
    auto *tool = new QToolButton(parent);
    tool->setAutoRaise(true);
    tool->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return tool;
}

QString decisionName(core::ReviewDecision decision)
{
    switch (decision) {
    case core::ReviewDecision::Approve:
        return ThemeDetails::tr("Approved");
    case core::ReviewDecision::SendBack:
        return ThemeDetails::tr("Sent back");
    case core::ReviewDecision::Request:
        return ThemeDetails::tr("Review asked for");
    case core::ReviewDecision::Comment:
        break;
    }
    return ThemeDetails::tr("Comment");
}

} // namespace

ThemeDetails::ThemeDetails(ProjectSession *session, ThemeTreeModel *model, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(model)
    , m_title(new QLabel(this))
    , m_state(new QLabel(this))
    , m_evidence(new QLabel(this))
    , m_definition(new QLabel(this))
    , m_define(button(this))
    , m_codesCaption(caption(tr("Codes"), this))
    , m_codes(new QListWidget(this))
    , m_unlink(button(this))
    , m_reviewButtons(new QWidget(this))
    , m_history(new QLabel(this))
    , m_body(new QWidget(this))
    , m_placeholder(new QLabel(this))
    , m_scroll(new QScrollArea(this))
{
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    for (QLabel *label : {m_title, m_state, m_evidence, m_definition, m_history}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_history->setTextFormat(Qt::RichText);
    m_codes->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_codes->setFrameShape(QFrame::StyledPanel);
    m_codes->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_codes->setMaximumHeight(m_codes->fontMetrics().height() * 5);
    m_placeholder->setText(tr("Pick a theme to see its definition, codes and reviews."));
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);

    auto *definitionRow = new QHBoxLayout;
    definitionRow->addWidget(caption(tr("Definition"), m_body), 1);
    definitionRow->addWidget(m_define);
    auto *codesRow = new QHBoxLayout;
    codesRow->addWidget(m_codesCaption, 1);
    codesRow->addWidget(m_unlink);
    auto *reviewRow = new QHBoxLayout(m_reviewButtons);
    reviewRow->setContentsMargins(0, 0, 0, 0);
    reviewRow->setSpacing(0);

    auto *body = new QVBoxLayout(m_body);
    body->setContentsMargins(10, 6, 10, 10);
    body->setSpacing(4);
    // What a reviewer needs first (state and decisions), then what the theme is made of.
    body->addWidget(m_title);
    body->addWidget(m_state);
    body->addWidget(m_reviewButtons);
    body->addWidget(m_evidence);
    body->addSpacing(4);
    body->addLayout(definitionRow);
    body->addWidget(m_definition);
    body->addSpacing(4);
    body->addLayout(codesRow);
    body->addWidget(m_codes);
    body->addSpacing(4);
    body->addWidget(caption(tr("Review history"), m_body));
    body->addWidget(m_history);
    body->addStretch(1);

    m_scroll->setWidget(m_body);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_placeholder);
    layout->addWidget(m_scroll, 1);

    connect(m_codes, &QListWidget::itemSelectionChanged, this, &ThemeDetails::codeSelectionChanged);
    connect(m_codes, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT codeActivated(item->data(Qt::UserRole).toLongLong());
    });
    // Reviews, links and code names all reach the model first.
    connect(m_model, &ThemeTreeModel::refreshed, this, &ThemeDetails::refresh);
    refresh();
}

void ThemeDetails::setActions(QAction *define, QAction *unlink, const QList<QAction *> &review)
{
    m_define->setDefaultAction(define);
    m_unlink->setDefaultAction(unlink);
    for (QAction *action : review) {
        QToolButton *tool = button(m_reviewButtons);
        tool->setDefaultAction(action);
        m_reviewButtons->layout()->addWidget(tool);
    }
    static_cast<QHBoxLayout *>(m_reviewButtons->layout())->addStretch(1);
}

void ThemeDetails::showTheme(std::optional<core::Id> themeId)
{
    if (themeId == m_theme)
        return;
    m_theme = themeId;
    refresh();
}

std::vector<core::Id> ThemeDetails::selectedCodes() const
{
    std::vector<core::Id> codes;
    for (const QListWidgetItem *item : m_codes->selectedItems())
        codes.push_back(item->data(Qt::UserRole).toLongLong());
    return codes;
}

void ThemeDetails::selectCode(core::Id codeId)
{
    for (int row = 0; row < m_codes->count(); ++row) {
        QListWidgetItem *item = m_codes->item(row);
        if (item->data(Qt::UserRole).toLongLong() == codeId)
            m_codes->setCurrentItem(item);
    }
}

void ThemeDetails::refresh()
{
    const services::ThemeSummary *summary = m_theme ? m_model->theme(*m_theme) : nullptr;
    if (!summary)
        m_theme.reset();
    m_placeholder->setVisible(!summary);
    m_scroll->setVisible(summary != nullptr);
    if (!summary) {
        m_codes->clear();
        return;
    }
    const core::Theme &theme = summary->theme;
    m_title->setText(QString::fromStdString(summary->path));

    QString state = ThemeTexts::statusName(theme.status);
    const QString review = ThemeTexts::reviewStateName(theme.reviewState);
    if (!review.isEmpty())
        state += u" · "_s + review;
    if (summary->lastReview)
        state += u"\n"_s + ThemeTexts::reviewLine(*summary);
    m_state->setText(state);
    // The first line of the tree's tooltip, and the source kinds in one line.
    const QString evidence
            = ThemeTexts::evidenceText(*summary, m_model->excerptCount(theme.id)).section(u'\n', 0, 0);
    QStringList kinds;
    for (const auto &[kind, counts] : summary->evidence.byKind) {
        if (counts.excerpts > 0)
            kinds.append(u"%1 %2"_s.arg(documentKindGroupName(kind)).arg(counts.excerpts));
    }
    m_evidence->setText(kinds.isEmpty() ? evidence : evidence + u"\n"_s + kinds.join(u" · "_s));
    m_evidence->setToolTip(tr("Excerpts by source kind; sub-themes and sub-codes included."));

    const bool defined = !theme.definition.empty();
    m_definition->setText(defined ? QString::fromStdString(theme.definition)
                                  : tr("No definition yet: say what the theme is about and "
                                       "what it is not."));
    m_definition->setForegroundRole(defined ? QPalette::WindowText : QPalette::PlaceholderText);

    // Keep the codes picked across refreshes.
    const std::vector<core::Id> picked = selectedCodes();
    const QSignalBlocker blocker(m_codes);
    m_codes->clear();
    const core::CodeTree &codes = m_session->codebookModel()->tree();
    for (std::size_t i = 0; i < summary->linkedCodes.size(); ++i) {
        const core::Id code = summary->linkedCodes[i];
        auto *item = new QListWidgetItem(CodeColors::swatch(CodeColors::color(codes, code)),
                QString::fromStdString(summary->linkedCodePaths[i]), m_codes);
        item->setData(Qt::UserRole, static_cast<qlonglong>(code));
        item->setSelected(std::find(picked.begin(), picked.end(), code) != picked.end());
    }
    if (summary->linkedCodes.empty()) {
        auto *hint = new QListWidgetItem(tr("Drag codes from the codebook onto the theme."), m_codes);
        hint->setFlags(Qt::NoItemFlags);
    }
    m_codesCaption->setText(tr("Codes (%1)").arg(summary->linkedCodes.size()));
    m_history->setText(historyText());
    Q_EMIT codeSelectionChanged();
}

QString ThemeDetails::historyText() const
{
    if (!m_theme || !m_session->project())
        return {};
    auto reviews = m_session->project()->themes().reviews(*m_theme);
    if (!reviews.ok())
        return QString::fromStdString(reviews.error().message).toHtmlEscaped();
    if (reviews->empty())
        return u"<i>%1</i>"_s.arg(tr("No reviews yet.").toHtmlEscaped());
    QStringList entries;
    for (auto it = reviews->rbegin(); it != reviews->rend(); ++it) {
        QString entry = u"<b>%1</b> — %2, %3"_s.arg(decisionName(it->decision).toHtmlEscaped(),
                QString::fromStdString(it->reviewer).toHtmlEscaped(),
                ThemeTexts::timeText(it->time).toHtmlEscaped());
        if (!it->comment.empty())
            entry += u"<br>“%1”"_s.arg(QString::fromStdString(it->comment).toHtmlEscaped());
        entries.append(entry);
    }
    return entries.join(u"<br><br>"_s);
}

} // namespace weft::app
