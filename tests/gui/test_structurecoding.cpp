// SPDX-License-Identifier: GPL-3.0-or-later
// Structure coding from the GUI: every answer, turn or entry of a kind as one undoable action.
#include "guitestsupport.h"

#include "app/gui/session/projectsession.h"
#include "app/gui/structure/structurecodingdialog.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace weft::guitest;
using weft::app::StructureCodingDialog;
using Target = StructureCodingDialog::Target;

namespace {

weft::core::Segment segment(weft::core::SegmentKind kind, std::int64_t start, std::int64_t end,
        const std::string &label, const std::string &date = {})
{
    weft::core::Segment s;
    s.kind = kind;
    s.start = start;
    s.end = end;
    s.label = label;
    s.date = date;
    return s;
}

weft::storage::NewDocument document(const std::string &name, weft::core::DocumentKind kind,
        std::vector<weft::core::Segment> segments)
{
    weft::storage::NewDocument d;
    d.name = name;
    d.kind = kind;
    d.text = std::string(100, 'x');
    d.segments = std::move(segments);
    return d;
}

/// Two group interviews (Sam speaks three times in all), a feedback form answered twice and a
/// journal with entries in January, February and March.
struct StructureFixture {
    StructureFixture()
    {
        using K = weft::core::SegmentKind;
        using D = weft::core::DocumentKind;
        auto p = openDirect(fixture.projectPath());
        const auto group1 = p->documents().add(document("Group 1", D::Interview,
                {segment(K::Turn, 0, 10, "Interviewer"), segment(K::Turn, 10, 30, "Sam"),
                        segment(K::Turn, 30, 40, "Interviewer"), segment(K::Turn, 40, 60, "Sam")}));
        REQUIRE(group1.ok());
        REQUIRE(p->documents()
                        .add(document("Group 2", D::Interview,
                                {segment(K::Turn, 0, 20, "sam"), segment(K::Turn, 20, 50, "Kim")}))
                        .ok());
        REQUIRE(p->documents()
                        .add(document("Form", D::Feedback,
                                {segment(K::Answer, 0, 10, "What helped?"),
                                        segment(K::Answer, 10, 20, "What did not?"),
                                        segment(K::Answer, 20, 30, "What helped?")}))
                        .ok());
        REQUIRE(p->documents()
                        .add(document("Log", D::Journal,
                                {segment(K::Entry, 0, 10, "", "2019-01-01"),
                                        segment(K::Entry, 10, 20, "", "2019-02-01"),
                                        segment(K::Entry, 20, 30, "", "2019-03-01")}))
                        .ok());
        REQUIRE(p->close().ok());
    }

    SampleFixture fixture;
};

std::int64_t codingCount(weft::app::ProjectSession &session)
{
    return *session.project()->codings().count();
}

void tick(QListWidget *list, const QString &name, bool on)
{
    const auto items = list->findItems(name, Qt::MatchExactly);
    REQUIRE(items.size() == 1);
    items.front()->setCheckState(on ? Qt::Checked : Qt::Unchecked);
}

} // namespace

TEST_CASE("gui: structure coding codes every turn of a speaker as one undo step", "[gui]")
{
    StructureFixture structure;
    weft::app::ProjectSession session;
    REQUIRE(session.open(structure.fixture.projectPath()));
    const auto trust = session.project()->codes().resolve("Trust");
    // Sam's first turn is coded Trust already, by the same coder.
    const auto group1 = session.project()->documents().resolve("Group 1");
    REQUIRE(session.project()->codings().add({group1->id, trust->id, 10, 30, std::nullopt}).ok());
    const std::int64_t before = codingCount(session);
    const auto trustCodings = [&] { return session.project()->codings().forCodes({trust->id})->size(); };
    const std::size_t trustBefore = trustCodings();

    StructureCodingDialog dialog(&session, trust->id);
    CHECK(dialog.codePath() == u"Trust"_s);
    dialog.setTarget(Target::Turns);
    // Speakers of the ticked documents, as they are written; matching ignores case.
    CHECK(dialog.labelChoice()->findText(u"Sam"_s) >= 0);
    CHECK(dialog.labelChoice()->findText(u"Kim"_s) >= 0);
    dialog.labelChoice()->setCurrentText(u"Sam"_s);
    CHECK(dialog.ranges().size() == 3);
    // One of them carries the code already (same coder, same range): applying leaves it be.
    CHECK(dialog.previewLabel()->text()
            == u"3 passages in 2 documents will be coded with “Trust”; 1 of them already is."_s);

    // Only Group 1: two passages, one of which already has the code.
    tick(dialog.documentList(), u"Group 2"_s, false);
    CHECK(dialog.ranges().size() == 2);
    tick(dialog.documentList(), u"Group 2"_s, true);
    REQUIRE(dialog.ranges().size() == 3);

    const int steps = session.undoStack()->count();
    REQUIRE(dialog.apply());
    CHECK(session.undoStack()->count() == steps + 1);
    CHECK(codingCount(session) == before + 2); // Sam's first turn was coded already
    CHECK(trustCodings() == trustBefore + 2);

    // Undo takes exactly the two new codings; the one made before stays.
    session.undoStack()->undo();
    CHECK(codingCount(session) == before);
    CHECK(trustCodings() == trustBefore);
    session.undoStack()->redo();
    CHECK(codingCount(session) == before + 2);
    session.undoStack()->undo();
    CHECK(codingCount(session) == before);
}

TEST_CASE("gui: structure coding with a new code path creates it, undo removes code and codings",
        "[gui]")
{
    StructureFixture structure;
    weft::app::ProjectSession session;
    REQUIRE(session.open(structure.fixture.projectPath()));
    const std::int64_t before = codingCount(session);

    StructureCodingDialog dialog(&session, std::nullopt);
    dialog.setTarget(Target::Sections);
    dialog.setCodePath(u"Form/Helped"_s);
    dialog.labelChoice()->setCurrentText(u"What helped?"_s);
    CHECK(dialog.ranges().size() == 2);
    CHECK(dialog.previewLabel()->text().contains(u"(a new code)"_s));
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    CHECK(ok->isEnabled());
    CHECK(ok->text() == u"Code 2 Passages"_s);
    ok->click();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(codingCount(session) == before + 2);
    const auto created = session.project()->codes().resolve("Form/Helped");
    REQUIRE(created.ok());

    session.undoStack()->undo();
    CHECK(codingCount(session) == before);
    CHECK_FALSE(session.project()->codes().resolve("Form").ok());
    session.undoStack()->redo();
    CHECK(codingCount(session) == before + 2);
    const auto again = session.project()->codes().resolve("Form/Helped");
    REQUIRE(again.ok());
    CHECK(again->uuid == created->uuid);
}

TEST_CASE("gui: structure coding of journal entries in a date range, filtered by kind", "[gui]")
{
    StructureFixture structure;
    weft::app::ProjectSession session;
    REQUIRE(session.open(structure.fixture.projectPath()));
    const std::int64_t before = codingCount(session);

    StructureCodingDialog dialog(&session, std::nullopt);
    dialog.setCodePath(u"Early"_s);
    dialog.setTarget(Target::Entries);
    // The range starts as the whole span of the entries (the fixture's diary has one too).
    CHECK(dialog.fromDate()->date() == QDate(2019, 1, 1));
    CHECK(dialog.toDate()->date() == QDate(2019, 3, 1));
    dialog.fromDate()->setDate(QDate(2019, 1, 15));
    // February and March in the log, and the fixture diary's 2019-02-19.
    CHECK(dialog.ranges().size() == 3);
    CHECK(dialog.previewLabel()->text()
            == u"3 passages in 2 documents will be coded with “Early” (a new code)."_s);

    // Journals only: the interviews are hidden and take no part.
    const int journals = dialog.kindFilter()->findText(u"Journals only"_s);
    REQUIRE(journals >= 0);
    dialog.kindFilter()->setCurrentIndex(journals);
    int shown = 0;
    for (int row = 0; row < dialog.documentList()->count(); ++row)
        shown += dialog.documentList()->item(row)->isHidden() ? 0 : 1;
    CHECK(shown == 2); // Log and the fixture's Diary

    // Nothing ticked: nothing to preview, nothing to apply.
    dialog.checkAll(false);
    CHECK(dialog.ranges().empty());
    CHECK(dialog.previewLabel()->text() == u"Tick at least one document."_s);
    CHECK_FALSE(dialog.apply());
    dialog.checkAll(true);
    const std::size_t expected = dialog.ranges().size();
    REQUIRE(expected == 3);

    // A range that picks nothing says so and keeps Apply off.
    dialog.fromDate()->setDate(QDate(2030, 1, 1));
    dialog.toDate()->setDate(QDate(2030, 2, 1));
    CHECK(dialog.ranges().empty());
    CHECK(dialog.previewLabel()->text().contains(u"no journal entry in that date range"_s));
    dialog.fromDate()->setDate(QDate(2019, 1, 15));
    dialog.toDate()->setDate(QDate(2019, 3, 1));
    REQUIRE(dialog.ranges().size() == expected);

    REQUIRE(dialog.apply());
    CHECK(codingCount(session) == before + static_cast<std::int64_t>(expected));
    session.undoStack()->undo();
    CHECK(codingCount(session) == before);
}
