// SPDX-License-Identifier: GPL-3.0-or-later
#include "guitestsupport.h"

#include "app/gui/documents/documenttextview.h"
#include "app/gui/documents/documentviewer.h"
#include "app/gui/evidence/themeevidencepanel.h"
#include "app/gui/excerpts/excerptspanel.h"
#include "app/gui/mainwindow.h"
#include "app/gui/models/themeevidencemodel.h"
#include "app/gui/session/projectsession.h"
#include "app/gui/thememap/thememappanel.h"
#include "app/gui/thememap/thememapscene.h"
#include "app/gui/thememap/themenodeitem.h"
#include "app/services/codingservice.h"
#include "app/services/importservice.h"
#include "app/services/themeanalysis.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace weft::guitest;
using weft::app::ThemeEvidenceModel;

namespace {

using Mode = QAbstractItemModelTester::FailureReportingMode;

/// Two interviews and a journal. Theme "Safe with peers" links the code "Trust" (its sub-code
/// "Trust/Peers" included) and has the sub-theme "Feeling safe" linking "Safety". In P01's
/// interview a Trust/Peers coding and a Safety coding overlap: one excerpt. So the theme has
/// 3 excerpts: interviews 2 (P01, P02), journals 1 (P01); participants 2.
void buildStudy(const SampleFixture &fixture, const QString &path)
{
    const QString p01 = fixture.writeFile(
            u"study/P01.txt"_s, "I trust the peer educators. They listen to us.\n");
    const QString p02
            = fixture.writeFile(u"study/P02.txt"_s, "The nurse was kind. Peers were better.\n");
    const QString journal = fixture.writeFile(
            u"study/J_P01.txt"_s, "2019-02-19\nToday I felt safe in the group.\n");
    auto project = weft::storage::Project::create(path.toStdString(), "Evidence study", "Tester");
    REQUIRE(project.ok());
    auto import = [&](const QString &file, weft::core::DocumentKind kind, const char *participant) {
        weft::services::ImportRequest request;
        request.paths = {file.toStdString()};
        request.kind = kind;
        request.participant = participant;
        const auto files = weft::services::importFiles(**project, request);
        REQUIRE(files.size() == 1);
        REQUIRE(files.front().status == weft::services::ImportedFile::Status::Imported);
    };
    import(p01, weft::core::DocumentKind::Interview, "P01");
    import(p02, weft::core::DocumentKind::Interview, "P02");
    import(journal, weft::core::DocumentKind::Journal, "P01");
    auto code = [](const char *document, const char *codePath, const char *match) {
        weft::services::CodingRequest request{.document = document, .codePath = codePath};
        request.match = match;
        return request;
    };
    REQUIRE(weft::services::applyCodings(**project,
            {code("P01", "Trust/Peers", "trust the peer educators"),
                    code("P01", "Safety", "peer educators. They listen"),
                    code("P02", "Trust", "Peers were better"),
                    code("J_P01", "Safety", "felt safe in the group")})
                    .ok());
    auto trust = (*project)->codes().resolve("Trust");
    auto safety = (*project)->codes().resolve("Safety");
    REQUIRE((trust.ok() && safety.ok()));
    auto theme = (*project)->themes().add({.parentId = std::nullopt, .name = "Safe with peers"});
    REQUIRE(theme.ok());
    auto sub = (*project)->themes().add({.parentId = theme->id, .name = "Feeling safe"});
    REQUIRE(sub.ok());
    REQUIRE((*project)->themes().link(theme->uuid, trust->id).ok());
    REQUIRE((*project)->themes().link(sub->uuid, safety->id).ok());
    REQUIRE((*project)->close().ok());
}

struct EvidenceHarness {
    EvidenceHarness()
    {
        buildStudy(fixture, path());
        panel.resize(900, 700);
        panel.show();
        REQUIRE(session.open(path()));
        auto found = session.project()->themes().resolve("Safe with peers");
        REQUIRE(found.ok());
        theme = *found;
    }
    QString path() const { return fixture.folder() + u"/evidence.weft"_s; }
    ThemeEvidenceModel *model() const { return panel.model(); }
    static void settle() { QTest::qWait(20); }
    /// Every excerpt row under the kind groups (the exemplar group left out).
    QModelIndexList groupedExcerpts() const
    {
        QModelIndexList rows;
        for (int k = 0; k < model()->rowCount(); ++k) {
            const QModelIndex kind = model()->index(k, 0);
            if (!kind.data(ThemeEvidenceModel::KindRole).isValid())
                continue;
            for (int p = 0; p < model()->rowCount(kind); ++p) {
                const QModelIndex person = model()->index(p, 0, kind);
                for (int e = 0; e < model()->rowCount(person); ++e)
                    rows.append(model()->index(e, 0, person));
            }
        }
        return rows;
    }
    std::vector<weft::core::Id> marks() const
    {
        auto marked = session.project()->exemplars().codingsOf(theme.id);
        REQUIRE(marked.ok());
        return *marked;
    }

    SampleFixture fixture;
    weft::app::ProjectSession session;
    weft::app::ThemeEvidencePanel panel{&session};
    weft::core::Theme theme;
};

} // namespace

TEST_CASE("gui: theme evidence groups merged excerpts by source kind and participant", "[gui]")
{
    EvidenceHarness harness;
    ModelTesterMessages messages;
    QAbstractItemModelTester tester(harness.model(), Mode::Warning);
    harness.panel.setTheme(harness.theme.uuid);

    auto overview = weft::services::analyseThemes(*harness.session.project());
    REQUIRE(overview.ok());
    const auto &evidence = overview->themes.front().evidence;
    REQUIRE(overview->themes.front().theme.uuid == harness.theme.uuid);
    // The hand-counted numbers, and core's.
    REQUIRE(evidence.excerpts.size() == 3);
    CHECK(harness.model()->excerptCount() == 3);
    CHECK(harness.model()->participantCount() == 2);

    REQUIRE(harness.model()->rowCount() == 2); // interviews, journals; no exemplars yet
    const QModelIndex interviews = harness.model()->index(0, 0);
    const QModelIndex journals = harness.model()->index(1, 0);
    CHECK(interviews.data(ThemeEvidenceModel::KindRole).toInt()
            == static_cast<int>(weft::core::DocumentKind::Interview));
    CHECK(interviews.data(ThemeEvidenceModel::ExcerptCountRole).toLongLong() == 2);
    CHECK(interviews.data(ThemeEvidenceModel::ParticipantCountRole).toLongLong() == 2);
    CHECK(journals.data(ThemeEvidenceModel::ExcerptCountRole).toLongLong() == 1);
    CHECK(journals.data(ThemeEvidenceModel::ParticipantCountRole).toLongLong() == 1);
    for (const QModelIndex &group : {interviews, journals}) {
        const auto kind = static_cast<weft::core::DocumentKind>(
                group.data(ThemeEvidenceModel::KindRole).toInt());
        CHECK(group.data(ThemeEvidenceModel::ExcerptCountRole).toLongLong()
                == evidence.byKind.at(kind).excerpts);
        CHECK(group.data(ThemeEvidenceModel::ParticipantCountRole).toLongLong()
                == evidence.byKind.at(kind).participants);
    }
    CHECK(outline(*harness.model())
            == QStringList{interviews.data().toString(), u"  P01 (1)"_s, u"  P02 (1)"_s,
                    journals.data().toString(), u"  P01 (1)"_s});
    CHECK(interviews.data().toString().contains(u"2 excerpts"_s));

    const QModelIndexList rows = harness.groupedExcerpts();
    REQUIRE(rows.size() == 3);
    // The overlapping codings are one excerpt, from the first's start to the second's end.
    const QModelIndex merged = rows[0];
    CHECK(merged.data().toString() == u"trust the peer educators. They listen"_s);
    CHECK(merged.data(ThemeEvidenceModel::CodingIdsRole).value<QList<qlonglong>>().size() == 2);
    CHECK(merged.data(ThemeEvidenceModel::ContextRole).toString()
            == u"I trust the peer educators. They listen to us."_s);
    CHECK(merged.data(ThemeEvidenceModel::AttributionRole)
                    .toString()
                    .startsWith(u"P01, interview, "_s));
    CHECK(rows[1].data(ThemeEvidenceModel::AttributionRole)
                    .toString()
                    .startsWith(u"P02, interview, "_s));
    CHECK(rows[2].data().toString() == u"felt safe in the group"_s);
    CHECK(rows[2].data(ThemeEvidenceModel::AttributionRole)
                    .toString()
                    .startsWith(u"P01, journal, "_s));

    // The sub-theme alone.
    auto sub = harness.session.project()->themes().resolve("Safe with peers/Feeling safe");
    REQUIRE(sub.ok());
    harness.panel.setTheme(sub->uuid);
    CHECK(harness.model()->excerptCount() == 2);
    harness.panel.setTheme(std::nullopt);
    CHECK(harness.model()->rowCount() == 0);
    harness.session.close();
    INFO(messages.messages().join(u"\n"_s).toStdString());
    CHECK(messages.messages().isEmpty());
}

TEST_CASE("gui: checking an excerpt marks it as an exemplar quote, undo removes the mark", "[gui]")
{
    EvidenceHarness harness;
    ModelTesterMessages messages;
    QAbstractItemModelTester tester(harness.model(), Mode::Warning);
    harness.panel.setTheme(harness.theme.uuid);
    const QModelIndex merged = harness.groupedExcerpts().front();
    const auto codings = merged.data(ThemeEvidenceModel::CodingIdsRole).value<QList<qlonglong>>();
    REQUIRE(codings.size() == 2);

    REQUIRE(harness.model()->setData(merged, Qt::Checked, Qt::CheckStateRole));
    CHECK(harness.marks() == std::vector<weft::core::Id>{codings.front()});
    harness.settle();
    const QModelIndex exemplars = harness.model()->exemplarGroup();
    REQUIRE(exemplars.isValid());
    REQUIRE(harness.model()->rowCount(exemplars) == 1);
    CHECK(harness.model()->index(0, 0, exemplars).data(Qt::CheckStateRole).toInt() == Qt::Checked);
    CHECK(harness.groupedExcerpts().front().data(Qt::CheckStateRole).toInt() == Qt::Checked);

    harness.session.undoStack()->undo();
    harness.settle();
    CHECK(harness.marks().empty());
    CHECK_FALSE(harness.model()->exemplarGroup().isValid());

    // A mark on the excerpt's other coding counts too, and unchecking removes it.
    REQUIRE(harness.session.project()->themes().resolve(harness.theme.uuid).ok());
    auto second = harness.session.project()->codings().forDocument(
            merged.data(ThemeEvidenceModel::DocumentIdRole).toLongLong());
    REQUIRE(second.ok());
    const auto other = std::find_if(second->begin(), second->end(),
            [&](const weft::core::Coding &coding) { return coding.id == codings.back(); });
    REQUIRE(other != second->end());
    REQUIRE(harness.session.project()->exemplars().mark(harness.theme.uuid, other->uuid).ok());
    harness.settle();
    const QModelIndex again = harness.groupedExcerpts().front();
    CHECK(again.data(Qt::CheckStateRole).toInt() == Qt::Checked);
    REQUIRE(harness.model()->setData(again, Qt::Unchecked, Qt::CheckStateRole));
    CHECK(harness.marks().empty());
    harness.session.undoStack()->undo();
    CHECK(harness.marks() == std::vector<weft::core::Id>{codings.back()});
    harness.settle();
    INFO(messages.messages().join(u"\n"_s).toStdString());
    CHECK(messages.messages().isEmpty());
}

TEST_CASE("gui: double-clicking theme evidence opens the passage", "[gui]")
{
    EvidenceHarness harness;
    harness.panel.setTheme(harness.theme.uuid);
    harness.settle();
    QSignalSpy opened(&harness.panel, &weft::app::ThemeEvidencePanel::excerptActivated);
    const QModelIndex journal = harness.groupedExcerpts().back();
    QTreeView *view = harness.panel.view();
    view->scrollTo(journal);
    const QRect rect = view->visualRect(journal);
    REQUIRE(rect.isValid());
    REQUIRE(view->indexAt(rect.center()) == journal);
    QSignalSpy clicked(view, &QAbstractItemView::doubleClicked);
    REQUIRE(opened.isValid());
    // A real double-click: press and release, then the double-click (QTest's alone lacks the
    // first press an item view needs).
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    CHECK(clicked.size() == 1);
    REQUIRE(opened.size() == 1);
    CHECK(opened.front().at(0).toLongLong()
            == journal.data(ThemeEvidenceModel::DocumentIdRole).toLongLong());
    CHECK(opened.front().at(1).toLongLong()
            == journal.data(ThemeEvidenceModel::StartRole).toLongLong());
    CHECK(opened.front().at(2).toLongLong()
            == journal.data(ThemeEvidenceModel::EndRole).toLongLong());
    CHECK(opened.front().at(2).toLongLong() - opened.front().at(1).toLongLong()
            == static_cast<qlonglong>(std::string("felt safe in the group").size()));
    // A group heading opens nothing.
    harness.panel.activate(harness.model()->index(0, 0));
    CHECK(opened.size() == 1);
}

TEST_CASE("gui: exemplar quotes keep their order and can be moved, undoably", "[gui]")
{
    EvidenceHarness harness;
    ModelTesterMessages messages;
    QAbstractItemModelTester tester(harness.model(), Mode::Warning);
    harness.panel.setTheme(harness.theme.uuid);
    const QModelIndexList rows = harness.groupedExcerpts();
    REQUIRE(rows.size() == 3);
    const auto firstOf = [](const QModelIndex &row) {
        return row.data(ThemeEvidenceModel::CodingIdsRole).value<QList<qlonglong>>().front();
    };
    const weft::core::Id journal = firstOf(rows[2]);
    const weft::core::Id merged = firstOf(rows[0]);
    // Marked journal first, then the merged interview excerpt: that is the quote order.
    REQUIRE(harness.model()->setData(rows[2], Qt::Checked, Qt::CheckStateRole));
    REQUIRE(harness.model()->setData(rows[0], Qt::Checked, Qt::CheckStateRole));
    harness.settle();
    CHECK(harness.marks() == std::vector<weft::core::Id>{journal, merged});
    const QModelIndex group = harness.model()->exemplarGroup();
    REQUIRE(harness.model()->rowCount(group) == 2);
    CHECK(harness.model()->index(0, 0, group).data().toString() == u"felt safe in the group"_s);

    harness.panel.view()->setCurrentIndex(harness.model()->index(1, 0, group));
    REQUIRE(harness.panel.moveCurrentExemplar(-1));
    harness.settle();
    CHECK(harness.marks() == std::vector<weft::core::Id>{merged, journal});
    const QModelIndex moved = harness.panel.view()->currentIndex();
    CHECK(moved.parent() == harness.model()->exemplarGroup());
    CHECK(moved.row() == 0); // the moved quote stays selected
    CHECK_FALSE(harness.panel.moveCurrentExemplar(-1)); // first already

    harness.session.undoStack()->undo();
    harness.settle();
    CHECK(harness.marks() == std::vector<weft::core::Id>{journal, merged});
    INFO(messages.messages().join(u"\n"_s).toStdString());
    CHECK(messages.messages().isEmpty());
}

TEST_CASE("gui: in the main window a theme picked on the map shows its evidence, which opens in "
          "the document",
        "[gui]")
{
    SampleFixture fixture;
    buildStudy(fixture, fixture.folder() + u"/evidence.weft"_s);
    weft::app::MainWindow window;
    window.setWarningPresenter(std::make_unique<RecordingPresenter>());
    window.resize(1300, 850);
    window.show();
    REQUIRE(window.openProject(fixture.folder() + u"/evidence.weft"_s));
    auto *work = window.findChild<QTabWidget *>(u"workTabs"_s);
    auto *lower = window.findChild<QTabWidget *>(u"lowerTabs"_s);
    REQUIRE((work && lower));
    CHECK(work->currentWidget() == window.documentViewer());
    CHECK(lower->currentWidget() == window.excerptsPanel());

    work->setCurrentWidget(window.themeMapPanel());
    QTest::qWait(20);
    weft::app::ThemeMapScene *scene = window.themeMapPanel()->scene();
    REQUIRE(scene->themeNodes().size() == 2);
    scene->themeNodes().front()->setSelected(true);
    CHECK(lower->currentWidget() == window.themeEvidencePanel());
    ThemeEvidenceModel *model = window.themeEvidencePanel()->model();
    CHECK(model->themeName() == u"Safe with peers"_s);
    CHECK(model->excerptCount() == 3);
    // The map rebuilt after a change keeps its selection without taking the tab back.
    lower->setCurrentWidget(window.excerptsPanel());
    REQUIRE(window.themeMapPanel()->scene()->renameTheme(
            scene->themeNodes().back()->uuid(), u"Feeling safe at last"_s));
    QTest::qWait(20);
    CHECK(scene->themeNodes().front()->isSelected());
    CHECK(lower->currentWidget() == window.excerptsPanel());
    lower->setCurrentWidget(window.themeEvidencePanel());

    const QModelIndex journal = model->index(0, 0, model->index(0, 0, model->index(1, 0)));
    REQUIRE(journal.data().toString() == u"felt safe in the group"_s);
    window.themeEvidencePanel()->activate(journal);
    CHECK(work->currentWidget() == window.documentViewer());
    CHECK(window.documentViewer()->textView()->textCursor().selectedText()
            == u"felt safe in the group"_s);
}
