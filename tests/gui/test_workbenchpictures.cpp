// SPDX-License-Identifier: GPL-3.0-or-later
// Hidden ("[.]"), run by hand: pictures of the workbench on the sample study for the
// documentation, into $WEFT_PICTURES (default: the working folder). For the real look, run
// under a display: xvfb-run -a -s "-screen 0 1600x1000x24" env QT_QPA_PLATFORM=xcb ...
#include "guitestsupport.h"

#include "app/gui/codebook/codebookpanel.h"
#include "app/gui/documents/documentviewer.h"
#include "app/gui/mainwindow.h"
#include "app/gui/memos/memohubpanel.h"
#include "app/gui/memos/memopanel.h"
#include "app/gui/session/projectsession.h"
#include "app/gui/structure/structurecodingdialog.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QDir>
#include <QPlainTextEdit>
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

TEST_CASE("gui: pictures of the workbench, the memo hub and structure coding", "[.][pictures]")
{
    weft::app::MainWindow window;
    window.setWarningPresenter(std::make_unique<RecordingPresenter>());
    window.resize(1400, 880);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.openSampleProject());
    REQUIRE(window.showDocument(u"P01"_s));
    REQUIRE(window.showCode(u"Trust/Peer educators"_s));
    QTest::qWait(200);
    // Two turns with codings, overlapping in the second.
    REQUIRE(window.findInDocument(u"So was there anything you'd still rather hear"_s, false));

    // The coding of "With Bex and Jamal…" picked from its stripe: its handles show, and the
    // memo panel holds its memo.
    weft::app::DocumentViewer &viewer = *window.documentViewer();
    const int at = int(viewer.textView()->toPlainText().indexOf(u"With Bex and Jamal"_s));
    REQUIRE(at >= 0);
    for (const auto *span : viewer.codingsAt(at + 2)) {
        if (span->codePath == u"Trust/Peer educators"_s)
            REQUIRE(viewer.activateCoding(QString::fromStdString(span->coding.uuid)));
    }
    REQUIRE_FALSE(viewer.activeCoding().isEmpty());
    QTextCursor caret = viewer.textView()->textCursor();
    caret.clearSelection();
    viewer.textView()->setTextCursor(caret);
    window.memoPanel()->editor()->setPlainText(
            u"Asking “stupid” questions is the test of safety. Compare with Professionals: "
            "is it the role or the person?"_s);
    window.memoPanel()->commit();
    window.codebookPanel()->setFocus();
    QTest::qWait(100);
    REQUIRE(window.grab().save(picture(u"workbench.png"_s)));

    auto *tabs = qobject_cast<QTabWidget *>(window.memoHubPanel()->parentWidget()->parentWidget());
    REQUIRE(tabs);
    tabs->setCurrentWidget(window.memoHubPanel());
    QTest::qWait(100);
    REQUIRE(window.grab().save(picture(u"memo-hub.png"_s)));

    weft::app::StructureCodingDialog dialog(
            window.session(), window.codebookPanel()->currentCode(), &window);
    dialog.setTarget(weft::app::StructureCodingDialog::Target::Sections);
    dialog.setCodePath(u"Feedback/Most useful"_s);
    dialog.show();
    QTest::qWait(100);
    REQUIRE(dialog.grab().save(picture(u"structure-coding.png"_s)));
}
