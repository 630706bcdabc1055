// SPDX-License-Identifier: GPL-3.0-or-later
// Highlights of codings that cross paragraphs: one selection per paragraph, exactly the coded
// characters, so the text widget never lays out a whole document to measure one.
#include "guitestsupport.h"

#include "app/gui/documents/documentviewer.h"
#include "app/gui/mainwindow.h"
#include "app/gui/session/projectsession.h"

#include <catch2/catch.hpp>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace weft::guitest;

TEST_CASE("gui: a coding across paragraphs is highlighted paragraph by paragraph", "[gui]")
{
    SampleFixture fixture;
    weft::app::MainWindow window;
    window.setWarningPresenter(std::make_unique<RecordingPresenter>());
    window.resize(1200, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.openProject(fixture.projectPath()));
    REQUIRE(window.showDocument(u"Alice"_s));
    weft::storage::Project &project = *window.session()->project();

    // "educators.\n\nShe trusted": from the last word of the first paragraph into the second.
    const QString shown = window.documentViewer()->textView()->toPlainText();
    const int from = int(shown.indexOf(u"educators."_s));
    const int to = int(shown.indexOf(u"She trusted"_s)) + 11;
    REQUIRE(from > 0);
    auto alice = project.documents().resolve("Alice");
    auto code = project.codes().resolve("Feelings/Joy");
    REQUIRE(project.codings().add({alice->id, code->id, from, to, std::nullopt}).ok());

    QStringList pieces;
    for (const QTextEdit::ExtraSelection &selection :
            window.documentViewer()->textView()->extraSelections()) {
        if (selection.cursor.selectionStart() >= from && selection.cursor.selectionEnd() <= to)
            pieces.append(selection.cursor.selectedText());
    }
    CHECK(pieces == QStringList{u"educators."_s, u"She trusted"_s});
}
