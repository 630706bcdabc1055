// SPDX-License-Identifier: GPL-3.0-or-later
#include "guitestsupport.h"

#include "app/gui/documents/documentviewer.h"
#include "app/gui/excerpts/excerptspanel.h"
#include "app/gui/mainwindow.h"
#include "app/gui/memos/memopanel.h"
#include "app/gui/models/excerptfilter.h"
#include "app/gui/models/excerptlistmodel.h"
#include "app/gui/session/projectsession.h"
#include "app/services/codingservice.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace weft::guitest;
using weft::app::ExcerptListModel;

namespace {

using Mode = QAbstractItemModelTester::FailureReportingMode;

std::vector<weft::core::Memo> memosOf(weft::storage::Project &project, weft::core::MemoTarget target,
        const std::string &uuid)
{
    auto memos = project.memos().forTarget(target, uuid);
    REQUIRE(memos.ok());
    return *memos;
}

} // namespace

TEST_CASE("gui: the excerpts panel lists a code's passages in their sentences, filtered", "[gui]")
{
    SampleFixture fixture;
    {
        auto project = openDirect(fixture.projectPath());
        const auto p01 = project->participants().resolve("P01");
        REQUIRE(p01.ok());
        REQUIRE(project->attributes()
                        .define(weft::core::AttributeScope::Participant, "site",
                                weft::core::AttributeType::Text)
                        .ok());
        REQUIRE(project->attributes()
                        .setValue(weft::core::AttributeScope::Participant, p01->id, "site", "Northside")
                        .ok());
        REQUIRE(project->close().ok());
    }
    ModelTesterMessages messages;
    weft::app::MainWindow window;
    window.setWarningPresenter(std::make_unique<RecordingPresenter>());
    QAbstractItemModelTester modelTester(window.session()->excerptModel(), Mode::Warning);
    QAbstractItemModelTester filterTester(window.excerptsPanel()->filter(), Mode::Warning);
    window.resize(1300, 850);
    window.show();
    REQUIRE(window.openProject(fixture.projectPath()));
    REQUIRE(window.showDocument(u"Diary"_s)); // somewhere else, to see the jump

    weft::app::ExcerptsPanel &panel = *window.excerptsPanel();
    const ExcerptListModel &model = *window.session()->excerptModel();
    REQUIRE(window.showCode(u"Trust/Peer educators"_s));
    REQUIRE(model.rowCount() == 2);
    const QModelIndex first = model.index(0, 0);
    CHECK(first.data(ExcerptListModel::CodedTextRole).toString() == u"the peer educators"_s);
    // The surrounding sentence, with the coded words located inside it.
    CHECK(first.data(ExcerptListModel::ContextRole).toString()
            == u"Alice talked about the peer educators."_s);
    CHECK(first.data(ExcerptListModel::CodedStartRole).toInt() == 19);
    CHECK(model.index(0, ExcerptListModel::ParticipantColumn).data().toString() == u"P01"_s);
    CHECK(model.index(0, ExcerptListModel::KindColumn).data().toString() == u"Interview"_s);
    CHECK(model.index(0, ExcerptListModel::DocumentColumn).data().toString() == u"Alice"_s);
    CHECK(model.index(0, ExcerptListModel::PositionColumn).data().toString() == u"line 1"_s);
    CHECK(model.index(1, ExcerptListModel::PositionColumn).data().toString() == u"line 3"_s);

    // Filters: participant, source, participant attribute.
    const QAbstractItemModel &shown = *panel.view()->model();
    panel.setKindFilter(weft::core::DocumentKind::Journal);
    CHECK(shown.rowCount() == 0);
    panel.setKindFilter(weft::core::DocumentKind::Interview);
    CHECK(shown.rowCount() == 2);
    panel.setKindFilter(std::nullopt);
    panel.setParticipantFilter(u"P01"_s);
    CHECK(shown.rowCount() == 2);
    panel.setParticipantFilter(QString());
    panel.setAttributeFilter(u"site"_s, u"Northside"_s);
    CHECK(shown.rowCount() == 2);
    panel.setAttributeFilter(QString(), QString());

    // A parent code's own excerpts, then with its sub-codes.
    REQUIRE(window.showCode(u"Trust"_s));
    CHECK(model.rowCount() == 0);
    panel.setWithSubcodes(true);
    CHECK(model.rowCount() == 2);

    // A new coding shows up at once; double-click jumps to it.
    weft::services::CodingRequest request{.document = "Emoji", .codePath = "Trust/Professionals"};
    request.match = "A party";
    REQUIRE(weft::services::applyCodings(*window.session()->project(), {request}).ok());
    REQUIRE(model.rowCount() == 3);
    int emojiRow = -1;
    for (int row = 0; row < shown.rowCount(); ++row) {
        if (shown.index(row, ExcerptListModel::DocumentColumn).data().toString() == u"Emoji"_s)
            emojiRow = row;
    }
    REQUIRE(emojiRow >= 0);
    CHECK(shown.index(emojiRow, 0).data(ExcerptListModel::ParticipantRole).toString().isEmpty());
    panel.activate(emojiRow);
    weft::app::DocumentViewer &viewer = *window.documentViewer();
    CHECK(viewer.heading() == u"Emoji"_s);
    CHECK(viewer.textView()->textCursor().selectedText() == u"A party"_s);

    INFO(messages.messages().join(u"\n"_s).toStdString());
    CHECK(messages.messages().isEmpty());
}

TEST_CASE("gui: the memo panel edits the memo of what was picked last, with undo", "[gui]")
{
    SampleFixture fixture;
    weft::app::MainWindow window;
    window.setWarningPresenter(std::make_unique<RecordingPresenter>());
    window.resize(1300, 850);
    window.show();
    REQUIRE(window.openProject(fixture.projectPath()));
    weft::storage::Project &project = *window.session()->project();
    weft::app::MemoPanel &memo = *window.memoPanel();
    QUndoStack &undo = *window.session()->undoStack();

    // A code picked in the codebook.
    REQUIRE(window.showCode(u"Trust/Peer educators"_s));
    CHECK(memo.subjectLabel() == u"code Trust/Peer educators"_s);
    const std::string code = project.codes().resolve("Trust/Peer educators")->uuid;
    QTest::keyClicks(memo.editor(), u"Peers make it"_s);
    memo.commit();
    QTest::keyClicks(memo.editor(), u" normal to ask."_s);
    memo.commit();
    auto memos = memosOf(project, weft::core::MemoTarget::Code, code);
    REQUIRE(memos.size() == 1);
    CHECK(memos.front().body == "Peers make it normal to ask.");
    CHECK(undo.count() == 1); // typing in one memo is one undo step

    // A document picked in the list: its memo, empty so far.
    REQUIRE(window.showDocument(u"Diary"_s));
    CHECK(memo.subjectLabel() == u"document Diary"_s);
    CHECK(memo.editor()->toPlainText().isEmpty());
    QTest::keyClicks(memo.editor(), u"Short but honest."_s);
    memo.commit();
    const std::string diary = project.documents().resolve("Diary")->uuid;
    CHECK(memosOf(project, weft::core::MemoTarget::Document, diary).size() == 1);

    undo.undo();
    CHECK(memosOf(project, weft::core::MemoTarget::Document, diary).empty());
    CHECK(memo.editor()->toPlainText().isEmpty());
    undo.undo();
    CHECK(memosOf(project, weft::core::MemoTarget::Code, code).empty());
    undo.redo();
    memos = memosOf(project, weft::core::MemoTarget::Code, code);
    REQUIRE(memos.size() == 1);
    CHECK(memos.front().body == "Peers make it normal to ask.");

    // Back on the code, the memo is there; emptying it removes it.
    REQUIRE(window.showCode(u"Feelings/Joy"_s));
    REQUIRE(window.showCode(u"Trust/Peer educators"_s));
    CHECK(memo.editor()->toPlainText() == u"Peers make it normal to ask."_s);
    memo.editor()->clear();
    memo.commit();
    CHECK(memosOf(project, weft::core::MemoTarget::Code, code).empty());

    // Text typed and not yet saved is kept when the project closes.
    REQUIRE(window.showDocument(u"Alice"_s));
    QTest::keyClicks(memo.editor(), u"Talkative."_s);
    window.closeProject();
    auto reopened = openDirect(fixture.projectPath());
    const std::string alice = reopened->documents().resolve("Alice")->uuid;
    CHECK(memosOf(*reopened, weft::core::MemoTarget::Document, alice).front().body == "Talkative.");
}
