// SPDX-License-Identifier: GPL-3.0-or-later
// Resizing a coding by dragging the handles at its ends, with the mouse.
#include "guitestsupport.h"

#include "app/gui/documents/codingcontroller.h"
#include "app/gui/documents/documenttextview.h"
#include "app/gui/documents/documentviewer.h"
#include "app/gui/mainwindow.h"
#include "app/gui/session/projectsession.h"

#include <catch2/catch.hpp>

#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace weft::guitest;
using Handle = weft::app::DocumentTextView::Handle;

namespace {

struct Reader {
    explicit Reader(const QString &document = u"Alice"_s)
    {
        window.setWarningPresenter(std::make_unique<RecordingPresenter>());
        window.resize(1300, 800);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        REQUIRE(window.openProject(fixture.projectPath()));
        REQUIRE(window.showDocument(document));
        QCoreApplication::processEvents();
    }

    weft::app::DocumentViewer &viewer() { return *window.documentViewer(); }
    weft::app::DocumentTextView &text() { return *viewer().textView(); }
    weft::storage::Project &project() { return *window.session()->project(); }

    /// The coding of "the peer educators" (Trust/Peer educators), 19:37.
    weft::core::Coding peers()
    {
        const auto code = project().codes().resolve("Trust/Peer educators");
        REQUIRE(code.ok());
        const auto codings = project().codings().forCodes({code->id});
        REQUIRE(codings.ok());
        for (const weft::core::Coding &coding : *codings) {
            if (coding.start == 19 || uuid == coding.uuid)
                return coding;
        }
        FAIL("no coding of the peer educators");
        return {};
    }
    weft::core::Coding stored() { return *project().codings().get(uuid); }
    int utf16Of(const QString &text) const
    {
        const int at = int(window.documentViewer()->textView()->toPlainText().indexOf(text));
        REQUIRE(at >= 0);
        return at;
    }
    /// The middle of the caret line before UTF-16 position `at`, in viewport coordinates.
    QPoint caretMiddle(int at)
    {
        QTextCursor cursor(text().document());
        cursor.setPosition(at);
        return text().cursorRect(cursor).center();
    }
    /// Presses on a handle, moves in steps to where its caret lands at `target` and lets go.
    void drag(Handle handle, int target)
    {
        QWidget *viewport = text().viewport();
        const QRect area = text().handleRect(handle);
        REQUIRE_FALSE(area.isEmpty());
        // Grab the knob, not the bar: what a user aims for.
        const QPoint grab = handle == Handle::Start ? QPoint(area.center().x(), area.top() + 4)
                                                   : QPoint(area.center().x(), area.bottom() - 4);
        REQUIRE(text().handleAt(grab) == handle);
        const QPoint caret = caretMiddle(handle == Handle::Start ? text().activeCoding()->start
                                                                 : text().activeCoding()->end);
        const QPoint offset = grab - caret;
        const QPoint to = caretMiddle(target) + offset;
        QTest::mousePress(viewport, Qt::LeftButton, {}, grab);
        REQUIRE(text().isDraggingHandle());
        for (int step = 1; step <= 4; ++step)
            QTest::mouseMove(viewport, grab + (to - grab) * step / 4);
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
        CHECK_FALSE(text().isDraggingHandle());
    }

    SampleFixture fixture;
    weft::app::MainWindow window;
    std::string uuid;
};

} // namespace

TEST_CASE("gui: dragging a coding's handles resizes it as one undo step", "[gui]")
{
    Reader reader;
    reader.window.codingController()->setSnapToWords(false);
    const weft::core::Coding before = reader.peers();
    reader.uuid = before.uuid;
    REQUIRE(before.start == 19);
    REQUIRE(before.end == 37);

    // No handles until a coding is picked from its stripe.
    CHECK(reader.text().handleRect(Handle::Start).isEmpty());
    REQUIRE(reader.viewer().activateCoding(QString::fromStdString(before.uuid)));
    CHECK(reader.viewer().activeCoding() == QString::fromStdString(before.uuid));
    CHECK_FALSE(reader.text().handleRect(Handle::Start).isEmpty());
    QUndoStack &undo = *reader.window.session()->undoStack();
    const int steps = undo.count();

    // The start handle to "about": the coding now begins there, one command on the stack.
    reader.drag(Handle::Start, reader.utf16Of(u"about"_s));
    CHECK(reader.stored().start == 13);
    CHECK(reader.stored().end == 37);
    CHECK(undo.count() == steps + 1);
    // The handles follow the coding as stored.
    CHECK(reader.text().activeCoding()->start == 13);

    // The end handle past "educators." to take in the full stop.
    reader.drag(Handle::End, reader.utf16Of(u"educators."_s) + 10);
    CHECK(reader.stored().start == 13);
    CHECK(reader.stored().end == 38);
    CHECK(undo.count() == steps + 2);

    undo.undo();
    CHECK(reader.stored().end == 37);
    undo.undo();
    CHECK(reader.stored().start == 19);
    CHECK(reader.stored().end == 37);
    CHECK(reader.text().activeCoding()->start == 19);
    undo.redo();
    CHECK(reader.stored().start == 13);
}

TEST_CASE("gui: a dragged handle snaps to the word it lands in when snapping is on", "[gui]")
{
    Reader reader;
    reader.window.codingController()->setSnapToWords(true);
    const weft::core::Coding before = reader.peers();
    reader.uuid = before.uuid;
    REQUIRE(reader.viewer().activateCoding(QString::fromStdString(before.uuid)));

    // Into the middle of "talked": the start widens to the word; the end stays put.
    reader.drag(Handle::Start, reader.utf16Of(u"talked"_s) + 3);
    CHECK(reader.stored().start == 6);
    CHECK(reader.stored().end == 37);
    // The end into the middle of "educators" from the other side cannot cross the start.
    reader.drag(Handle::End, reader.utf16Of(u"Alice"_s));
    CHECK(reader.stored().start == 6);
    CHECK(reader.stored().end > 6);
    reader.window.codingController()->setSnapToWords(false);
}

TEST_CASE("gui: a click in the text puts the handles away, a press without a move changes nothing",
        "[gui]")
{
    Reader reader;
    const weft::core::Coding before = reader.peers();
    reader.uuid = before.uuid;
    REQUIRE(reader.viewer().activateCoding(QString::fromStdString(before.uuid)));
    QUndoStack &undo = *reader.window.session()->undoStack();
    const int steps = undo.count();

    const QPoint knob = reader.text().handleRect(Handle::End).center();
    QTest::mouseClick(reader.text().viewport(), Qt::LeftButton, {}, knob);
    CHECK(undo.count() == steps);
    CHECK(reader.stored().end == before.end);
    CHECK(reader.text().activeCoding().has_value());

    QTest::mouseClick(reader.text().viewport(), Qt::LeftButton, {},
            reader.caretMiddle(reader.utf16Of(u"nurse"_s)));
    CHECK_FALSE(reader.text().activeCoding().has_value());
    CHECK(reader.viewer().activeCoding().isEmpty());
    CHECK(reader.text().handleRect(Handle::Start).isEmpty());
}

TEST_CASE("gui: dragging a handle over emoji stores code points", "[gui]")
{
    Reader reader(u"Emoji"_s);
    reader.window.codingController()->setSnapToWords(false);
    const auto joy = reader.project().codes().resolve("Feelings/Joy");
    REQUIRE(joy.ok());
    const auto codings = reader.project().codings().forCodes({joy->id});
    REQUIRE(codings.ok());
    REQUIRE(codings->size() == 1);
    reader.uuid = codings->front().uuid;
    // "Before 🙂🙂 the coded phrase": 7 + 2 emoji + a space, so the phrase is 10:26.
    REQUIRE(reader.stored().start == 10);
    REQUIRE(reader.viewer().activateCoding(QString::fromStdString(reader.uuid)));

    // The start onto the first emoji (UTF-16 7; each emoji is two units): code point 7.
    reader.drag(Handle::Start, reader.utf16Of(u"\U0001F642"_s));
    CHECK(reader.stored().start == 7);
    CHECK(reader.stored().end == 26);
    // The selection shows the new range: both emoji, then the phrase.
    const QString highlighted = reader.text().textCursor().selectedText();
    CHECK(highlighted.startsWith(u"\U0001F642\U0001F642 the coded"_s));
}
