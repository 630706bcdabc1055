// SPDX-License-Identifier: GPL-3.0-or-later
// Hidden ("[.]"): a measurement to run by hand, not a timed test. It reports how long the
// viewer takes to open and paint the large transcript, and to apply one code.
#include "guitestsupport.h"

#include "app/gui/documents/codingcontroller.h"
#include "app/gui/documents/documentviewer.h"
#include "app/gui/mainwindow.h"
#include "app/gui/session/projectsession.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QScrollBar>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace weft::guitest;

TEST_CASE("gui: scale: a 1,000,000-character transcript with 4,000 codings", "[.][scale]")
{
    SampleFixture fixture;
    {
        auto project = openDirect(fixture.projectPath());
        weft::storage::NewDocument document;
        document.name = "Long";
        document.kind = weft::core::DocumentKind::Interview;
        std::int64_t at = 0;
        int turn = 0;
        while (at < 1'000'000) {
            const std::string label = turn % 2 ? "P01" : "Interviewer";
            const std::string said = "This is what was said in turn " + std::to_string(turn)
                    + ", a sentence long enough to wrap once or twice in the viewer and to be "
                      "coded in parts. It goes on a little more so turns vary. 🙂\n\n";
            document.text += label + ": ";
            at += static_cast<std::int64_t>(label.size()) + 2;
            weft::core::Segment segment;
            segment.kind = weft::core::SegmentKind::Turn;
            segment.start = at;
            segment.end = at + static_cast<std::int64_t>(said.size()) - 4 - 2; // emoji is 4 bytes, 1 cp
            segment.label = label;
            document.segments.push_back(segment);
            document.text += said;
            at += static_cast<std::int64_t>(said.size()) - 3 - 2 + 2;
            ++turn;
        }
        auto added = project->documents().add(document);
        REQUIRE(added.ok());
        std::vector<weft::storage::NewCoding> codings;
        for (int i = 0; i < 200; ++i) {
            auto code = project->codes().add({std::nullopt, "Code " + std::to_string(i), {}, {}});
            REQUIRE(code.ok());
            for (int j = 0; j < 20; ++j) {
                const std::int64_t start = (static_cast<std::int64_t>(i) * 20 + j) * 240 % (added->characters - 200);
                codings.push_back({added->id, code->id, start, start + 40 + (j * 7) % 120, {}});
            }
        }
        REQUIRE(project->codings().addMany(codings).ok());
        REQUIRE(project->close().ok());
    }
    weft::app::MainWindow window;
    window.setWarningPresenter(std::make_unique<RecordingPresenter>());
    window.resize(1400, 900);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.openProject(fixture.projectPath()));
    REQUIRE(window.showDocument(u"Alice"_s));

    QElapsedTimer timer;
    timer.start();
    REQUIRE(window.showDocument(u"Long"_s));
    const qint64 shown = timer.elapsed();
    window.documentViewer()->textView()->viewport()->repaint();
    const qint64 painted = timer.elapsed();
    WARN("open " << shown << " ms, open + first paint " << painted << " ms, "
                 << window.documentViewer()->highlights().spans().size() << " codings");

    window.documentViewer()->selectRange(500'000, 500'040);
    timer.restart();
    REQUIRE(window.codingController()->applyCode(
            window.session()->project()->codes().resolve("Code 7")->id));
    window.documentViewer()->textView()->viewport()->repaint();
    WARN("apply one code, with every view updated and repainted: " << timer.elapsed() << " ms");

    timer.restart();
    for (int i = 0; i < 20; ++i) {
        window.documentViewer()->textView()->verticalScrollBar()->setValue(i * 4000);
        window.documentViewer()->textView()->viewport()->repaint();
    }
    WARN("scroll + repaint: " << timer.elapsed() / 20.0 << " ms per step");
}
