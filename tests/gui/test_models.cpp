// SPDX-License-Identifier: GPL-3.0-or-later
#include "guitestsupport.h"

#include "app/gui/documents/documentviewer.h"
#include "app/gui/mainwindow.h"
#include "app/gui/models/codebookmodel.h"
#include "app/gui/models/documentlistmodel.h"
#include "app/gui/projectstatusbar.h"
#include "app/gui/session/projectsession.h"
#include "app/services/codingservice.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QTextEdit>

using namespace Qt::StringLiterals;
using namespace weft::guitest;
using weft::app::CodebookModel;
using weft::app::DocumentListModel;

namespace {

using Mode = QAbstractItemModelTester::FailureReportingMode;

QModelIndex findCode(const CodebookModel &model, const QString &name)
{
    const QModelIndexList found = model.match(
            model.index(0, 0), Qt::DisplayRole, name, 1, Qt::MatchExactly | Qt::MatchRecursive);
    return found.isEmpty() ? QModelIndex() : found.first();
}

QString countOf(const CodebookModel &model, const QString &name)
{
    const QModelIndex code = findCode(model, name);
    return code.siblingAtColumn(CodebookModel::CodingsColumn).data().toString();
}

} // namespace

TEST_CASE("gui: the codebook model shows the code tree with coding counts", "[gui]")
{
    SampleFixture fixture;
    weft::app::ProjectSession session;
    REQUIRE(session.open(fixture.projectPath()));
    const CodebookModel &model = *session.codebookModel();

    // Codes keep the order they were made in.
    CHECK(outline(model)
            == QStringList{u"Trust"_s, u"  Peer educators"_s, u"Feelings"_s, u"  Joy"_s});
    // Parents that only gather sub-codes show the sub-codes' sum in brackets.
    CHECK(countOf(model, u"Trust"_s) == u"(2)"_s);
    CHECK(countOf(model, u"Peer educators"_s) == u"2"_s);
    CHECK(countOf(model, u"Joy"_s) == u"1"_s);

    const QModelIndex joy = findCode(model, u"Joy"_s);
    CHECK(joy.data(CodebookModel::CodePathRole).toString() == u"Feelings/Joy"_s);
    CHECK(joy.data(Qt::DecorationRole).canConvert<QIcon>());
    CHECK(joy.data(CodebookModel::ColorRole).value<QColor>().isValid());
    CHECK(findCode(model, u"Trust"_s).data(CodebookModel::TotalCodingCountRole).toLongLong() == 2);
}

TEST_CASE("gui: both models pass QAbstractItemModelTester through open, change and close", "[gui]")
{
    SampleFixture fixture;
    ModelTesterMessages messages;
    weft::app::ProjectSession session;
    QAbstractItemModelTester documentsTester(session.documentModel(), Mode::Warning);
    QAbstractItemModelTester codebookTester(session.codebookModel(), Mode::Warning);

    REQUIRE(session.open(fixture.projectPath()));
    weft::services::CodingRequest request{.document = "Alice", .codePath = "Trust/Professionals"};
    request.match = "the nurse";
    REQUIRE(weft::services::applyCodings(*session.project(), {request}).ok());
    REQUIRE(session.project()->participants().add("P09").ok());
    session.close();
    REQUIRE(session.open(fixture.projectPath()));

    INFO(messages.messages().join(u"\n"_s).toStdString());
    REQUIRE(messages.messages().isEmpty());
}

TEST_CASE("gui: models, viewer and status bar follow storage changes", "[gui]")
{
    SampleFixture fixture;
    weft::app::MainWindow window;
    window.setWarningPresenter(std::make_unique<RecordingPresenter>());
    REQUIRE(window.openProject(fixture.projectPath()));
    weft::storage::Project &project = *window.session()->project();
    const CodebookModel &codebook = *window.session()->codebookModel();
    const int highlightsBefore = int(window.documentViewer()->textView()->extraSelections().size());
    REQUIRE(window.documentViewer()->heading() == u"Alice"_s);

    SECTION("a new coding on the shown document")
    {
        weft::services::CodingRequest request{
                .document = "Alice", .codePath = "Trust/Professionals"};
        request.match = "the nurse";
        REQUIRE(weft::services::applyCodings(project, {request}).ok());
        CHECK(countOf(codebook, u"Professionals"_s) == u"1"_s);
        CHECK(countOf(codebook, u"Trust"_s) == u"(3)"_s);
        CHECK(window.documentViewer()->textView()->extraSelections().size()
                == highlightsBefore + 1);
        CHECK(window.projectStatusBar()->countsText()
                == u"3 documents · 1 participant · 5 codes · 4 codings"_s);
    }
    SECTION("a new document")
    {
        const QString path = fixture.writeFile(u"interviews/Bob.txt"_s, "Bob speaks.\n");
        importAll(project, {path.toStdString()});
        CHECK(outline(*window.session()->documentModel()).first() == u"Interviews (3)"_s);
        CHECK(window.projectStatusBar()->countsText().startsWith(u"4 documents"_s));
        // The reader stays on the document they were reading.
        CHECK(window.documentViewer()->heading() == u"Alice"_s);
    }
    SECTION("a renamed code")
    {
        const auto joy = project.codes().resolve("Feelings/Joy");
        REQUIRE(joy.ok());
        REQUIRE(project.codes().rename(joy->uuid, "Delight").ok());
        CHECK(findCode(codebook, u"Delight"_s).isValid());
        CHECK_FALSE(findCode(codebook, u"Joy"_s).isValid());
    }
}
