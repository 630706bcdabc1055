// SPDX-License-Identifier: GPL-3.0-or-later
// Hidden ("[.]"), run by hand: saves pictures of the import dialog and the participants tab
// for the documentation, into the folder named by $WEFT_PICTURES (default: the working one).
#include "guitestsupport.h"

#include "app/gui/import/importcontroller.h"
#include "app/gui/import/importdialog.h"
#include "app/gui/import/importfilesmodel.h"
#include "app/gui/mainwindow.h"
#include "app/gui/participants/participantspanel.h"
#include "app/gui/session/projectsession.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QTabWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace weft::guitest;

namespace {
QString picture(const QString &name)
{
    const QString folder = qEnvironmentVariable("WEFT_PICTURES", QDir::currentPath());
    return QDir(folder).filePath(name);
}
} // namespace

TEST_CASE("gui: pictures of the import dialog and the participants tab", "[.][pictures]")
{
    SampleFixture fixture;
    const QString sample = QStringLiteral(WEFT_SAMPLE_SOURCE_DIR);
    fixture.writeFile(u"more/broken.txt"_s, QByteArray("\x00\x01\x02\x00binary", 10));
    weft::app::MainWindow window;
    window.setWarningPresenter(std::make_unique<RecordingPresenter>());
    window.resize(1400, 880);
    window.show();
    REQUIRE(window.openProject(fixture.projectPath()));

    weft::app::ImportDialog dialog(window.session(), &window);
    dialog.show();
    dialog.addPaths({sample + u"/interviews"_s, sample + u"/journals"_s,
            sample + u"/feedback/session_feedback.csv"_s, fixture.folder() + u"/more"_s});
    REQUIRE(QTest::qWaitFor([&] { return !dialog.isPreviewing(); }, 20000));
    REQUIRE(dialog.grab().save(picture(u"import-dialog.png"_s)));

    REQUIRE(window.importController()->importParticipants(sample + u"/participants.csv"_s));
    auto *tabs = window.findChild<QTabWidget *>();
    REQUIRE(tabs);
    tabs->setCurrentWidget(window.participantsPanel());
    QTest::qWait(50);
    REQUIRE(window.grab().save(picture(u"participants.png"_s)));
}
