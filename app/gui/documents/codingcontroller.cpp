// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/documents/codingcontroller.h"

#include "app/gui/codebook/codepickerdialog.h"
#include "app/gui/commands/applycodingcommand.h"
#include "app/gui/commands/applynewcodecommand.h"
#include "app/gui/commands/mapspeakercommand.h"
#include "app/gui/commands/removecodingcommand.h"
#include "app/gui/commands/resizecodingcommand.h"
#include "app/gui/documents/documenttextview.h"
#include "app/gui/documents/documentviewer.h"
#include "app/gui/documents/quickcodebox.h"
#include "app/gui/models/codebookmodel.h"
#include "app/gui/models/codecolors.h"
#include "app/gui/models/codelistmodel.h"
#include "app/gui/session/projectsession.h"
#include "core/model/codepath.h"
#include "core/text/breaks.h"
#include "storage/project.h"

#include <QAction>
#include <QCollator>
#include <QInputDialog>
#include <QTextCursor>
#include <QMenu>
#include <QSettings>
#include <QUndoStack>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace weft::app {

namespace {
const auto kSnapKey = u"coding/snapToWords"_s;
constexpr int kInVivoLength = 60;

// The selected words as a code name: one line, no quotes or trailing punctuation around it,
// cut at a word when long.
QString inVivoName(QString text)
{
    text = text.simplified();
    static const QString strip = u"\"'“”‘’«»„.,;:!?()[]{}…-–—"_s;
    while (!text.isEmpty() && strip.contains(text.front()))
        text.remove(0, 1);
    while (!text.isEmpty() && strip.contains(text.back()))
        text.chop(1);
    if (text.size() > kInVivoLength) {
        const qsizetype space = text.lastIndexOf(u' ', kInVivoLength);
        text = text.left(space > kInVivoLength / 2 ? space : kInVivoLength) + u"…"_s;
    }
    return text;
}
} // namespace

CodingController::CodingController(ProjectSession *session, DocumentViewer *viewer)
    : QObject(viewer)
    , m_session(session)
    , m_viewer(viewer)
    , m_codes(new CodeListModel(session->codebookModel(), this))
    , m_box(new QuickCodeBox(m_codes, viewer))
    , m_quickCode(new QAction(tr("&Quick Code…"), this))
    , m_quickCodeKey(new QAction(this))
    , m_codeWith(new QAction(tr("Code &With…"), this))
    , m_inVivo(new QAction(tr("&In-Vivo Code"), this))
    , m_snapToWords(new QAction(tr("&Snap Selections to Words"), this))
    , m_nextTurn(new QAction(tr("&Next Turn"), this))
    , m_previousTurn(new QAction(tr("&Previous Turn"), this))
{
    m_quickCode->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_quickCode->setStatusTip(tr("Code the selection: type part of a code's name, or a new name."));
    m_quickCodeKey->setShortcut(QKeySequence(Qt::Key_Q));
    m_quickCodeKey->setShortcutContext(Qt::WidgetShortcut);
    m_codeWith->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_inVivo->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    m_inVivo->setStatusTip(tr("Make the selected words a new code and code them with it."));
    m_snapToWords->setCheckable(true);
    m_snapToWords->setChecked(QSettings().value(kSnapKey, false).toBool());
    m_snapToWords->setStatusTip(tr("Widen every coded selection to whole words."));
    m_nextTurn->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    m_nextTurn->setStatusTip(tr("Select the next speaker turn, journal entry or answer."));
    m_previousTurn->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));

    DocumentTextView *text = m_viewer->textView();
    // Quick code and Code With work wherever the focus is in the window (say, on the codebook
    // after picking a code); the rest only while the viewer has the focus, so Alt+Down or
    // Ctrl+Shift+V in the memo editor or a list mean what they mean there. "Q" only on the text.
    for (QAction *action : {m_quickCode, m_codeWith, m_inVivo, m_nextTurn, m_previousTurn})
        m_viewer->addAction(action);
    for (QAction *action : {m_inVivo, m_nextTurn, m_previousTurn})
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    text->addAction(m_quickCodeKey);

    connect(m_quickCode, &QAction::triggered, this, &CodingController::openQuickCode);
    connect(m_quickCodeKey, &QAction::triggered, this, &CodingController::openQuickCode);
    connect(m_codeWith, &QAction::triggered, this, &CodingController::chooseCode);
    connect(m_inVivo, &QAction::triggered, this, &CodingController::codeInVivo);
    connect(m_snapToWords, &QAction::toggled, this, &CodingController::setSnapToWords);
    connect(m_nextTurn, &QAction::triggered, this, [this] { moveToSegment(1); });
    connect(m_previousTurn, &QAction::triggered, this, [this] { moveToSegment(-1); });
    connect(m_box, &QuickCodeBox::codeChosen, this, &CodingController::applyCode);
    connect(m_box, &QuickCodeBox::newCodeRequested, this, &CodingController::applyCodePath);
    connect(m_box, &QuickCodeBox::dismissed, text, [text] { text->setFocus(Qt::OtherFocusReason); });
    connect(text, &DocumentTextView::contextMenuRequested, this, &CodingController::showContextMenu);
    connect(text, &DocumentTextView::stripeMenuRequested, this, &CodingController::showStripeMenu);
    connect(text, &DocumentTextView::codesDropped, this, &CodingController::applyDroppedCodes);
    connect(m_viewer, &DocumentViewer::codingResizeRequested, this,
            &CodingController::resizeCoding);
    connect(m_viewer, &DocumentViewer::codingActivated, this, [this] {
        Q_EMIT message(tr("Drag the handles at either end of the coding to resize it."));
    });
    connect(m_viewer, &DocumentViewer::documentShown, this, &CodingController::updateActions);
    connect(m_session, &ProjectSession::closed, this, [this] { m_recent.clear(); });
    updateActions();
}

void CodingController::updateActions()
{
    const bool shown = m_viewer->documentId().has_value();
    for (QAction *action : {m_quickCode, m_quickCodeKey, m_codeWith, m_inVivo, m_nextTurn,
                 m_previousTurn})
        action->setEnabled(shown);
    if (!shown)
        m_box->dismiss();
}

bool CodingController::snapsToWords() const
{
    return m_snapToWords->isChecked();
}

void CodingController::setSnapToWords(bool snap)
{
    m_snapToWords->setChecked(snap);
    QSettings().setValue(kSnapKey, snap);
}

std::optional<core::text::CodePointRange> CodingController::codingRange()
{
    auto range = m_viewer->selection();
    if (!range) {
        Q_EMIT message(tr("Select the text to code first."));
        return std::nullopt;
    }
    if (snapsToWords()) {
        const auto snapped = core::text::snapToWords(m_viewer->codePoints(), *range);
        if (!snapped.empty() && snapped != *range) {
            range = snapped;
            m_viewer->selectRange(static_cast<std::int64_t>(range->start),
                    static_cast<std::int64_t>(range->end));
        }
    }
    return range;
}

void CodingController::remember(core::Id codeId)
{
    std::vector<core::Id> recent;
    recent.reserve(kRecentCodes);
    recent.push_back(codeId);
    for (core::Id id : m_recent) {
        if (id != codeId && recent.size() < static_cast<std::size_t>(kRecentCodes))
            recent.push_back(id);
    }
    m_recent = std::move(recent);
}

void CodingController::afterCoding(const core::text::CodePointRange &)
{
    m_viewer->textView()->setFocus(Qt::OtherFocusReason);
}

bool CodingController::applyCode(core::Id codeId)
{
    const auto document = m_viewer->documentId();
    const core::CodeTree &tree = m_session->codebookModel()->tree();
    if (!document || !tree.find(codeId))
        return false;
    const auto range = codingRange();
    if (!range)
        return false;
    const QString path = QString::fromStdString(tree.path(codeId));
    const storage::NewCoding coding{*document, codeId, static_cast<std::int64_t>(range->start),
            static_cast<std::int64_t>(range->end), {}};
    if (!m_session->execute(new ApplyCodingCommand(m_session, coding, path)))
        return false;
    remember(codeId);
    afterCoding(*range);
    Q_EMIT message(tr("Coded with %1.").arg(path));
    return true;
}

bool CodingController::applyCodePath(const QString &path)
{
    const auto document = m_viewer->documentId();
    if (!document)
        return false;
    auto names = core::splitPath(path.trimmed().toStdString());
    if (!names.ok() || names->empty()
            || std::any_of(names->begin(), names->end(), [](const std::string &n) { return n.empty(); })) {
        m_session->warn(tr("Not a code name"),
                tr("“%1” is not a code name. Separate levels with “/” (Parent/Child).").arg(path));
        return false;
    }
    const auto range = codingRange();
    if (!range)
        return false;
    const QString shown = QString::fromStdString(core::joinPath(*names));
    if (!m_session->execute(new ApplyNewCodeCommand(m_session, *document,
                static_cast<std::int64_t>(range->start), static_cast<std::int64_t>(range->end),
                *names, tr("Code with “%1”").arg(shown))))
        return false;
    if (auto code = m_session->project()->codes().resolve(core::joinPath(*names)); code.ok())
        remember(code->id);
    afterCoding(*range);
    Q_EMIT message(tr("Coded with %1.").arg(shown));
    return true;
}

bool CodingController::codeInVivo()
{
    const auto document = m_viewer->documentId();
    if (!document)
        return false;
    const auto range = codingRange();
    if (!range)
        return false;
    const QString name = inVivoName(QString::fromStdString(
            std::string(m_viewer->codePoints().slice(range->start, range->end))));
    if (name.isEmpty()) {
        Q_EMIT message(tr("Select some words to make an in-vivo code."));
        return false;
    }
    if (!m_session->execute(new ApplyNewCodeCommand(m_session, *document,
                static_cast<std::int64_t>(range->start), static_cast<std::int64_t>(range->end),
                {name.toStdString()}, tr("In-vivo code “%1”").arg(name))))
        return false;
    if (auto code = m_session->project()->codes().resolve(core::escapePathName(name.toStdString()));
            code.ok())
        remember(code->id);
    afterCoding(*range);
    Q_EMIT message(tr("New in-vivo code %1.").arg(name));
    return true;
}

bool CodingController::removeCoding(const QString &codingUuid)
{
    if (!m_session->isOpen())
        return false;
    const auto coding = m_session->project()->codings().get(codingUuid.toStdString());
    if (!coding.ok())
        return false;
    const QString path
            = QString::fromStdString(m_session->codebookModel()->tree().path(coding->codeId));
    return m_session->execute(new RemoveCodingCommand(m_session, coding->uuid, path));
}

bool CodingController::fitCodingToSelection(const QString &codingUuid)
{
    if (!m_session->isOpen())
        return false;
    const auto coding = m_session->project()->codings().get(codingUuid.toStdString());
    const auto range = m_viewer->selection();
    if (!coding.ok() || !range)
        return false;
    const QString path
            = QString::fromStdString(m_session->codebookModel()->tree().path(coding->codeId));
    return m_session->execute(new ResizeCodingCommand(m_session, coding->uuid,
            static_cast<std::int64_t>(range->start), static_cast<std::int64_t>(range->end), path));
}

bool CodingController::resizeCoding(
        const QString &codingUuid, std::int64_t start, std::int64_t end, bool startMoved)
{
    if (!m_session->isOpen())
        return false;
    const auto coding = m_session->project()->codings().get(codingUuid.toStdString());
    if (!coding.ok() || start >= end)
        return false;
    if (snapsToWords()) {
        const auto snapped = core::text::snapToWords(m_viewer->codePoints(),
                {static_cast<std::size_t>(start), static_cast<std::size_t>(end)});
        if (!snapped.empty()) {
            if (startMoved)
                start = std::min(static_cast<std::int64_t>(snapped.start), end - 1);
            else
                end = std::max(static_cast<std::int64_t>(snapped.end), start + 1);
        }
    }
    if (start == coding->start && end == coding->end)
        return false;
    const QString path
            = QString::fromStdString(m_session->codebookModel()->tree().path(coding->codeId));
    if (!m_session->execute(new ResizeCodingCommand(m_session, coding->uuid, start, end, path)))
        return false;
    m_viewer->selectRange(start, end);
    Q_EMIT message(tr("Resized %1.").arg(path));
    return true;
}

bool CodingController::mapSpeaker(const QString &speaker, const QString &participant)
{
    const auto document = m_viewer->documentId();
    if (!document || speaker.isEmpty())
        return false;
    return m_session->execute(
            new MapSpeakerCommand(m_session, *document, speaker, participant.trimmed()));
}

void CodingController::chooseSpeakerParticipant(const QString &speaker, const QString &current)
{
    const QString nobody = tr("(not a participant)");
    QStringList labels;
    if (auto participants = m_session->project()->participants().all(); participants.ok()) {
        for (const core::Participant &participant : *participants)
            labels.append(QString::fromStdString(participant.label));
    }
    QCollator collator;
    collator.setNumericMode(true);
    std::sort(labels.begin(), labels.end(),
            [&](const QString &a, const QString &b) { return collator.compare(a, b) < 0; });
    labels.prepend(nobody);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(m_viewer->window(), tr("Speaker"),
            tr("Every turn of “%1” in this document belongs to (type a new id to add one):")
                    .arg(speaker),
            labels, std::max(0, int(labels.indexOf(current.isEmpty() ? nobody : current))), true,
            &ok);
    if (ok)
        mapSpeaker(speaker, chosen == nobody ? QString() : chosen);
}

bool CodingController::moveToSegment(int direction)
{
    const auto &segments = m_viewer->segments();
    if (segments.empty())
        return false;
    const auto selection = m_viewer->selection();
    const std::int64_t at = selection
            ? static_cast<std::int64_t>(selection->start)
            : m_viewer->codePointOf(m_viewer->textView()->textCursor().position());
    const core::Segment *target = nullptr;
    if (direction > 0) {
        const auto it = std::find_if(segments.begin(), segments.end(),
                [at](const core::Segment &s) { return s.start > at; });
        target = it == segments.end() ? nullptr : &*it;
    } else {
        const auto it = std::find_if(segments.rbegin(), segments.rend(),
                [at](const core::Segment &s) { return s.start < at; });
        target = it == segments.rend() ? nullptr : &*it;
    }
    if (!target)
        return false;
    m_viewer->selectRange(target->start, target->end);
    return true;
}

void CodingController::openQuickCode()
{
    if (!m_viewer->documentId())
        return;
    if (!m_viewer->selection()) {
        Q_EMIT message(tr("Select the text to code first."));
        return;
    }
    DocumentTextView *text = m_viewer->textView();
    QTextCursor end = text->textCursor();
    end.setPosition(end.selectionEnd());
    const QRect caret = text->cursorRect(end);
    m_box->open(text->viewport()->mapTo(m_viewer, caret.bottomLeft() + QPoint(0, 6)));
}

void CodingController::chooseCode()
{
    if (!m_viewer->selection()) {
        Q_EMIT message(tr("Select the text to code first."));
        return;
    }
    CodePickerDialog dialog(m_session->codebookModel(), tr("Code With"),
            tr("Code the selected text with:"), m_viewer->window());
    if (!m_recent.empty())
        dialog.choose(m_recent.front());
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto code = dialog.chosenCode())
        applyCode(*code);
}

void CodingController::applyDroppedCodes(const QList<core::Id> &codeIds)
{
    if (codeIds.size() == 1) {
        applyCode(codeIds.first());
        return;
    }
    m_session->undoStack()->beginMacro(tr("Code with %n codes", nullptr, int(codeIds.size())));
    for (core::Id id : codeIds)
        applyCode(id);
    m_session->undoStack()->endMacro();
}

QMenu *CodingController::buildContextMenu(const QPoint &viewportPos, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    DocumentTextView *text = m_viewer->textView();
    const core::CodeTree &tree = m_session->codebookModel()->tree();
    const bool selected = m_viewer->selection().has_value();
    if (selected) {
        for (core::Id id : m_recent) {
            if (!tree.find(id))
                continue;
            QAction *recent = menu->addAction(
                    CodeColors::swatch(CodeColors::color(tree, id)),
                    tr("Code with %1").arg(QString::fromStdString(tree.path(id))));
            connect(recent, &QAction::triggered, this, [this, id] { applyCode(id); });
        }
        menu->addAction(m_codeWith);
        menu->addAction(m_quickCode);
        menu->addAction(m_inVivo);
    }
    const int at = text->cursorForPosition(viewportPos).position();
    const auto codings = m_viewer->codingsAt(at);
    if (!codings.empty())
        menu->addSeparator();
    for (const CodingHighlights::Span *span : codings) {
        const QString uuid = QString::fromStdString(span->coding.uuid);
        QAction *uncode = menu->addAction(CodeColors::swatch(span->color),
                tr("Uncode %1").arg(span->codePath));
        uncode->setData(uuid);
        connect(uncode, &QAction::triggered, this, [this, uuid] { removeCoding(uuid); });
        if (selected) {
            QAction *fit = menu->addAction(tr("Fit %1 to the Selection").arg(span->codePath));
            connect(fit, &QAction::triggered, this, [this, uuid] { fitCodingToSelection(uuid); });
        }
    }
    // Who speaks here: the turn's speaker can be linked to a participant.
    const std::int64_t codePoint = m_viewer->codePointOf(at);
    for (const core::Segment &segment : m_viewer->segments()) {
        if (segment.kind != core::SegmentKind::Turn || segment.label.empty()
                || codePoint < segment.start || codePoint >= segment.end)
            continue;
        QString current;
        if (segment.participantId) {
            if (auto participant = m_session->project()->participants().get(*segment.participantId);
                    participant.ok())
                current = QString::fromStdString(participant->label);
        }
        const QString speaker = QString::fromStdString(segment.label);
        menu->addSeparator();
        QAction *who = menu->addAction(tr("Speaker “%1” Is…").arg(speaker));
        who->setData(speaker);
        connect(who, &QAction::triggered, this,
                [this, speaker, current] { chooseSpeakerParticipant(speaker, current); });
        break;
    }
    menu->addSeparator();
    QAction *copy = menu->addAction(tr("&Copy"), text, &QTextEdit::copy);
    copy->setEnabled(selected);
    menu->addAction(tr("Select &All"), text, &QTextEdit::selectAll);
    return menu;
}

void CodingController::showContextMenu(const QPoint &viewportPos, const QPoint &globalPos)
{
    QMenu *menu = buildContextMenu(viewportPos, m_viewer);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(globalPos);
}

void CodingController::showStripeMenu(std::size_t span, const QPoint &globalPos)
{
    const auto &spans = m_viewer->highlights().spans();
    if (span >= spans.size())
        return;
    const QString uuid = QString::fromStdString(spans[span].coding.uuid);
    const QString path = spans[span].codePath;
    const std::int64_t start = spans[span].coding.start;
    const std::int64_t end = spans[span].coding.end;
    auto *menu = new QMenu(m_viewer);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(tr("Select the Coded Text"), this,
            [this, start, end] { m_viewer->selectRange(start, end); });
    menu->addAction(tr("Uncode %1").arg(path), this, [this, uuid] { removeCoding(uuid); });
    if (m_viewer->selection()) {
        menu->addAction(tr("Fit %1 to the Selection").arg(path), this,
                [this, uuid] { fitCodingToSelection(uuid); });
    }
    menu->popup(globalPos);
}

} // namespace weft::app
