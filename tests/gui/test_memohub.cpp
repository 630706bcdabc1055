// SPDX-License-Identifier: GPL-3.0-or-later
// The memo hub: every memo of the project in one list, filtered, each a way back to its target.
#include "guitestsupport.h"

#include "app/gui/codebook/codebookpanel.h"
#include "app/gui/commands/editmemocommand.h"
#include "app/gui/documents/documentviewer.h"
#include "app/gui/mainwindow.h"
#include "app/gui/memos/memohubmodel.h"
#include "app/gui/memos/memohubpanel.h"
#include "app/gui/memos/memopanel.h"
#include "app/gui/participants/participantspanel.h"
#include "app/gui/session/projectsession.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace weft::guitest;
using weft::app::MemoHubModel;
using weft::core::MemoTarget;

namespace {

/// Memos on each kind of thing, written by another coder before the window opens.
struct MemoFixture {
    MemoFixture()
    {
        auto p = openDirect(fixture.projectPath());
        const auto must = [](auto result) {
            INFO((result.ok() ? std::string() : result.error().message));
            REQUIRE(result.ok());
            return std::move(result).value();
        };
        const auto alice = must(p->documents().resolve("Alice"));
        const auto joy = must(p->codes().resolve("Feelings/Joy"));
        const auto peers = must(p->codes().resolve("Trust/Peer educators"));
        const auto joyCodings = must(p->codings().forCodes({joy.id}));
        REQUIRE(joyCodings.size() == 1);
        joyCoding = joyCodings.front();
        const auto p01 = must(p->participants().resolve("P01"));
        participantId = p01.id;
        const auto theme = must(p->themes().add({std::nullopt, "Belonging", "", {}}));
        themeUuid = theme.uuid;
        must(p->memos().add(MemoTarget::Project, "", "Plan", "Code the interviews first."));
        must(p->memos().add(MemoTarget::Document, alice.uuid, "", "Long pauses before trust."));
        must(p->memos().add(MemoTarget::Code, peers.uuid, "", "Peers rather than the nurse."));
        must(p->memos().add(MemoTarget::Coding, joyCoding.uuid, "", "Emoji carry the joy."));
        must(p->memos().add(MemoTarget::Participant, p01.uuid, "", "Met twice."));
        must(p->memos().add(MemoTarget::Theme, theme.uuid, "", "Maybe merge with trust."));
        REQUIRE(p->close().ok());
    }

    SampleFixture fixture;
    weft::core::Coding joyCoding;
    weft::core::Id participantId = 0;
    std::string themeUuid;
};

int rowOf(const QAbstractItemModel &model, const QString &text)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, MemoHubModel::TextColumn).data().toString().contains(text))
            return row;
    }
    return -1;
}

} // namespace

TEST_CASE("gui: the memo hub lists every memo with its target, author and text", "[gui]")
{
    MemoFixture memos;
    ModelTesterMessages messages;
    weft::app::ProjectSession session;
    MemoHubModel model(&session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    REQUIRE(session.open(memos.fixture.projectPath()));

    REQUIRE(model.rowCount() == 6);
    const auto cell = [&](const QString &text, int column) {
        const int row = rowOf(model, text);
        REQUIRE(row >= 0);
        return model.index(row, column).data().toString();
    };
    CHECK(cell(u"Code the interviews"_s, MemoHubModel::SubjectColumn) == u"Fixture study"_s);
    // The body in the list; the title too in the tool tip.
    CHECK(cell(u"Code the interviews"_s, MemoHubModel::TextColumn)
            == u"Code the interviews first."_s);
    CHECK(model.index(rowOf(model, u"Code the interviews"_s), 0)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"<b>Plan</b>"_s));
    CHECK(cell(u"Long pauses"_s, MemoHubModel::SubjectColumn) == u"Alice"_s);
    CHECK(cell(u"Long pauses"_s, MemoHubModel::KindColumn) == u"Document"_s);
    CHECK(cell(u"Peers rather"_s, MemoHubModel::SubjectColumn) == u"Trust/Peer educators"_s);
    CHECK(cell(u"Emoji carry"_s, MemoHubModel::SubjectColumn) == u"Feelings/Joy in Emoji"_s);
    CHECK(cell(u"Emoji carry"_s, MemoHubModel::KindColumn) == u"Coding"_s);
    CHECK(cell(u"Met twice"_s, MemoHubModel::SubjectColumn) == u"P01"_s);
    CHECK(cell(u"Maybe merge"_s, MemoHubModel::SubjectColumn) == u"Belonging"_s);
    CHECK(cell(u"Met twice"_s, MemoHubModel::AuthorColumn) == u"Other window"_s);
    CHECK_FALSE(cell(u"Met twice"_s, MemoHubModel::DateColumn).isEmpty());

    // A memo written in this window joins the list; undo takes it out again.
    auto nurse = session.project()->codes().resolve("Trust");
    REQUIRE(nurse.ok());
    REQUIRE(session.execute(new weft::app::EditMemoCommand(&session, MemoTarget::Code,
            nurse->uuid, {}, u"Trust needs a definition."_s, u"Trust"_s)));
    CHECK(model.rowCount() == 7);
    CHECK(model.index(0, MemoHubModel::TextColumn).data().toString()
            == u"Trust needs a definition."_s); // newest first
    session.undoStack()->undo();
    CHECK(model.rowCount() == 6);

    // Renaming a code renames it in the list, in place.
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    auto peers = session.project()->codes().resolve("Trust/Peer educators");
    REQUIRE(session.project()->codes().rename(peers->uuid, "Peers").ok());
    CHECK(cell(u"Peers rather"_s, MemoHubModel::SubjectColumn) == u"Trust/Peers"_s);
    CHECK(resets.isEmpty());

    session.close();
    CHECK(model.rowCount() == 0);
    INFO(messages.messages().join(u"\n"_s).toStdString());
    CHECK(messages.messages().isEmpty());
}

TEST_CASE("gui: the memo hub filters, and a double-click goes to the memo's target", "[gui]")
{
    MemoFixture memos;
    weft::app::MainWindow window;
    window.setWarningPresenter(std::make_unique<RecordingPresenter>());
    window.resize(1300, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.openProject(memos.fixture.projectPath()));
    weft::app::MemoHubPanel &hub = *window.memoHubPanel();
    auto *tabs = qobject_cast<QTabWidget *>(hub.parentWidget()->parentWidget());
    REQUIRE(tabs);
    tabs->setCurrentWidget(&hub);
    QListView &view = *hub.view();

    // The filter looks in what the memo is about and in its whole text.
    hub.filterEdit()->setText(u"NURSE"_s);
    REQUIRE(hub.proxy()->rowCount() == 1);
    hub.filterEdit()->setText(u"joy"_s);
    REQUIRE(hub.proxy()->rowCount() == 1);
    hub.filterEdit()->setText(u"nothing like this"_s);
    CHECK(hub.proxy()->rowCount() == 0);
    hub.filterEdit()->clear();
    REQUIRE(hub.proxy()->rowCount() == 6);

    const auto doubleClick = [&](const QString &text) {
        const int row = rowOf(*hub.proxy(), text);
        REQUIRE(row >= 0);
        const QModelIndex index = hub.proxy()->index(row, MemoHubModel::SubjectColumn);
        tabs->setCurrentWidget(&hub);
        view.scrollTo(index);
        // What a real double-click sends: press, release, double-click, release.
        const QPoint at = view.visualRect(index).center();
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(view.viewport(), Qt::LeftButton, {}, at);
        QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, at);
    };

    doubleClick(u"Emoji carry"_s);
    REQUIRE(window.documentViewer()->document().has_value());
    CHECK(window.documentViewer()->document()->name == "Emoji");
    CHECK(window.documentViewer()->activeCoding() == QString::fromStdString(memos.joyCoding.uuid));
    const auto selected = window.documentViewer()->selection();
    REQUIRE(selected);
    CHECK(static_cast<std::int64_t>(selected->start) == memos.joyCoding.start);
    CHECK(window.memoPanel()->subjectTarget() == MemoTarget::Coding);

    doubleClick(u"Long pauses"_s);
    CHECK(window.documentViewer()->document()->name == "Alice");

    doubleClick(u"Peers rather"_s);
    const auto code = window.codebookPanel()->currentCode();
    REQUIRE(code);
    CHECK(*code == window.session()->project()->codes().resolve("Trust/Peer educators")->id);
    CHECK(window.memoPanel()->subjectTarget() == MemoTarget::Code);

    doubleClick(u"Met twice"_s);
    CHECK(tabs->currentWidget() == window.participantsPanel());
    CHECK(window.participantsPanel()->currentParticipant() == memos.participantId);
    CHECK(window.memoPanel()->subjectTarget() == MemoTarget::Participant);

    QSignalSpy themes(&hub, &weft::app::MemoHubPanel::themeRequested);
    doubleClick(u"Maybe merge"_s);
    REQUIRE(themes.size() == 1);
    CHECK(themes.front().front().toString() == QString::fromStdString(memos.themeUuid));

    doubleClick(u"Code the interviews"_s);
    CHECK(window.memoPanel()->subjectTarget() == MemoTarget::Project);
}

TEST_CASE("gui: the memo hub says what to do when there are no memos", "[gui]")
{
    SampleFixture fixture;
    weft::app::MainWindow window;
    window.resize(1300, 800);
    REQUIRE(window.openProject(fixture.projectPath()));
    CHECK(window.memoHubPanel()->proxy()->rowCount() == 0);
    CHECK_FALSE(window.memoHubPanel()->view()->isVisibleTo(window.memoHubPanel()));
}
