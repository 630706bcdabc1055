// SPDX-License-Identifier: GPL-3.0-or-later
#include "guitestsupport.h"

#include "app/gui/documents/codingcontroller.h"
#include "app/gui/documents/documentviewer.h"
#include "app/gui/documents/quickcodebox.h"
#include "app/gui/mainwindow.h"
#include "app/gui/session/projectsession.h"
#include "core/text/textoffsets.h"

#include <catch2/catch.hpp>

#include <QLineEdit>
#include <QMenu>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace weft::guitest;

namespace {

QString selectedText(weft::app::DocumentViewer &viewer)
{
    return viewer.textView()->textCursor().selectedText();
}

std::string storedSlice(weft::storage::Project &project, const weft::core::Coding &coding)
{
    auto text = project.documents().text(coding.documentId);
    REQUIRE(text.ok());
    return std::string(weft::core::text::sliceCodePoints(*text, std::size_t(coding.start),
            std::size_t(coding.end)));
}

} // namespace

TEST_CASE("gui: the core loop works from the keyboard alone", "[gui]")
{
    SampleFixture fixture;
    {
        const QString talk = fixture.writeFile(u"interviews/Talk.txt"_s,
                "Interviewer: How was it?\n\n"
                "P05: It was good, I learnt a lot.\n\n"
                "Interviewer: What stood out?\n\n"
                "P05: The nurse was kind.\n");
        auto project = openDirect(fixture.projectPath());
        importAll(*project, {talk.toStdString()});
        REQUIRE(project->close().ok());
    }
    weft::app::MainWindow window;
    window.setWarningPresenter(std::make_unique<RecordingPresenter>());
    window.resize(1200, 800);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    REQUIRE(window.openProject(fixture.projectPath()));
    REQUIRE(window.showDocument(u"Talk"_s));
    weft::app::DocumentViewer &viewer = *window.documentViewer();
    QWidget *text = viewer.textView();
    text->setFocus();
    REQUIRE(QTest::qWaitFor([&] { return text->hasFocus(); }));

    // Alt+Down walks the turns: the cursor starts before the first.
    QTest::keyClick(text, Qt::Key_Down, Qt::AltModifier);
    CHECK(selectedText(viewer) == u"How was it?"_s);
    QTest::keyClick(text, Qt::Key_Down, Qt::AltModifier);
    CHECK(selectedText(viewer) == u"It was good, I learnt a lot."_s);

    // Ctrl+K, a new code's path, Enter: the whole turn is coded.
    QTest::keyClick(text, Qt::Key_K, Qt::ControlModifier);
    weft::app::QuickCodeBox *box = window.codingController()->quickCodeBox();
    REQUIRE(box->isVisible());
    REQUIRE(box->lineEdit()->hasFocus());
    QTest::keyClicks(box->lineEdit(), u"Skills/Learning"_s);
    QTest::keyClick(box->lineEdit(), Qt::Key_Return);
    CHECK_FALSE(box->isVisible());
    CHECK(text->hasFocus());
    auto learning = window.session()->project()->codes().resolve("Skills/Learning");
    REQUIRE(learning.ok());

    // On to the next answer; narrow the selection with Shift+Left; Q opens the box too.
    QTest::keyClick(text, Qt::Key_Down, Qt::AltModifier);
    CHECK(selectedText(viewer) == u"What stood out?"_s);
    QTest::keyClick(text, Qt::Key_Down, Qt::AltModifier);
    CHECK(selectedText(viewer) == u"The nurse was kind."_s);
    for (int i = 0; i < 10; ++i)
        QTest::keyClick(text, Qt::Key_Left, Qt::ShiftModifier);
    CHECK(selectedText(viewer) == u"The nurse"_s);
    QTest::keyClick(text, Qt::Key_Q);
    REQUIRE(box->isVisible());
    QTest::keyClicks(box->lineEdit(), u"learn"_s);
    QTest::keyClick(box->lineEdit(), Qt::Key_Return);

    auto codings = window.session()->project()->codings().forCodes({learning->id});
    REQUIRE(codings.ok());
    REQUIRE(codings->size() == 2);
    CHECK(storedSlice(*window.session()->project(), (*codings)[0]) == "It was good, I learnt a lot.");
    CHECK(storedSlice(*window.session()->project(), (*codings)[1]) == "The nurse");

    // Alt+Up goes back a turn; Ctrl+Z undoes the last coding.
    QTest::keyClick(text, Qt::Key_Up, Qt::AltModifier);
    CHECK(selectedText(viewer) == u"What stood out?"_s);
    QTest::keyClick(text, Qt::Key_Z, Qt::ControlModifier);
    codings = window.session()->project()->codings().forCodes({learning->id});
    CHECK(codings->size() == 1);
    QTest::keyClick(text, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    codings = window.session()->project()->codings().forCodes({learning->id});
    CHECK(codings->size() == 2);
}

TEST_CASE("gui: a speaker's turns are linked to a participant from the viewer, with undo",
        "[gui]")
{
    SampleFixture fixture;
    {
        const QString talk = fixture.writeFile(u"interviews/Group.txt"_s,
                "Facilitator: Welcome.\n\nSam: Hi.\n\nFacilitator: Go on.\n\nSam: It helped.\n");
        auto project = openDirect(fixture.projectPath());
        importAll(*project, {talk.toStdString()});
        REQUIRE(project->close().ok());
    }
    weft::app::MainWindow window;
    window.setWarningPresenter(std::make_unique<RecordingPresenter>());
    window.resize(1200, 800);
    window.show();
    REQUIRE(window.openProject(fixture.projectPath()));
    REQUIRE(window.showDocument(u"Group"_s));
    weft::storage::Project &project = *window.session()->project();
    const auto group = project.documents().resolve("Group");
    REQUIRE(group.ok());
    const auto samTurns = [&] {
        std::vector<std::optional<weft::core::Id>> linked;
        const auto segments = project.documents().segments(group->id);
        REQUIRE(segments.ok());
        for (const auto &segment : *segments) {
            if (segment.label == "Sam")
                linked.push_back(segment.participantId);
        }
        return linked;
    };

    // The context menu on Sam's turn offers the mapping.
    weft::app::DocumentViewer &viewer = *window.documentViewer();
    const QString shown = viewer.textView()->toPlainText();
    QTextCursor cursor(viewer.textView()->document());
    cursor.setPosition(int(shown.indexOf(u"It helped"_s)) + 2);
    std::unique_ptr<QMenu> menu(window.codingController()->buildContextMenu(
            viewer.textView()->cursorRect(cursor).center(), &window));
    bool offered = false;
    for (QAction *action : menu->actions())
        offered = offered || action->text() == u"Speaker “Sam” Is…"_s;
    CHECK(offered);

    REQUIRE(window.codingController()->mapSpeaker(u"Sam"_s, u"P07"_s));
    const auto p07 = project.participants().resolve("P07");
    REQUIRE(p07.ok());
    CHECK(samTurns() == std::vector<std::optional<weft::core::Id>>{p07->id, p07->id});
    CHECK(viewer.heading() == u"Group"_s); // shown again, still this document

    window.session()->undoStack()->undo();
    CHECK_FALSE(project.participants().resolve("P07").ok()); // it made P07: gone again
    CHECK(samTurns() != std::vector<std::optional<weft::core::Id>>{p07->id, p07->id});
    window.session()->undoStack()->redo();
    CHECK(project.participants().resolve("P07")->uuid == p07->uuid);
    CHECK(samTurns() == std::vector<std::optional<weft::core::Id>>{p07->id, p07->id});
}

TEST_CASE("gui: codings on emoji and right-to-left text land on exactly the coded characters",
        "[gui]")
{
    SampleFixture fixture;
    // Hebrew and Arabic words around emoji: astral characters (two UTF-16 units) before and
    // inside the coded ranges, and bidirectional text that Qt lays out right to left.
    const QByteArray content = "Before \xF0\x9F\x99\x82\xF0\x9F\x8E\x89 she said "
                               "\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D \xD7\xA2\xD7\x95\xD7\x9C\xD7\x9D "
                               "and \xD8\xB3\xD9\x84\xD8\xA7\xD9\x85 \xF0\x9F\x99\x82 today.\n";
    {
        const QString path = fixture.writeFile(u"journals/Mixed.txt"_s, content);
        auto project = openDirect(fixture.projectPath());
        importAll(*project, {path.toStdString()});
        REQUIRE(project->close().ok());
    }
    weft::app::MainWindow window;
    window.setWarningPresenter(std::make_unique<RecordingPresenter>());
    window.resize(1200, 800);
    window.show();
    REQUIRE(window.openProject(fixture.projectPath()));
    REQUIRE(window.showDocument(u"Mixed"_s));
    weft::app::DocumentViewer &viewer = *window.documentViewer();
    const QString shown = viewer.textView()->toPlainText();
    REQUIRE(shown == QString::fromUtf8(content));

    struct Case {
        QString text;
        const char *utf8;
    };
    const QString hebrew = QString::fromUtf8("\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D \xD7\xA2\xD7\x95\xD7\x9C\xD7\x9D");
    const QString arabicEmoji = QString::fromUtf8("\xD8\xB3\xD9\x84\xD8\xA7\xD9\x85 \xF0\x9F\x99\x82");
    for (const QString &phrase : {hebrew, arabicEmoji}) {
        const int at = int(shown.indexOf(phrase));
        REQUIRE(at > 0);
        viewer.selectRange(viewer.codePointOf(at), viewer.codePointOf(at + int(phrase.size())));
        REQUIRE(viewer.textView()->textCursor().selectedText() == phrase);
        REQUIRE(window.codingController()->applyCodePath(u"Languages"_s));
    }

    auto code = window.session()->project()->codes().resolve("Languages");
    REQUIRE(code.ok());
    auto codings = window.session()->project()->codings().forCodes({code->id});
    REQUIRE(codings.ok());
    REQUIRE(codings->size() == 2);
    // Stored in code points: "Before " 7 + 2 emoji + " she said " 10 = 19.
    CHECK((*codings)[0].start == 19);
    CHECK((*codings)[0].end == 19 + 9); // two 4-letter words and a space
    CHECK(storedSlice(*window.session()->project(), (*codings)[0]) == hebrew.toStdString());
    CHECK(storedSlice(*window.session()->project(), (*codings)[1]) == arabicEmoji.toStdString());

    // The highlights cover the same characters in the widget.
    const auto selections = viewer.textView()->extraSelections();
    REQUIRE(selections.size() == 2);
    CHECK(selections[0].cursor.selectedText() == hebrew);
    CHECK(selections[1].cursor.selectedText() == arabicEmoji);
    CHECK(selections[1].cursor.selectionStart() == int(shown.indexOf(arabicEmoji)));
}
