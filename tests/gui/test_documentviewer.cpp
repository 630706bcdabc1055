// SPDX-License-Identifier: GPL-3.0-or-later
#include "guitestsupport.h"

#include "app/gui/documents/documentviewer.h"
#include "app/gui/documents/segmentformatter.h"
#include "app/gui/session/projectsession.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextEdit>

using namespace Qt::StringLiterals;
using weft::app::SegmentFormatter;

namespace {

// The structure marker at UTF-16 position `at`, 0 when the text there is plain.
int structureAt(QTextDocument *document, int at)
{
    const QTextBlock block = document->findBlock(at);
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        if (fragment.position() <= at && at < fragment.position() + fragment.length())
            return fragment.charFormat().intProperty(SegmentFormatter::StructureProperty);
    }
    return 0;
}

} // namespace

TEST_CASE("gui: the viewer sets off speaker labels without moving any text", "[gui]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"turns.weft"_s);
    // Code points: "[00:00:04] " 11, "Interviewer: " 13 -> turn 1 starts at 24.
    const std::string text = "[00:00:04] Interviewer: How was it?\n\n"
                             "[00:00:09] P01: \xF0\x9F\x99\x82 Good, thanks.\n";
    {
        auto created = weft::storage::Project::create(path.toStdString(), "Turns", "Tester");
        REQUIRE(created.ok());
        auto participant = (*created)->participants().add("P01");
        REQUIRE(participant.ok());
        weft::storage::NewDocument document;
        document.name = "Turns";
        document.kind = weft::core::DocumentKind::Interview;
        document.text = text;
        weft::core::Segment interviewer;
        interviewer.kind = weft::core::SegmentKind::Turn;
        interviewer.start = 24;
        interviewer.end = 35;
        interviewer.label = "Interviewer";
        interviewer.timestamp = "00:00:04";
        weft::core::Segment answer;
        answer.kind = weft::core::SegmentKind::Turn;
        answer.start = 53;
        answer.end = 68;
        answer.label = "P01";
        answer.timestamp = "00:00:09";
        answer.participantId = participant->id;
        document.segments = {interviewer, answer};
        REQUIRE((*created)->documents().add(document).ok());
        REQUIRE((*created)->close().ok());
    }

    weft::app::ProjectSession session;
    REQUIRE(session.open(path));
    weft::app::DocumentViewer viewer(&session);
    const auto documents = session.project()->documents().all();
    REQUIRE(documents.ok());
    viewer.showDocument(documents->front().id);

    QTextDocument *document = viewer.textView()->document();
    CHECK(viewer.textView()->toPlainText() == QString::fromStdString(text));
    CHECK(structureAt(document, 0) == SegmentFormatter::Timestamp);
    CHECK(structureAt(document, 11) == SegmentFormatter::SpeakerLabel);
    CHECK(structureAt(document, 24) == 0);
    const int secondLine = int(QString::fromStdString(text).indexOf(u"[00:00:09]"_s));
    CHECK(structureAt(document, secondLine) == SegmentFormatter::Timestamp);
    CHECK(structureAt(document, secondLine + 11) == SegmentFormatter::ParticipantSpeakerLabel);
    CHECK(structureAt(document, secondLine + 16) == 0); // the emoji after "P01: "
}

TEST_CASE("gui: the viewer heading names the document, kind, participant and length", "[gui]")
{
    weft::guitest::SampleFixture fixture;
    weft::app::ProjectSession session;
    REQUIRE(session.open(fixture.projectPath()));
    weft::app::DocumentViewer viewer(&session);
    const auto alice = session.project()->documents().resolve("Alice");
    REQUIRE(alice.ok());
    viewer.showDocument(alice->id);
    CHECK(viewer.heading() == u"Alice"_s);
    CHECK(viewer.details() == u"Interview  ·  P01  ·  %1 characters"_s.arg(alice->characters));
    CHECK(viewer.highlights().spans().size() == 2);

    session.close();
    CHECK_FALSE(viewer.documentId().has_value());
}
