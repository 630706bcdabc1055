// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/themes/reviewdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace weft::app {

ReviewDialog::ReviewDialog(core::ReviewDecision decision, const QString &themeName,
        const QString &reviewer, QWidget *parent)
    : QDialog(parent)
    , m_decision(decision)
    , m_comment(new QPlainTextEdit(this))
    , m_problem(new QLabel(this))
{
    QString title;
    QString intro;
    QString action;
    switch (decision) {
    case core::ReviewDecision::Approve:
        title = tr("Approve Theme");
        intro = tr("Approve “%1”: its status becomes Reviewed. A comment is optional.");
        action = tr("Approve");
        break;
    case core::ReviewDecision::SendBack:
        title = tr("Send Theme Back");
        intro = tr("Send “%1” back: its status returns to Candidate. Say what should change.");
        action = tr("Send Back");
        break;
    case core::ReviewDecision::Request:
        title = tr("Ask for Review");
        intro = tr("Ask for a review of “%1”. A note for the reviewer is optional.");
        action = tr("Ask for Review");
        break;
    case core::ReviewDecision::Comment:
        title = tr("Comment on Theme");
        intro = tr("Comment on “%1”: the comment joins its review history.");
        action = tr("Add Comment");
        break;
    }
    setWindowTitle(title);
    auto *introLabel = new QLabel(intro.arg(themeName), this);
    introLabel->setWordWrap(true);
    auto *who = new QLabel(tr("Reviewer: %1").arg(reviewer), this);
    m_comment->setPlaceholderText(needsComment(decision) ? tr("Comment (required)")
                                                         : tr("Comment (optional)"));
    m_comment->setTabChangesFocus(true);
    m_problem->setWordWrap(true);
    QFont bold = m_problem->font();
    bold.setBold(true);
    m_problem->setFont(bold);
    m_problem->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(action);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReviewDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReviewDialog::reject);
    connect(m_comment, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_comment->toPlainText().trimmed().isEmpty())
            m_problem->hide();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(introLabel);
    layout->addWidget(who);
    layout->addWidget(m_comment, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(440, 260);
}

bool ReviewDialog::needsComment(core::ReviewDecision decision)
{
    return decision == core::ReviewDecision::SendBack || decision == core::ReviewDecision::Comment;
}

QString ReviewDialog::comment() const
{
    return m_comment->toPlainText().trimmed();
}

void ReviewDialog::setComment(const QString &text)
{
    m_comment->setPlainText(text);
}

QString ReviewDialog::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void ReviewDialog::accept()
{
    if (needsComment(m_decision) && comment().isEmpty()) {
        m_problem->setText(m_decision == core::ReviewDecision::SendBack
                        ? tr("Write what should change before sending the theme back: the "
                             "comment is how its author learns what to do.")
                        : tr("Write a comment first, or cancel."));
        m_problem->show();
        m_comment->setFocus(Qt::OtherFocusReason);
        return;
    }
    QDialog::accept();
}

} // namespace weft::app
