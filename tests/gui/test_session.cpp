// SPDX-License-Identifier: GPL-3.0-or-later
#include "guitestsupport.h"

#include "app/gui/documents/documentviewer.h"
#include "app/gui/mainwindow.h"
#include "app/gui/models/documentlistmodel.h"
#include "app/gui/projectstatusbar.h"
#include "app/gui/session/coderidentity.h"
#include "app/gui/session/integritywatcher.h"
#include "app/gui/session/projectsession.h"
#include "app/gui/session/recentprojects.h"
#include "app/gui/session/sampleproject.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QSettings>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace weft::guitest;

TEST_CASE("gui: recent projects keep the eight newest files that still exist", "[gui]")
{
    QSettings().clear();
    SampleFixture fixture;
    weft::app::RecentProjects recent;
    QStringList files;
    for (int i = 0; i < 10; ++i) {
        files.append(fixture.writeFile(u"p%1.weft"_s.arg(i), "x"));
        recent.add(files.last());
    }
    QStringList expected = files.mid(2);
    std::reverse(expected.begin(), expected.end());
    CHECK(recent.paths() == expected);

    recent.add(files[5]); // reopening moves it to the top, once
    CHECK(recent.paths().first() == files[5]);
    CHECK(recent.paths().count(files[5]) == 1);

    REQUIRE(QFile::remove(files[9]));
    CHECK_FALSE(recent.paths().contains(files[9]));
    CHECK(recent.paths().size() == 7);
    recent.clear();
    CHECK(recent.paths().isEmpty());
}

TEST_CASE("gui: an opened project goes to the top of the recent projects", "[gui]")
{
    QSettings().clear();
    SampleFixture fixture;
    weft::app::MainWindow window;
    window.setWarningPresenter(std::make_unique<RecordingPresenter>());
    REQUIRE(window.openProject(fixture.projectPath()));
    CHECK(weft::app::RecentProjects().paths().value(0) == fixture.projectPath());
    QSettings().clear();
}

TEST_CASE("gui: a failed background integrity check is reported once", "[gui]")
{
    std::promise<weft::Result<void>> promise;
    weft::app::IntegrityWatcher watcher;
    QSignalSpy failed(&watcher, &weft::app::IntegrityWatcher::failed);
    QSignalSpy passed(&watcher, &weft::app::IntegrityWatcher::passed);
    watcher.watch(promise.get_future().share());
    CHECK(watcher.isWatching());

    promise.set_value(weft::makeError(weft::ErrorCode::Corrupt, "page 7 is damaged"));
    REQUIRE(failed.wait(2000));
    CHECK(failed.size() == 1);
    CHECK(failed.first().first().toString() == u"page 7 is damaged"_s);
    CHECK(passed.isEmpty());
    CHECK_FALSE(watcher.isWatching());
}

TEST_CASE("gui: a passing integrity check after open stays silent", "[gui]")
{
    SampleFixture fixture;
    weft::app::ProjectSession session;
    QSignalSpy warnings(&session, &weft::app::ProjectSession::warning);
    REQUIRE(session.open(fixture.projectPath()));
    auto *watcher = session.findChild<weft::app::IntegrityWatcher *>();
    REQUIRE(watcher);
    QSignalSpy passed(watcher, &weft::app::IntegrityWatcher::passed);
    REQUIRE((passed.size() == 1 || passed.wait(5000)));
    CHECK(warnings.isEmpty());
}

TEST_CASE("gui: the coder is the saved name, else WEFT_CODER, else the login name", "[gui]")
{
    QSettings().clear();
    const QByteArray previous = qgetenv("WEFT_CODER");
    qputenv("WEFT_CODER", "Env Coder");
    CHECK(weft::app::CoderIdentity::current() == u"Env Coder"_s);
    weft::app::CoderIdentity::save(u"Saved Coder"_s);
    CHECK(weft::app::CoderIdentity::current() == u"Saved Coder"_s);
    weft::app::CoderIdentity::save(QString());
    qunsetenv("WEFT_CODER");
    CHECK_FALSE(weft::app::CoderIdentity::current().isEmpty());
    if (!previous.isEmpty())
        qputenv("WEFT_CODER", previous);
    QSettings().clear();
}

TEST_CASE("gui: the sample study opens from a copy in the user's data folder", "[gui]")
{
    QFile::remove(weft::app::SampleProject::userCopyPath());
    REQUIRE_FALSE(weft::app::SampleProject::bundledPath().isEmpty());

    weft::app::MainWindow window;
    auto presenter = std::make_unique<RecordingPresenter>();
    RecordingPresenter *warnings = presenter.get();
    window.setWarningPresenter(std::move(presenter));
    REQUIRE(window.openSampleProject());
    CHECK(warnings->warnings.isEmpty());
    CHECK(window.session()->filePath() == weft::app::SampleProject::userCopyPath());
    CHECK(window.windowTitle() == u"Peer health-education evaluation (sample) — Weft"_s);

    const auto info = window.session()->project()->info();
    REQUIRE(info.ok());
    CHECK(info->documents.at(weft::core::DocumentKind::Interview) == 4);
    CHECK(info->documents.at(weft::core::DocumentKind::Journal) == 2);
    CHECK(info->documents.at(weft::core::DocumentKind::Feedback) >= 20);
    CHECK(info->participants == 6);
    CHECK(info->codings >= 25);
    CHECK(info->codes >= 10);
    CHECK(info->themes == 4); // three themes and a sub-theme
    // The case table gave every participant their attributes.
    auto amara = window.session()->project()->participants().resolve("P01");
    REQUIRE(amara.ok());
    const auto attributes = window.session()->project()->attributes().values(
            weft::core::AttributeScope::Participant, amara->id);
    REQUIRE(attributes.ok());
    CHECK(attributes->size() >= 5);

    window.closeProject();
    QFile::remove(weft::app::SampleProject::userCopyPath());
    QSettings().clear();
}

TEST_CASE("gui: a reopened project shows the document that was being read", "[gui]")
{
    SampleFixture fixture;
    {
        weft::app::MainWindow window;
        window.setWarningPresenter(std::make_unique<RecordingPresenter>());
        REQUIRE(window.openProject(fixture.projectPath()));
        CHECK(window.documentViewer()->heading() == u"Alice"_s); // the first, the first time
        REQUIRE(window.showDocument(u"Emoji"_s));
        window.closeProject();
    }
    weft::app::MainWindow window;
    window.setWarningPresenter(std::make_unique<RecordingPresenter>());
    REQUIRE(window.openProject(fixture.projectPath()));
    CHECK(window.documentViewer()->heading() == u"Emoji"_s);
}

TEST_CASE("gui: the first-start coder question never blocks tests, a new coder shows at once",
        "[gui]")
{
    QSettings().clear();
    const QByteArray previous = qgetenv("WEFT_CODER");
    qunsetenv("WEFT_CODER");
    weft::app::MainWindow window;
    window.askForCoderIfNeeded(); // offscreen: returns without asking
    window.session()->setCoder(u"Dana Reyes"_s);
    CHECK(window.projectStatusBar()->coderText() == u"Coder: Dana Reyes"_s);
    if (!previous.isEmpty())
        qputenv("WEFT_CODER", previous);
    QSettings().clear();
}
