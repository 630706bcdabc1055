// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/documents/documentviewer.h"

#include "app/gui/documents/documenttextview.h"
#include "app/gui/documents/segmentformatter.h"
#include "app/gui/models/codebookmodel.h"
#include "app/gui/models/documentkindnames.h"
#include "app/gui/session/projectobserveradapter.h"
#include "app/gui/session/projectsession.h"
#include "storage/project.h"

#include <QHelpEvent>
#include <QLabel>
#include <QLocale>
#include <QScrollBar>
#include <QStackedWidget>
#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextBlockFormat>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextEdit>
#include <QTextFrame>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace weft::app {

namespace {
constexpr int kReadingColumns = 88; // comfortable line length in average characters
constexpr int kMinimumSideMargin = 28;
constexpr qreal kLineHeightPercent = 138;
constexpr qreal kGapHeightPercent = 60;

std::u16string_view utf16View(const QString &text)
{
    return {reinterpret_cast<const char16_t *>(text.utf16()),
            static_cast<std::size_t>(text.size())};
}
} // namespace

DocumentViewer::DocumentViewer(ProjectSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
    , m_heading(new QLabel(this))
    , m_details(new QLabel(this))
    , m_text(new DocumentTextView(this))
{
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_placeholder->setText(tr("Select a document in the list to read it here."));

    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.45);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setForegroundRole(QPalette::PlaceholderText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_text->setFrameShape(QFrame::NoFrame);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont reading = m_text->font();
    reading.setPointSizeF(std::max(11.0, reading.pointSizeF() * 1.2));
    m_text->setFont(reading);
    m_text->viewport()->installEventFilter(this);

    auto *page = new QWidget(this);
    auto *header = new QVBoxLayout;
    header->setContentsMargins(kMinimumSideMargin, 18, kMinimumSideMargin, 10);
    header->setSpacing(4);
    header->addWidget(m_heading);
    header->addWidget(m_details);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->setSpacing(0);
    pageLayout->addLayout(header);
    auto *rule = new QFrame(page);
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Plain);
    rule->setForegroundRole(QPalette::Midlight);
    pageLayout->addWidget(rule);
    pageLayout->addWidget(m_text, 1);

    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(page);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);

    connect(m_text, &DocumentTextView::marginWidthChanged, this,
            &DocumentViewer::updateReadingMargins);
    connect(m_text, &DocumentTextView::stripeClicked, this, &DocumentViewer::activateStripe);
    connect(m_text, &DocumentTextView::codingResizeRequested, this, &DocumentViewer::onHandleDragged);
    connect(m_text, &DocumentTextView::activeCodingDismissed, this,
            [this] { m_activeCoding.clear(); });
    connect(m_text->verticalScrollBar(), &QScrollBar::valueChanged, this,
            &DocumentViewer::updateVisibleHighlights);
    connect(m_session, &ProjectSession::changed, this, &DocumentViewer::onProjectChanged);
    connect(m_session, &ProjectSession::closed, this, &DocumentViewer::clear);
}

void DocumentViewer::showDocument(core::Id documentId)
{
    storage::Project *project = m_session->project();
    if (!project)
        return;
    auto document = project->documents().get(documentId);
    auto text = document.ok() ? project->documents().text(documentId)
                              : Result<std::string>(document.error());
    if (!text.ok()) {
        clear();
        m_placeholder->setText(tr("This document cannot be shown: %1")
                                       .arg(QString::fromStdString(text.error().message)));
        return;
    }
    m_document = std::move(*document);
    m_utf8 = std::move(*text);
    m_codePoints = core::text::CodePointIndex(m_utf8);
    m_plainText = QString::fromStdString(m_utf8);
    m_index = core::text::Utf16Index(utf16View(m_plainText));
    m_segments.clear();
    if (auto segments = project->documents().segments(documentId); segments.ok()) {
        m_segments = std::move(*segments);
        std::stable_sort(m_segments.begin(), m_segments.end(),
                [](const core::Segment &a, const core::Segment &b) { return a.start < b.start; });
    }
    // Built, formatted, highlighted and given its margins off screen, then handed over whole:
    // formatting a document the view has laid out costs a relayout per run, and a change of
    // its margins a relayout of everything (minutes and seconds for a long transcript).
    auto *page = new QTextDocument(m_text);
    page->setUndoRedoEnabled(false);
    page->setDefaultFont(m_text->font());
    page->setPlainText(m_plainText);
    applyReadingLayout(page);
    SegmentFormatter::apply(page, m_segments, m_index);
    m_preparing = true;
    m_activeCoding.clear();
    m_text->setActiveCoding(std::nullopt);
    m_text->setExtraSelections({});
    m_text->setStripes(nullptr);
    loadHighlights();
    m_text->setStripes(&m_highlights.spans(), page);
    m_preparing = false;
    m_leftMargin = -1;
    applyReadingMargins(page);
    m_text->setDocument(page); // deletes the previous page, also a child of the editor
    m_highlightWindow = {-1, -1};
    updateVisibleHighlights();
    refreshHeader();
    m_text->moveCursor(QTextCursor::Start);
    m_stack->setCurrentIndex(1);
    Q_EMIT documentShown(m_document->id);
}

void DocumentViewer::clear()
{
    m_document.reset();
    m_activeCoding.clear();
    m_text->setActiveCoding(std::nullopt);
    m_text->setStripes(nullptr);
    m_highlights.clear();
    m_text->setExtraSelections({});
    m_text->clear();
    m_index = core::text::Utf16Index();
    m_plainText.clear();
    m_codePoints = core::text::CodePointIndex();
    m_utf8.clear();
    m_segments.clear();
    m_heading->clear();
    m_details->clear();
    m_placeholder->setText(tr("Select a document in the list to read it here."));
    m_stack->setCurrentIndex(0);
    Q_EMIT documentShown(std::nullopt);
}

std::optional<core::Id> DocumentViewer::documentId() const
{
    return m_document ? std::optional<core::Id>(m_document->id) : std::nullopt;
}

std::optional<core::text::CodePointRange> DocumentViewer::selection() const
{
    const QTextCursor cursor = m_text->textCursor();
    if (!m_document || !cursor.hasSelection())
        return std::nullopt;
    const core::text::CodePointRange range{
            static_cast<std::size_t>(codePointOf(cursor.selectionStart())),
            static_cast<std::size_t>(codePointOf(cursor.selectionEnd()))};
    if (range.empty())
        return std::nullopt;
    return range;
}

void DocumentViewer::selectRange(std::int64_t start, std::int64_t end)
{
    if (!m_document)
        return;
    QTextCursor cursor(m_text->document());
    cursor.setPosition(utf16Of(start));
    cursor.setPosition(utf16Of(end), QTextCursor::KeepAnchor);
    m_text->setTextCursor(cursor);
    m_text->ensureCursorVisible();
}

std::int64_t DocumentViewer::firstVisibleCodePoint() const
{
    if (!m_document)
        return 0;
    return codePointOf(m_text->cursorForPosition(QPoint(0, 0)).position());
}

void DocumentViewer::scrollToCodePoint(std::int64_t codePoint)
{
    if (!m_document)
        return;
    QTextCursor cursor(m_text->document());
    cursor.setPosition(utf16Of(codePoint));
    QScrollBar *scroll = m_text->verticalScrollBar();
    scroll->setValue(scroll->value() + m_text->cursorRect(cursor).top());
}

int DocumentViewer::utf16Of(std::int64_t codePoint) const
{
    return static_cast<int>(
            m_index.utf16FromCodePoint(static_cast<std::size_t>(std::max<std::int64_t>(0, codePoint))));
}

std::int64_t DocumentViewer::codePointOf(int utf16) const
{
    return static_cast<std::int64_t>(
            m_index.codePointFromUtf16(static_cast<std::size_t>(std::max(0, utf16))));
}

std::vector<const CodingHighlights::Span *> DocumentViewer::codingsAt(int utf16) const
{
    std::vector<const CodingHighlights::Span *> found;
    for (const CodingHighlights::Span &span : m_highlights.spans()) {
        if (span.start > utf16)
            break;
        if (utf16 < span.end)
            found.push_back(&span);
    }
    return found;
}

void DocumentViewer::activateStripe(std::size_t span)
{
    const auto &spans = m_highlights.spans();
    if (span >= spans.size())
        return;
    const core::Coding coding = spans[span].coding; // selecting may not outlive the span
    selectRange(coding.start, coding.end);
    m_activeCoding = coding.uuid;
    syncActiveCoding();
    m_text->setFocus(Qt::MouseFocusReason);
    Q_EMIT codingActivated(QString::fromStdString(coding.uuid));
}

bool DocumentViewer::activateCoding(const QString &codingUuid)
{
    const std::string uuid = codingUuid.toStdString();
    const auto &spans = m_highlights.spans();
    const auto it = std::find_if(spans.begin(), spans.end(),
            [&](const CodingHighlights::Span &span) { return span.coding.uuid == uuid; });
    if (it == spans.end())
        return false;
    activateStripe(static_cast<std::size_t>(it - spans.begin()));
    return true;
}

void DocumentViewer::syncActiveCoding()
{
    if (m_activeCoding.empty()) {
        m_text->setActiveCoding(std::nullopt);
        return;
    }
    for (const CodingHighlights::Span &span : m_highlights.spans()) {
        if (span.coding.uuid == m_activeCoding) {
            m_text->setActiveCoding(
                    DocumentTextView::ActiveCoding{span.start, span.end, span.color, span.coding.uuid});
            return;
        }
    }
    m_activeCoding.clear(); // uncoded, or its code went
    m_text->setActiveCoding(std::nullopt);
}

void DocumentViewer::onHandleDragged(int start, int end, DocumentTextView::Handle moved)
{
    if (m_activeCoding.empty())
        return;
    Q_EMIT codingResizeRequested(QString::fromStdString(m_activeCoding), codePointOf(start),
            codePointOf(end), moved == DocumentTextView::Handle::Start);
    syncActiveCoding(); // back where storage has it, whether or not the resize happened
}

QString DocumentViewer::heading() const
{
    return m_heading->text();
}

QString DocumentViewer::details() const
{
    return m_details->text();
}

void DocumentViewer::onProjectChanged(const QList<storage::ChangeEvent> &events)
{
    using storage::EntityType;
    if (!m_document)
        return;
    if (touches(events, {EntityType::Document, EntityType::Segment})) {
        // Shown again (speakers and names may have changed), where the reader was.
        if (m_session->project()->documents().get(m_document->id).ok()) {
            const std::int64_t at = firstVisibleCodePoint();
            showDocument(m_document->id);
            scrollToCodePoint(at);
        } else {
            clear();
        }
        return;
    }
    if (touches(events, {EntityType::Participant}))
        refreshHeader();
    if (touches(events, {EntityType::Coding, EntityType::Code}))
        refreshHighlights();
}

void DocumentViewer::refreshHeader()
{
    if (!m_document)
        return;
    QStringList parts{documentKindName(m_document->kind)};
    if (m_document->participantId) {
        if (auto participant = m_session->project()->participants().get(*m_document->participantId);
                participant.ok()) {
            parts.append(QString::fromStdString(participant->label));
        }
    }
    parts.append(tr("%1 characters")
                         .arg(QLocale().toString(static_cast<qlonglong>(m_document->characters))));
    m_heading->setText(QString::fromStdString(m_document->name));
    m_details->setText(parts.join(u"  ·  "_s));
}

void DocumentViewer::loadHighlights()
{
    auto codings = m_session->project()->codings().forDocument(m_document->id);
    if (!codings.ok())
        m_highlights.clear();
    else
        m_highlights.set(*codings, m_session->codebookModel()->tree(), m_index);
}

void DocumentViewer::refreshHighlights()
{
    if (!m_document)
        return;
    m_text->setExtraSelections({}); // they point into the spans about to be replaced
    loadHighlights();
    m_text->setStripes(&m_highlights.spans());
    m_highlightWindow = {-1, -1};
    updateVisibleHighlights();
    syncActiveCoding();
}

// The text widget gets the highlights near what is in view only: handing it every coding of a
// long document makes it lay out the whole document at once. The window is generous, so
// scrolling within it changes nothing.
void DocumentViewer::updateVisibleHighlights()
{
    if (!m_document)
        return;
    const QRect view = m_text->viewport()->rect();
    const int first = m_text->cursorForPosition(view.topLeft()).position();
    const int last = m_text->cursorForPosition(view.bottomRight()).position();
    if (m_highlightWindow.first >= 0 && first >= m_highlightWindow.first
            && last <= m_highlightWindow.second)
        return;
    constexpr int kSlack = 4'000; // UTF-16 units either side: a few screens
    m_highlightWindow = {std::max(0, first - kSlack), last + kSlack};
    // The widget lays a document out lazily; it measures a selection in a paragraph not laid
    // out yet against the whole document (laying out all of it). Lay out to the window's end.
    QTextDocument *page = m_text->document();
    const QTextBlock windowEnd = page->findBlock(std::min(m_highlightWindow.second,
            page->characterCount() - 1));
    if (windowEnd.isValid())
        page->documentLayout()->blockBoundingRect(windowEnd);
    m_text->setExtraSelections(
            m_highlights.selections(page, m_highlightWindow.first, m_highlightWindow.second));
}

void DocumentViewer::applyReadingLayout(QTextDocument *page)
{
    // Generous leading inside paragraphs; the blank lines between them need less.
    QTextBlockFormat paragraph;
    paragraph.setLineHeight(kLineHeightPercent, QTextBlockFormat::ProportionalHeight);
    QTextBlockFormat gap;
    gap.setLineHeight(kGapHeightPercent, QTextBlockFormat::ProportionalHeight);
    QTextCursor cursor(page);
    cursor.beginEditBlock();
    for (QTextBlock block = page->begin(); block.isValid(); block = block.next()) {
        cursor.setPosition(block.position());
        cursor.setBlockFormat(block.length() > 1 ? paragraph : gap);
    }
    cursor.endEditBlock();
}

// Keeps lines at a readable length on wide screens by centring a column of text, with the
// margins inside the document so the whole pane stays one white page. The right margin is at
// least as wide as the coding stripes need.
void DocumentViewer::updateReadingMargins()
{
    if (!m_preparing && m_document)
        applyReadingMargins(m_text->document());
}

void DocumentViewer::applyReadingMargins(QTextDocument *page)
{
    const int width = m_text->viewport()->width();
    const int column = m_text->fontMetrics().averageCharWidth() * kReadingColumns;
    const int minimum = kMinimumSideMargin - 4;
    const int side = std::max(minimum, (width - column) / 2);
    const int right = std::max(side, m_text->margin().width());
    const int left = right == side ? side : std::max(minimum, std::min(side, width - column - right));
    if (left == m_leftMargin && right == m_rightMargin)
        return;
    m_leftMargin = left;
    m_rightMargin = right;
    QTextFrameFormat frame = page->rootFrame()->frameFormat();
    frame.setLeftMargin(left);
    frame.setRightMargin(right);
    frame.setTopMargin(14);
    frame.setBottomMargin(40);
    page->rootFrame()->setFrameFormat(frame);
}

bool DocumentViewer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text->viewport()) {
        if (event->type() == QEvent::Resize) {
            updateReadingMargins();
            updateVisibleHighlights();
        }
        else if (event->type() == QEvent::ToolTip && showCodingToolTip(event))
            return true;
    }
    return QWidget::eventFilter(watched, event);
}

bool DocumentViewer::showCodingToolTip(QEvent *event)
{
    auto *help = static_cast<QHelpEvent *>(event);
    if (const auto handle = m_text->handleAt(help->pos());
            handle != DocumentTextView::Handle::None) {
        QToolTip::showText(help->globalPos(),
                handle == DocumentTextView::Handle::Start
                        ? tr("Drag to move where the coding starts.")
                        : tr("Drag to move where the coding ends."),
                m_text->viewport());
        return true;
    }
    if (const auto span = m_text->stripeAt(help->pos())) {
        QToolTip::showText(help->globalPos(),
                m_highlights.spans()[*span].codePath + u"\n"_s
                        + tr("Click to select the coding (drag the handles at its ends to "
                             "resize it); right-click to uncode."),
                m_text->viewport());
        return true;
    }
    const QTextCursor cursor = m_text->cursorForPosition(help->pos());
    const QStringList paths = m_highlights.codePathsAt(cursor.position());
    if (paths.isEmpty()) {
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    QToolTip::showText(help->globalPos(), paths.join(u"\n"_s), m_text->viewport());
    return true;
}

} // namespace weft::app
