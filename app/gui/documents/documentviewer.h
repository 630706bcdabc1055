// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/documents/codinghighlights.h"
#include "app/gui/documents/documenttextview.h"
#include "core/model/entities.h"
#include "core/text/codepointrange.h"
#include "core/text/textoffsets.h"
#include "storage/changeevent.h"

#include <QList>
#include <QWidget>

#include <optional>
#include <string>
#include <vector>

class QLabel;
class QStackedWidget;
class QTextDocument;

namespace weft::app {

class ProjectSession;

/// The reading pane: a heading (name; kind, participant, length) over the stored text, read
/// only, with speaker labels set off, every coding tinted in its code's colour and a stripe
/// per coding in the margin. The shown text is exactly the stored text; every position the
/// viewer hands out or takes is in code points, converted through one Utf16Index.
class DocumentViewer : public QWidget {
    Q_OBJECT

public:
    explicit DocumentViewer(ProjectSession *session, QWidget *parent = nullptr);

    void showDocument(core::Id documentId);
    void clear();

    std::optional<core::Id> documentId() const;
    const std::optional<core::Document> &document() const { return m_document; }
    QString heading() const;
    QString details() const;
    DocumentTextView *textView() const { return m_text; }
    const CodingHighlights &highlights() const { return m_highlights; }

    /// The selected text as a code point range; nullopt when nothing is selected.
    std::optional<core::text::CodePointRange> selection() const;
    /// Selects a code point range and scrolls it into view.
    void selectRange(std::int64_t start, std::int64_t end);
    /// The first character in view, and scrolling a character to the top of the view.
    std::int64_t firstVisibleCodePoint() const;
    void scrollToCodePoint(std::int64_t codePoint);
    int utf16Of(std::int64_t codePoint) const;
    std::int64_t codePointOf(int utf16) const;
    /// The stored UTF-8 text and a code point index over it (for word and sentence breaks).
    const std::string &storedText() const { return m_utf8; }
    const core::text::CodePointIndex &codePoints() const { return m_codePoints; }
    /// Turns, entries and answers, by start.
    const std::vector<core::Segment> &segments() const { return m_segments; }
    /// The codings covering a UTF-16 position, innermost last.
    std::vector<const CodingHighlights::Span *> codingsAt(int utf16) const;
    /// The coding picked from its stripe (its ends show resize handles); empty when none.
    QString activeCoding() const { return QString::fromStdString(m_activeCoding); }
    /// Picks a coding of the shown document as clicking its stripe does.
    bool activateCoding(const QString &codingUuid);

Q_SIGNALS:
    void documentShown(std::optional<weft::core::Id> documentId);
    /// The user picked one coding (clicked its stripe); its text is now selected.
    void codingActivated(const QString &codingUuid);
    /// A handle of the active coding was dragged: the range it should have (code points) and
    /// whether its start (else its end) moved.
    void codingResizeRequested(const QString &codingUuid, std::int64_t start, std::int64_t end,
            bool startMoved);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onProjectChanged(const QList<storage::ChangeEvent> &events);
    void refreshHeader();
    void refreshHighlights();
    void loadHighlights();
    void applyReadingLayout(QTextDocument *page);
    void updateVisibleHighlights();
    void updateReadingMargins();
    void applyReadingMargins(QTextDocument *page);
    bool showCodingToolTip(QEvent *event);
    void activateStripe(std::size_t span);
    /// Gives the text view the active coding's range as the highlights now have it.
    void syncActiveCoding();
    void onHandleDragged(int start, int end, DocumentTextView::Handle moved);

    ProjectSession *m_session;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_placeholder = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_details = nullptr;
    DocumentTextView *m_text = nullptr;
    std::optional<core::Document> m_document;
    QString m_plainText; ///< kept alive and unchanged for m_index
    core::text::Utf16Index m_index;
    std::string m_utf8; ///< kept alive and unchanged for m_codePoints
    core::text::CodePointIndex m_codePoints;
    std::vector<core::Segment> m_segments;
    CodingHighlights m_highlights;
    std::string m_activeCoding; ///< uuid
    std::pair<int, int> m_highlightWindow{-1, -1}; ///< UTF-16 range given to the widget
    bool m_preparing = false; ///< a new page is being built: the shown one stays as it is
    int m_leftMargin = -1;
    int m_rightMargin = -1;
};

} // namespace weft::app
