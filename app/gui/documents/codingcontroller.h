// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/entities.h"
#include "core/text/codepointrange.h"

#include <QObject>
#include <QPoint>

#include <optional>
#include <vector>

class QAction;
class QMenu;
class QWidget;

namespace weft::app {

class CodeListModel;
class DocumentViewer;
class ProjectSession;
class QuickCodeBox;

/// Coding in the viewer: the quick-code box, the context menu with recent codes, in-vivo
/// coding, codes dropped on the selection, uncoding and resizing from a coding or its stripe,
/// moving between speaker turns, and the snap-to-words setting. Every change is an undo
/// command on the session's stack.
class CodingController : public QObject {
    Q_OBJECT

public:
    static constexpr int kRecentCodes = 8;

    CodingController(ProjectSession *session, DocumentViewer *viewer);

    QAction *quickCodeAction() const { return m_quickCode; }
    QAction *codeWithAction() const { return m_codeWith; }
    QAction *inVivoAction() const { return m_inVivo; }
    QAction *snapToWordsAction() const { return m_snapToWords; }
    QAction *nextTurnAction() const { return m_nextTurn; }
    QAction *previousTurnAction() const { return m_previousTurn; }
    QuickCodeBox *quickCodeBox() const { return m_box; }

    /// Codes the selection with an existing code. False without a selection or on failure.
    bool applyCode(core::Id codeId);
    /// Codes the selection with the code at `path` ("Parent/Child"), creating missing levels.
    bool applyCodePath(const QString &path);
    /// Makes the selected words a new top-level code and codes them with it.
    bool codeInVivo();
    bool removeCoding(const QString &codingUuid);
    /// Moves a coding's boundaries to the selection.
    bool fitCodingToSelection(const QString &codingUuid);
    /// Gives a coding a new range (a handle was dragged). With snapping on, the end that
    /// moved is widened to a whole word; the other stays exactly where it was.
    bool resizeCoding(const QString &codingUuid, std::int64_t start, std::int64_t end,
            bool startMoved);
    /// Links every turn of `speaker` in the shown transcript to a participant (created when
    /// new); an empty label means nobody (an interviewer).
    bool mapSpeaker(const QString &speaker, const QString &participant);
    /// Selects the next (+1) or previous (-1) speaker turn, entry or answer.
    bool moveToSegment(int direction);
    void openQuickCode();
    void chooseCode();

    /// The context menu for a viewport position of the text (built, not shown).
    QMenu *buildContextMenu(const QPoint &viewportPos, QWidget *parent);
    /// The codes applied most recently, newest first.
    const std::vector<core::Id> &recentCodes() const { return m_recent; }
    bool snapsToWords() const;
    void setSnapToWords(bool snap);

Q_SIGNALS:
    /// A short note for the status bar.
    void message(const QString &text);

private:
    std::optional<core::text::CodePointRange> codingRange();
    void remember(core::Id codeId);
    void afterCoding(const core::text::CodePointRange &range);
    void showContextMenu(const QPoint &viewportPos, const QPoint &globalPos);
    void showStripeMenu(std::size_t span, const QPoint &globalPos);
    void applyDroppedCodes(const QList<core::Id> &codeIds);
    void chooseSpeakerParticipant(const QString &speaker, const QString &current);
    void updateActions();

    ProjectSession *m_session;
    DocumentViewer *m_viewer;
    CodeListModel *m_codes;
    QuickCodeBox *m_box;
    QAction *m_quickCode;
    QAction *m_quickCodeKey; ///< "Q" while the text has focus
    QAction *m_codeWith;
    QAction *m_inVivo;
    QAction *m_snapToWords;
    QAction *m_nextTurn;
    QAction *m_previousTurn;
    std::vector<core::Id> m_recent;
};

} // namespace weft::app
