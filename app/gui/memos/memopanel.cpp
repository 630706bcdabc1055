// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/memos/memopanel.h"

#include "app/gui/commands/editmemocommand.h"
#include "app/gui/models/codebookmodel.h"
#include "app/gui/session/projectobserveradapter.h"
#include "app/gui/session/projectsession.h"
#include "storage/project.h"

#include <QEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

#include <chrono>

using namespace Qt::StringLiterals;

namespace weft::app {

MemoPanel::MemoPanel(ProjectSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_title(new QLabel(this))
    , m_editor(new QPlainTextEdit(this))
{
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setContentsMargins(10, 8, 10, 6);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_editor->setFrameShape(QFrame::NoFrame);
    m_editor->document()->setDocumentMargin(8);
    m_editor->installEventFilter(this);
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(std::chrono::milliseconds(900));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_title);
    layout->addWidget(m_editor, 1);

    connect(m_editor, &QPlainTextEdit::textChanged, this, &MemoPanel::onTextChanged);
    connect(&m_saveTimer, &QTimer::timeout, this, &MemoPanel::commit);
    connect(m_session, &ProjectSession::changed, this, &MemoPanel::onProjectChanged);
    connect(m_session, &ProjectSession::opened, this, &MemoPanel::showProjectMemo);
    connect(m_session, &ProjectSession::aboutToClose, this, &MemoPanel::commit);
    connect(m_session, &ProjectSession::closed, this, [this] {
        m_saveTimer.stop();
        m_dirty = false;
        setSubject(core::MemoTarget::Project, {}, {});
    });
    setSubject(core::MemoTarget::Project, {}, {});
}

void MemoPanel::setSubject(core::MemoTarget target, const std::string &uuid, const QString &label)
{
    commit();
    m_target = target;
    m_uuid = uuid;
    m_label = label;
    load();
}

void MemoPanel::showProjectMemo()
{
    setSubject(core::MemoTarget::Project, {}, tr("the project"));
}

void MemoPanel::showDocumentMemo(core::Id documentId)
{
    if (!m_session->isOpen())
        return;
    if (auto document = m_session->project()->documents().get(documentId); document.ok())
        setSubject(core::MemoTarget::Document, document->uuid,
                tr("document %1").arg(QString::fromStdString(document->name)));
}

void MemoPanel::showCodeMemo(std::optional<core::Id> codeId)
{
    if (!m_session->isOpen() || !codeId)
        return;
    const core::CodeTree &tree = m_session->codebookModel()->tree();
    if (const core::Code *code = tree.find(*codeId))
        setSubject(core::MemoTarget::Code, code->uuid,
                tr("code %1").arg(QString::fromStdString(tree.path(*codeId))));
}

void MemoPanel::showCodingMemo(const QString &codingUuid)
{
    if (!m_session->isOpen())
        return;
    storage::Project &project = *m_session->project();
    auto coding = project.codings().get(codingUuid.toStdString());
    if (!coding.ok())
        return;
    auto document = project.documents().get(coding->documentId);
    const QString path = QString::fromStdString(m_session->codebookModel()->tree().path(coding->codeId));
    setSubject(core::MemoTarget::Coding, coding->uuid,
            tr("this coding of %1 in %2")
                    .arg(path, document.ok() ? QString::fromStdString(document->name) : QString()));
}

void MemoPanel::showParticipantMemo(core::Id participantId)
{
    if (!m_session->isOpen())
        return;
    if (auto participant = m_session->project()->participants().get(participantId); participant.ok())
        setSubject(core::MemoTarget::Participant, participant->uuid,
                tr("participant %1").arg(QString::fromStdString(participant->label)));
}

void MemoPanel::load()
{
    const bool open = m_session->isOpen();
    m_title->setText(open ? tr("Memo on %1").arg(m_label) : tr("Memo"));
    m_editor->setEnabled(open);
    m_editor->setPlaceholderText(open ? tr("What you notice here: ideas, questions, decisions. "
                                           "Saved as you type.")
                                      : QString());
    QString body;
    if (open) {
        auto memos = m_session->project()->memos().forTarget(m_target, m_uuid);
        if (memos.ok() && !memos->empty())
            body = QString::fromStdString(memos->front().body);
    }
    if (body != m_editor->toPlainText()) {
        m_loading = true;
        m_editor->setPlainText(body);
        m_loading = false;
    }
    m_dirty = false;
}

void MemoPanel::onTextChanged()
{
    if (m_loading)
        return;
    m_dirty = true;
    m_saveTimer.start();
}

void MemoPanel::commit()
{
    m_saveTimer.stop();
    if (!m_dirty || !m_session->isOpen())
        return;
    m_dirty = false;
    // Kept as typed (so reloading it never moves the cursor); only blank text removes the memo.
    QString body = m_editor->toPlainText();
    if (body.trimmed().isEmpty())
        body.clear();
    m_session->execute(new EditMemoCommand(
            m_session, m_target, m_uuid, tr("Memo on %1").arg(m_label), body, m_label));
}

void MemoPanel::onProjectChanged(const QList<storage::ChangeEvent> &events)
{
    // Undo, redo or another change of the memo: show it, unless the user is mid-sentence.
    if (!m_dirty && touches(events, {storage::EntityType::Memo}))
        load();
}

bool MemoPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor && event->type() == QEvent::FocusOut)
        commit();
    return QWidget::eventFilter(watched, event);
}

} // namespace weft::app
