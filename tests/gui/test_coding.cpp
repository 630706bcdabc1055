// SPDX-License-Identifier: GPL-3.0-or-later
#include "guitestsupport.h"

#include "app/gui/codebook/codebookcontroller.h"
#include "app/gui/codebook/codebookpanel.h"
#include "app/gui/documents/codingcontroller.h"
#include "app/gui/documents/documentviewer.h"
#include "app/gui/documents/quickcodebox.h"
#include "app/gui/mainwindow.h"
#include "app/gui/models/codebookmodel.h"
#include "app/gui/models/codematchfilter.h"
#include "app/gui/session/projectsession.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QElapsedTimer>
#include <QMimeData>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace weft::guitest;
using weft::app::CodebookModel;

namespace {

using Mode = QAbstractItemModelTester::FailureReportingMode;

/// The main window on the fixture project, showing one document.
struct Workbench {
    explicit Workbench(const QString &document = u"Alice"_s)
    {
        auto presenter = std::make_unique<RecordingPresenter>();
        warnings = presenter.get();
        window.setWarningPresenter(std::move(presenter));
        auto answering = std::make_unique<AnsweringConfirmer>(true);
        confirmer = answering.get();
        window.setConfirmer(std::move(answering));
        window.resize(1300, 800);
        window.show();
        REQUIRE(window.openProject(fixture.projectPath()));
        REQUIRE(window.showDocument(document));
    }

    weft::storage::Project &project() { return *window.session()->project(); }
    weft::app::DocumentViewer &viewer() { return *window.documentViewer(); }
    weft::app::CodingController &coding() { return *window.codingController(); }
    weft::app::CodebookController &codebook() { return *window.codebookController(); }
    QUndoStack &undo() { return *window.session()->undoStack(); }

    weft::core::Id documentId(const char *name)
    {
        auto document = project().documents().resolve(name);
        REQUIRE(document.ok());
        return document->id;
    }
    weft::core::Code code(const char *path)
    {
        auto code = project().codes().resolve(path);
        INFO(path);
        REQUIRE(code.ok());
        return *code;
    }
    bool hasCode(const char *path) { return project().codes().resolve(path).ok(); }
    std::vector<weft::core::Coding> codings(const char *document)
    {
        auto found = project().codings().forDocument(documentId(document));
        REQUIRE(found.ok());
        return *found;
    }
    /// Selects the first occurrence of `text` in the shown document.
    void select(const QString &text)
    {
        const QString shown = viewer().textView()->toPlainText();
        const int at = int(shown.indexOf(text));
        REQUIRE(at >= 0);
        viewer().selectRange(viewer().codePointOf(at), viewer().codePointOf(at + int(text.size())));
    }
    std::optional<weft::core::Coding> codingOf(const char *document, const char *path)
    {
        const weft::core::Id codeId = code(path).id;
        for (const auto &coding : codings(document)) {
            if (coding.codeId == codeId)
                return coding;
        }
        return std::nullopt;
    }

    SampleFixture fixture;
    weft::app::MainWindow window;
    RecordingPresenter *warnings = nullptr;
    AnsweringConfirmer *confirmer = nullptr;
};

QModelIndex findCode(const CodebookModel &model, const QString &name)
{
    const QModelIndexList found = model.match(
            model.index(0, 0), Qt::DisplayRole, name, 1, Qt::MatchExactly | Qt::MatchRecursive);
    return found.isEmpty() ? QModelIndex() : found.first();
}

} // namespace

TEST_CASE("gui: the quick-code box codes the selection, undo and redo keep the UUID", "[gui]")
{
    Workbench bench;
    ModelTesterMessages messages;
    QAbstractItemModelTester tester(bench.window.session()->codebookModel(), Mode::Warning);
    weft::app::CodeMatchFilter *filter = bench.coding().quickCodeBox()->filter();
    QAbstractItemModelTester listTester(filter->sourceModel(), Mode::Warning);
    QAbstractItemModelTester filterTester(filter, Mode::Warning);
    const std::size_t before = bench.codings("Alice").size();
    const auto highlights = bench.viewer().highlights().spans().size();

    bench.select(u"the nurse"_s);
    bench.coding().openQuickCode();
    weft::app::QuickCodeBox *box = bench.coding().quickCodeBox();
    REQUIRE(box->isVisible());
    QTest::keyClicks(box->lineEdit(), u"peer"_s);
    REQUIRE(box->list()->currentIndex().data().toString() == u"Trust/Peer educators"_s);
    QTest::keyClick(box->lineEdit(), Qt::Key_Return);
    CHECK_FALSE(box->isVisible());

    const auto coded = bench.codings("Alice");
    REQUIRE(coded.size() == before + 1);
    const auto nurse = std::find_if(coded.begin(), coded.end(), [](const auto &c) {
        return c.end - c.start == 9 && c.start > 0;
    });
    REQUIRE(nurse != coded.end());
    const std::string uuid = nurse->uuid;
    CHECK(bench.viewer().highlights().spans().size() == highlights + 1);
    const CodebookModel &model = *bench.window.session()->codebookModel();
    CHECK(findCode(model, u"Peer educators"_s).siblingAtColumn(1).data().toString() == u"3"_s);
    CHECK(bench.undo().count() == 1);
    CHECK(bench.undo().undoText() == u"Code with “Trust/Peer educators”"_s);
    CHECK(bench.coding().recentCodes().front() == bench.code("Trust/Peer educators").id);

    bench.undo().undo();
    CHECK(bench.codings("Alice").size() == before);
    CHECK(bench.viewer().highlights().spans().size() == highlights);
    bench.undo().redo();
    const auto again = bench.codings("Alice");
    REQUIRE(again.size() == before + 1);
    CHECK(std::any_of(again.begin(), again.end(), [&](const auto &c) { return c.uuid == uuid; }));
    CHECK(bench.warnings->warnings.isEmpty());

    // A new code reaches the quick-code list, ranked: the name itself before names containing it.
    REQUIRE(bench.codebook().addCode(std::nullopt, u"Peer"_s));
    filter->setText(u"peer"_s);
    REQUIRE(filter->rowCount() == 2);
    CHECK(filter->index(0, 0).data().toString() == u"Peer"_s);
    CHECK(filter->index(1, 0).data().toString() == u"Trust/Peer educators"_s);
    bench.undo().undo();
    CHECK(filter->rowCount() == 1);

    INFO(messages.messages().join(u"\n"_s).toStdString());
    CHECK(messages.messages().isEmpty());
}

TEST_CASE("gui: a new name in the quick-code box creates the code and codes with it", "[gui]")
{
    Workbench bench;
    bench.select(u"the nurse"_s);
    bench.coding().openQuickCode();
    QTest::keyClicks(bench.coding().quickCodeBox()->lineEdit(), u"Barriers/Distance"_s);
    CHECK_FALSE(bench.coding().quickCodeBox()->list()->currentIndex().isValid());
    QTest::keyClick(bench.coding().quickCodeBox()->lineEdit(), Qt::Key_Enter);

    REQUIRE(bench.hasCode("Barriers/Distance"));
    const auto coding = bench.codingOf("Alice", "Barriers/Distance");
    REQUIRE(coding);
    const std::string parentUuid = bench.code("Barriers").uuid;
    CHECK(bench.undo().count() == 1);

    bench.undo().undo(); // the coding and both codes it made
    CHECK_FALSE(bench.hasCode("Barriers"));
    bench.undo().redo();
    CHECK(bench.code("Barriers").uuid == parentUuid);
    REQUIRE(bench.codingOf("Alice", "Barriers/Distance"));
    CHECK(bench.codingOf("Alice", "Barriers/Distance")->uuid == coding->uuid);

    // Shift+Enter creates even when the name matches codes: a sub-string of "Peer educators".
    bench.select(u"Bex more"_s);
    bench.coding().openQuickCode();
    QTest::keyClicks(bench.coding().quickCodeBox()->lineEdit(), u"Peer"_s);
    QTest::keyClick(bench.coding().quickCodeBox()->lineEdit(), Qt::Key_Return, Qt::ShiftModifier);
    CHECK(bench.hasCode("Peer"));
}

TEST_CASE("gui: in-vivo coding makes the selected words a code", "[gui]")
{
    Workbench bench;
    bench.select(u"\"trusted Bex\""_s.mid(1, 11));
    REQUIRE(bench.coding().codeInVivo());
    REQUIRE(bench.hasCode("trusted Bex"));
    CHECK(bench.codingOf("Alice", "trusted Bex"));
    bench.undo().undo();
    CHECK_FALSE(bench.hasCode("trusted Bex"));
}

TEST_CASE("gui: the context menu offers recent codes and uncodes a coding", "[gui]")
{
    Workbench bench;
    bench.select(u"the nurse"_s);
    REQUIRE(bench.coding().applyCode(bench.code("Feelings/Joy").id));

    // Recent codes appear for a selection.
    bench.select(u"Alice talked"_s);
    const QPoint inside = bench.viewer().textView()->cursorRect().center();
    std::unique_ptr<QMenu> menu(bench.coding().buildContextMenu(inside, &bench.window));
    QStringList texts;
    for (QAction *action : menu->actions())
        texts.append(action->text());
    CHECK(texts.contains(u"Code with Feelings/Joy"_s));
    CHECK(texts.contains(u"Code &With…"_s));

    // Over a coded passage it offers to uncode each coding there.
    bench.select(u"the nurse"_s);
    QTextCursor cursor = bench.viewer().textView()->textCursor();
    cursor.setPosition(cursor.selectionStart() + 2);
    const QPoint onCoding = bench.viewer().textView()->cursorRect(cursor).center();
    menu.reset(bench.coding().buildContextMenu(onCoding, &bench.window));
    QAction *uncode = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->text() == u"Uncode Feelings/Joy"_s)
            uncode = action;
    }
    REQUIRE(uncode);
    uncode->trigger();
    CHECK_FALSE(bench.codingOf("Alice", "Feelings/Joy"));
    bench.undo().undo();
    CHECK(bench.codingOf("Alice", "Feelings/Joy"));
}

TEST_CASE("gui: a code dropped on the selection codes it", "[gui]")
{
    Workbench bench;
    const CodebookModel &model = *bench.window.session()->codebookModel();
    std::unique_ptr<QMimeData> mime(model.mimeData({findCode(model, u"Joy"_s)}));
    REQUIRE(mime);
    bench.select(u"She trusted"_s);
    QWidget *viewport = bench.viewer().textView()->viewport();
    const QPoint onSelection = bench.viewer().textView()->cursorRect().center() - QPoint(4, 0);

    QDragEnterEvent enter(onSelection, Qt::CopyAction | Qt::MoveAction, mime.get(), Qt::LeftButton, {});
    QCoreApplication::sendEvent(viewport, &enter);
    CHECK(enter.isAccepted());
    QDragMoveEvent move(onSelection, Qt::CopyAction | Qt::MoveAction, mime.get(), Qt::LeftButton, {});
    QCoreApplication::sendEvent(viewport, &move);
    CHECK(move.isAccepted());
    QDropEvent drop(QPointF(onSelection), Qt::CopyAction | Qt::MoveAction, mime.get(), Qt::LeftButton, {});
    QCoreApplication::sendEvent(viewport, &drop);
    CHECK(drop.isAccepted());
    const auto joy = bench.codingOf("Alice", "Feelings/Joy");
    REQUIRE(joy);
    CHECK(joy->end - joy->start == 11);

    // Away from the selection a drop is refused and codes nothing.
    const QPoint away = bench.viewer().textView()->cursorRect(QTextCursor(bench.viewer().textView()->document())).center();
    QDragMoveEvent elsewhere(away, Qt::CopyAction, mime.get(), Qt::LeftButton, {});
    QCoreApplication::sendEvent(viewport, &elsewhere);
    CHECK_FALSE(elsewhere.isAccepted());
}

TEST_CASE("gui: clicking a coding stripe selects the coded text", "[gui]")
{
    Workbench bench;
    QCoreApplication::processEvents();
    weft::app::DocumentTextView *text = bench.viewer().textView();
    text->viewport()->repaint(); // stripes are measured as they are painted
    REQUIRE_FALSE(text->margin().stripes().empty());
    const auto &stripe = text->margin().stripes().front();
    const auto &span = bench.viewer().highlights().spans()[stripe.span];
    QSignalSpy activated(&bench.viewer(), &weft::app::DocumentViewer::codingActivated);
    QTest::mouseClick(text->viewport(), Qt::LeftButton, {}, stripe.rect.center());
    REQUIRE(activated.size() == 1);
    CHECK(activated.first().first().toString() == QString::fromStdString(span.coding.uuid));
    const auto selection = bench.viewer().selection();
    REQUIRE(selection);
    CHECK(std::int64_t(selection->start) == span.coding.start);
    CHECK(std::int64_t(selection->end) == span.coding.end);
    // Its name is in the margin too, and clicking it does the same.
    CHECK_FALSE(stripe.label.isEmpty());
}

TEST_CASE("gui: with snapping on, a coding takes whole words", "[gui]")
{
    Workbench bench;
    bench.coding().setSnapToWords(true);
    bench.select(u"e trusted B"_s); // from "She trusted Bex"
    REQUIRE(bench.coding().applyCode(bench.code("Feelings/Joy").id));
    const auto joy = bench.codingOf("Alice", "Feelings/Joy");
    REQUIRE(joy);
    const QString text = bench.viewer().textView()->toPlainText();
    CHECK(text.mid(bench.viewer().utf16Of(joy->start),
                  bench.viewer().utf16Of(joy->end) - bench.viewer().utf16Of(joy->start))
            == u"She trusted Bex"_s);
    bench.coding().setSnapToWords(false);
}

TEST_CASE("gui: codebook edits go through undo: add, rename, colour, describe, move", "[gui]")
{
    Workbench bench;
    ModelTesterMessages messages;
    CodebookModel &model = *bench.window.session()->codebookModel();
    QAbstractItemModelTester tester(&model, Mode::Warning);
    QAbstractItemModelTester proxyTester(bench.window.codebookPanel()->proxy(), Mode::Warning);

    const auto added = bench.codebook().addCode(std::nullopt, u"Safety"_s);
    REQUIRE(added);
    CHECK(bench.window.codebookPanel()->currentCode() == added);
    // Renaming in place: the model's setData pushes the command.
    REQUIRE(model.setData(model.indexOfCode(*added), u"Feeling safe"_s));
    CHECK(bench.hasCode("Feeling safe"));
    REQUIRE(bench.codebook().recolorCode(*added, QColor(u"#59a14f"_s)));
    CHECK(bench.code("Feeling safe").color == std::optional<std::string>("#59a14f"));
    REQUIRE(bench.codebook().describeCode(*added, u"Feeling able to speak."_s));
    CHECK(model.indexOfCode(*added).data(CodebookModel::DescriptionRole).toString()
            == u"Feeling able to speak."_s);

    // Moved under Trust by drag and drop, as the second child.
    std::unique_ptr<QMimeData> mime(model.mimeData({model.indexOfCode(*added)}));
    const QModelIndex trust = findCode(model, u"Trust"_s);
    REQUIRE(model.dropMimeData(mime.get(), Qt::MoveAction, 1, 0, trust));
    CHECK(bench.code("Trust/Feeling safe").id == *added);
    CHECK(outline(model).mid(0, 3) == QStringList{u"Trust"_s, u"  Peer educators"_s, u"  Feeling safe"_s});
    // Not into itself.
    CHECK_FALSE(model.canDropMimeData(mime.get(), Qt::MoveAction, 0, 0, model.indexOfCode(*added)));

    CHECK(bench.undo().count() == 5);
    bench.undo().undo(); // move
    CHECK(bench.hasCode("Feeling safe"));
    bench.undo().undo(); // description
    bench.undo().undo(); // colour
    CHECK_FALSE(bench.code("Feeling safe").color.has_value());
    bench.undo().undo(); // rename
    CHECK(bench.hasCode("Safety"));
    bench.undo().undo(); // add
    CHECK_FALSE(bench.hasCode("Safety"));
    for (int i = 0; i < 5; ++i)
        bench.undo().redo();
    CHECK(bench.code("Trust/Feeling safe").id == *added);
    CHECK(bench.code("Trust/Feeling safe").description == std::optional<std::string>("Feeling able to speak."));

    INFO(messages.messages().join(u"\n"_s).toStdString());
    CHECK(messages.messages().isEmpty());
}

TEST_CASE("gui: merging two codes moves the codings over, undo splits them again", "[gui]")
{
    Workbench bench;
    bench.select(u"the nurse"_s);
    REQUIRE(bench.coding().applyCode(bench.code("Feelings/Joy").id));
    const auto joyCoding = bench.codingOf("Alice", "Feelings/Joy");
    REQUIRE(joyCoding);
    const auto joy = bench.code("Feelings/Joy");
    const auto peers = bench.code("Trust/Peer educators");
    const CodebookModel &model = *bench.window.session()->codebookModel();

    REQUIRE(bench.codebook().mergeCodes(joy.id, peers.id));
    CHECK_FALSE(bench.hasCode("Feelings/Joy"));
    CHECK(model.totalCodingCount(peers.id) == 4);
    auto moved = bench.project().codings().get(joyCoding->uuid);
    REQUIRE(moved.ok());
    CHECK(moved->codeId == peers.id);

    bench.undo().undo();
    CHECK(bench.code("Feelings/Joy").uuid == joy.uuid);
    CHECK(bench.project().codings().get(joyCoding->uuid)->codeId == joy.id);
    CHECK(model.totalCodingCount(peers.id) == 2);
}

TEST_CASE("gui: deleting a code asks with the number of codings that go", "[gui]")
{
    Workbench bench;
    const auto trust = bench.code("Trust");
    bench.confirmer->questions.clear();

    SECTION("accepted")
    {
        REQUIRE(bench.codebook().deleteCode(trust.id));
        REQUIRE(bench.confirmer->questions.size() == 1);
        CHECK(bench.confirmer->questions.first().contains(u"“Trust” and its 2 codings"_s));
        CHECK(bench.confirmer->questions.first().contains(u"sub-code goes with it"_s));
        CHECK_FALSE(bench.hasCode("Trust"));
        CHECK(bench.codings("Alice").empty());
        bench.undo().undo();
        CHECK(bench.code("Trust/Peer educators").uuid.size() > 0);
        CHECK(bench.codings("Alice").size() == 2);
    }
    SECTION("refused")
    {
        auto refusing = std::make_unique<AnsweringConfirmer>(false);
        AnsweringConfirmer *raw = refusing.get();
        bench.window.setConfirmer(std::move(refusing));
        CHECK_FALSE(bench.codebook().deleteCode(trust.id));
        CHECK(raw->questions.size() == 1);
        CHECK(bench.hasCode("Trust"));
        CHECK(bench.undo().count() == 0);
    }
}

TEST_CASE("gui: the codebook filter finds codes by any part of the name among 5,000", "[gui]")
{
    SampleFixture fixture;
    {
        auto project = openDirect(fixture.projectPath());
        REQUIRE(project->transaction([&] {
            for (int group = 0; group < 50; ++group) {
                const auto parent = project->codes().add({std::nullopt, "Group " + std::to_string(group), {}, {}});
                for (int i = 0; i < 99; ++i) {
                    const auto code = project->codes().add(
                            {parent->id, "Code " + std::to_string(group * 100 + i) + " item", {}, {}});
                    (void)code;
                }
            }
        }).ok());
        REQUIRE(project->close().ok());
    }
    weft::app::MainWindow window;
    window.setWarningPresenter(std::make_unique<RecordingPresenter>());
    REQUIRE(window.openProject(fixture.projectPath()));
    weft::app::CodebookPanel *panel = window.codebookPanel();
    QElapsedTimer timer;
    timer.start();
    panel->setFilter(u"4242"_s);
    const qint64 elapsed = timer.elapsed();
    WARN("filtering 5,000 codes took " << elapsed << " ms");
    const QAbstractItemModel *shown = panel->view()->model();
    REQUIRE(shown->rowCount() == 1);
    CHECK(shown->index(0, 0).data().toString() == u"Group 42"_s);
    const QModelIndex group = shown->index(0, 0);
    REQUIRE(shown->rowCount(group) == 1);
    CHECK(shown->index(0, 0, group).data().toString() == u"Code 4242 item"_s);
    panel->setFilter(u"EM"_s); // case-insensitive, inside a word
    CHECK(shown->rowCount() == 50);
    panel->setFilter(QString());
    CHECK(shown->rowCount() == 52);
}
