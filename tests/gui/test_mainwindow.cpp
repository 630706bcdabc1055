// SPDX-License-Identifier: GPL-3.0-or-later
#include "guitestsupport.h"

#include "app/gui/codebook/codebookpanel.h"
#include "app/gui/documents/documentspanel.h"
#include "app/gui/documents/documentviewer.h"
#include "app/gui/mainwindow.h"
#include "app/gui/models/codebookmodel.h"
#include "app/gui/models/documentlistmodel.h"
#include "app/gui/projectstatusbar.h"
#include "app/gui/session/projectsession.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QSettings>
#include <QSplitter>
#include <QTextEdit>
#include <QTreeView>

#include <cstring>

using namespace Qt::StringLiterals;
using weft::app::MainWindow;
using namespace weft::guitest;

namespace {

RecordingPresenter *recordWarnings(MainWindow &window)
{
    auto presenter = std::make_unique<RecordingPresenter>();
    RecordingPresenter *raw = presenter.get();
    window.setWarningPresenter(std::move(presenter));
    return raw;
}

QModelIndex findDocument(const weft::app::DocumentListModel &model, const QString &name)
{
    const QModelIndexList found = model.match(
            model.index(0, 0), Qt::DisplayRole, name, 1, Qt::MatchExactly | Qt::MatchRecursive);
    return found.isEmpty() ? QModelIndex() : found.first();
}

} // namespace

TEST_CASE("gui: main window opens a project and lists its documents by kind", "[gui]")
{
    SampleFixture fixture;
    MainWindow window;
    RecordingPresenter *warnings = recordWarnings(window);

    REQUIRE(window.openProject(fixture.projectPath()));
    CHECK(warnings->warnings.isEmpty());
    CHECK(window.windowTitle() == u"Fixture study — Weft"_s);

    const auto &documents = *window.session()->documentModel();
    CHECK(outline(documents)
            == QStringList{u"Interviews (2)"_s, u"  Alice"_s, u"  Emoji"_s, u"Journals (1)"_s,
                    u"  Diary"_s});
    CHECK(outline(documents, weft::app::DocumentListModel::ParticipantColumn)
            == QStringList{QString(), u"  P01"_s, u"  "_s, QString(), u"  "_s});

    const auto *status = window.projectStatusBar();
    CHECK(status->titleText() == u"Fixture study"_s);
    CHECK(status->countsText() == u"3 documents · 1 participant · 4 codes · 3 codings"_s);
    CHECK(status->coderText() == u"Coder: %1"_s.arg(window.session()->coder()));

    // The first document is shown at once, with its heading.
    const auto *viewer = window.documentViewer();
    REQUIRE(viewer->documentId().has_value());
    CHECK(viewer->heading() == u"Alice"_s);
    CHECK(viewer->details().contains(u"Interview"_s));
    CHECK(viewer->details().contains(u"P01"_s));
}

TEST_CASE("gui: selecting a document shows its text in the viewer", "[gui]")
{
    SampleFixture fixture;
    MainWindow window;
    recordWarnings(window);
    REQUIRE(window.openProject(fixture.projectPath()));

    const QModelIndex emoji = findDocument(*window.session()->documentModel(), u"Emoji"_s);
    REQUIRE(emoji.isValid());
    window.documentsPanel()->view()->setCurrentIndex(emoji);

    const auto *viewer = window.documentViewer();
    CHECK(viewer->heading() == u"Emoji"_s);
    CHECK(viewer->textView()->toPlainText() == QString::fromUtf8(SampleFixture::emojiText()));
    CHECK(viewer->textView()->isReadOnly());
}

TEST_CASE("gui: a coding after two emoji is highlighted on exactly its characters", "[gui]")
{
    SampleFixture fixture;
    MainWindow window;
    recordWarnings(window);
    REQUIRE(window.openProject(fixture.projectPath()));
    auto *model = window.session()->documentModel();
    REQUIRE(window.documentsPanel()->selectDocument(
            *model->documentId(findDocument(*model, u"Emoji"_s))));

    // "Before " is 7 units, each 🙂 is two UTF-16 units, then a space: the phrase starts at 12.
    const QString text = window.documentViewer()->textView()->toPlainText();
    const int expectedStart = 12;
    const auto expectedEnd = expectedStart + int(std::strlen(SampleFixture::emojiPhrase()));
    REQUIRE(text.indexOf(QString::fromUtf8(SampleFixture::emojiPhrase())) == expectedStart);

    const QList<QTextEdit::ExtraSelection> selections
            = window.documentViewer()->textView()->extraSelections();
    REQUIRE(selections.size() == 1);
    const QTextCursor &cursor = selections.first().cursor;
    CHECK(cursor.selectionStart() == expectedStart);
    CHECK(cursor.selectionEnd() == expectedEnd);
    CHECK(cursor.selectedText() == QString::fromUtf8(SampleFixture::emojiPhrase()));
    CHECK(selections.first().format.background().color().alpha() < 255);

    const auto &spans = window.documentViewer()->highlights().spans();
    REQUIRE(spans.size() == 1);
    CHECK(spans.front().codePath == u"Feelings/Joy"_s);
    CHECK(window.documentViewer()->highlights().codePathsAt(expectedStart)
            == QStringList{u"Feelings/Joy"_s});
    CHECK(window.documentViewer()->highlights().codePathsAt(expectedEnd).isEmpty());
}

TEST_CASE("gui: opening a file that is not a Weft project shows one warning", "[gui]")
{
    SampleFixture fixture;
    const QString notAProject = fixture.writeFile(u"notes.weft"_s, "just some notes\n");
    const auto expected = weft::storage::Project::open(notAProject.toStdString());
    REQUIRE_FALSE(expected.ok());

    MainWindow window;
    RecordingPresenter *warnings = recordWarnings(window);
    CHECK_FALSE(window.openProject(notAProject));
    REQUIRE(warnings->warnings.size() == 1);
    CHECK(warnings->warnings.first().second == QString::fromStdString(expected.error().message));
    CHECK_FALSE(window.session()->isOpen());
    CHECK(window.windowTitle() == u"Weft"_s);

    // A failed open leaves the project that was open where it was.
    REQUIRE(window.openProject(fixture.projectPath()));
    CHECK_FALSE(window.openProject(notAProject));
    CHECK(warnings->warnings.size() == 2);
    CHECK(window.session()->filePath() == fixture.projectPath());
    CHECK(window.windowTitle() == u"Fixture study — Weft"_s);
}

TEST_CASE("gui: a project from a newer Weft is refused with a warning", "[gui]")
{
    SampleFixture fixture;
    {
        // user_version lives at byte 60 of the SQLite header, big-endian.
        QFile file(fixture.projectPath());
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.seek(60));
        REQUIRE(file.write(QByteArray::fromHex("000003e7")) == 4);
    }
    const auto expected = weft::storage::Project::open(fixture.projectPath().toStdString());
    REQUIRE_FALSE(expected.ok());
    CHECK(expected.error().code == weft::ErrorCode::TooNew);

    MainWindow window;
    RecordingPresenter *warnings = recordWarnings(window);
    CHECK_FALSE(window.openProject(fixture.projectPath()));
    REQUIRE(warnings->warnings.size() == 1);
    CHECK(warnings->warnings.first().second == QString::fromStdString(expected.error().message));
}

TEST_CASE("gui: a project open in another window is refused with a warning", "[gui]")
{
    SampleFixture fixture;
    auto elsewhere = openDirect(fixture.projectPath());

    MainWindow window;
    RecordingPresenter *warnings = recordWarnings(window);
    CHECK_FALSE(window.openProject(fixture.projectPath()));
    REQUIRE(warnings->warnings.size() == 1);
    CHECK_FALSE(warnings->warnings.first().second.isEmpty());
    CHECK_FALSE(window.session()->isOpen());
}

TEST_CASE("gui: closing the project empties the panels and the title", "[gui]")
{
    SampleFixture fixture;
    MainWindow window;
    recordWarnings(window);
    REQUIRE(window.openProject(fixture.projectPath()));
    window.closeProject();
    CHECK(window.windowTitle() == u"Weft"_s);
    CHECK(window.session()->documentModel()->rowCount() == 0);
    CHECK(window.session()->codebookModel()->rowCount() == 0);
    CHECK_FALSE(window.documentViewer()->documentId().has_value());
    CHECK(window.projectStatusBar()->countsText().isEmpty());
    // Closed means closed: another window can now open it.
    CHECK(openDirect(fixture.projectPath()) != nullptr);
}

TEST_CASE("gui: the splitter layout is remembered between windows", "[gui]")
{
    QSettings().clear();
    QList<int> saved;
    {
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        window.splitter()->setSizes({300, 600, 300});
        saved = window.splitter()->sizes();
        window.close();
    }
    MainWindow again;
    again.resize(1200, 800);
    again.show();
    CHECK(again.splitter()->sizes() == saved);
    QSettings().clear();
}
