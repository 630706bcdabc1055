// SPDX-License-Identifier: GPL-3.0-or-later
// Participants, attributes, memos and themes: each operation, its inverse, its audit row.
#include "storagetestsupport.h"

using namespace weft;
using namespace weft::core;
using namespace weft::test;

TEST_CASE("participants: add, update, remove and restore with their links")
{
    TempDir dir;
    auto p = newProject(dir);
    const Participant p01 = must(p->participants().add("P01", "Amara"));
    REQUIRE(lastAudit(*p).action == "participant.add");
    REQUIRE_FALSE(p->participants().add("P01").ok());
    REQUIRE(must(p->participants().ensure("P01")).id == p01.id);
    Document doc = addText(*p, "P01", "text");
    must(p->documents().setParticipant(doc.uuid, p01.id));
    must(p->attributes().define(AttributeScope::Participant, "site", AttributeType::Text));
    must(p->attributes().setValue(AttributeScope::Participant, p01.id, "site", "Northside"));

    const Participant before = must(p->participants().update(p01.uuid, "P01a", "Amara B."));
    REQUIRE(must(p->participants().resolve("P01a")).name == "Amara B.");
    must(p->participants().update(p01.uuid, before.label, before.name));

    const auto removal = must(p->participants().remove(p01.uuid));
    REQUIRE(lastAudit(*p).action == "participant.remove");
    REQUIRE_FALSE(must(p->documents().resolve("P01")).participantId.has_value());
    must(p->participants().restore(removal));
    REQUIRE(must(p->documents().resolve("P01")).participantId == p01.id);
    const auto values = must(p->attributes().values(AttributeScope::Participant, p01.id));
    REQUIRE(values.size() == 1);
    REQUIRE(values[0].value == "Northside");
}

TEST_CASE("typed attributes validate values and return the previous value for undo")
{
    TempDir dir;
    auto p = newProject(dir);
    const Participant part = must(p->participants().add("P02"));
    must(p->attributes().define(AttributeScope::Participant, "age", AttributeType::Number));
    must(p->attributes().define(AttributeScope::Participant, "completed", AttributeType::Boolean));
    must(p->attributes().define(AttributeScope::Participant, "joined", AttributeType::Date));
    REQUIRE_FALSE(p->attributes().setValue(AttributeScope::Participant, part.id, "age", "old").ok());
    REQUIRE_FALSE(
        p->attributes().setValue(AttributeScope::Participant, part.id, "joined", "14/03/2019").ok());
    REQUIRE_FALSE(p->attributes().setValue(AttributeScope::Participant, part.id, "nope", "1").ok());
    REQUIRE_FALSE(must(p->attributes().setValue(AttributeScope::Participant, part.id, "age", "21"))
                      .has_value());
    REQUIRE(must(p->attributes().setValue(AttributeScope::Participant, part.id, "age", "22")) ==
            std::optional<std::string>("21"));
    must(p->attributes().setValue(AttributeScope::Participant, part.id, "completed", "Yes"));
    must(p->attributes().setValue(AttributeScope::Participant, part.id, "joined", "2019-03-14"));
    auto values = must(p->attributes().values(AttributeScope::Participant, part.id));
    REQUIRE(values.size() == 3);
    REQUIRE(values[1].value == "true");
    REQUIRE(values[1].type == AttributeType::Boolean);
    REQUIRE(lastAudit(*p).action == "attribute.set");
    REQUIRE(must(p->attributes().clearValue(AttributeScope::Participant, part.id, "age")) ==
            std::optional<std::string>("22"));
    REQUIRE(must(p->attributes().values(AttributeScope::Participant, part.id)).size() == 2);
    // Defining again keeps the original type.
    REQUIRE(must(p->attributes().define(AttributeScope::Participant, "age", AttributeType::Text))
                .type == AttributeType::Number);
}

TEST_CASE("memos: add, update with undo data, remove and restore")
{
    TempDir dir;
    auto p = newProject(dir);
    const Memo m = must(p->memos().add(MemoTarget::Project, "", "Reflexive", "First thoughts"));
    REQUIRE(lastAudit(*p).action == "memo.add");
    const Memo before = must(p->memos().update(m.uuid, "Reflexive", "Second thoughts"));
    REQUIRE(before.body == "First thoughts");
    REQUIRE(must(p->memos().all()).front().body == "Second thoughts");
    REQUIRE(lastAudit(*p).action == "memo.update");
    must(p->memos().update(m.uuid, before.title, before.body));
    const Memo removed = must(p->memos().remove(m.uuid));
    REQUIRE(must(p->memos().count()) == 0);
    must(p->memos().restore(removed));
    REQUIRE(must(p->memos().all()).front().body == "First thoughts");
}

TEST_CASE("themes: add, rename, define, status, link codes, remove and restore")
{
    TempDir dir;
    auto p = newProject(dir);
    const Theme t = must(p->themes().add({std::nullopt, "Trust", "", ThemeStatus::Candidate}));
    const Theme sub = must(p->themes().add({t.id, "Peers", "", ThemeStatus::Candidate}));
    const Code code = must(p->codes().add({std::nullopt, "Peer trust", std::nullopt, std::nullopt}));
    REQUIRE(must(p->themes().link(t.uuid, code.id)));
    REQUIRE_FALSE(must(p->themes().link(t.uuid, code.id)));
    REQUIRE(lastAudit(*p).action == "theme.link");
    must(p->themes().rename(t.uuid, "Trust and safety"));
    must(p->themes().setDefinition(t.uuid, "How participants came to trust"));
    const Theme before = must(p->themes().setStatus(t.uuid, ThemeStatus::Reviewed));
    REQUIRE(before.status == ThemeStatus::Candidate);
    REQUIRE(must(p->themes().byUuid(t.uuid)).status == ThemeStatus::Reviewed);
    must(p->memos().add(MemoTarget::Theme, sub.uuid, "", "note"));

    const auto removal = must(p->themes().remove(t.uuid));
    REQUIRE(removal.themes.size() == 2);
    REQUIRE(must(p->themes().count()) == 0);
    REQUIRE(must(p->memos().count()) == 0);
    must(p->themes().restore(removal));
    REQUIRE(must(p->themes().count()) == 2);
    REQUIRE(must(p->themes().linkedCodes(t.id)) == std::vector<Id>{code.id});
    REQUIRE(must(p->memos().count()) == 1);
    REQUIRE(must(p->themes().unlink(t.uuid, code.id)));
    REQUIRE(lastAudit(*p).action == "theme.unlink");
}

TEST_CASE("themes: move under another theme, resolve by path, review and undo the review")
{
    TempDir dir;
    auto p = newProject(dir);
    const Theme a = must(p->themes().add({std::nullopt, "Access", "", ThemeStatus::Candidate}));
    const Theme b = must(p->themes().add({std::nullopt, "Barriers", "", ThemeStatus::Candidate}));
    const Theme before = must(p->themes().move(b.uuid, a.id, 0));
    REQUIRE(lastAudit(*p).action == "theme.move");
    REQUIRE(must(p->themes().resolve("Access/Barriers")).uuid == b.uuid);
    REQUIRE_FALSE(p->themes().move(a.uuid, b.id, 0).ok()); // no cycles
    must(p->themes().move(b.uuid, before.parentId, before.position));
    REQUIRE(must(p->themes().resolve("Barriers")).uuid == b.uuid);
    REQUIRE(must(p->themes().ensurePath({"Access", "Transport"})).name == "Transport");

    REQUIRE_FALSE(p->themes().review(a.uuid, ReviewDecision::SendBack, "", "lead").ok());
    const auto outcome = must(p->themes().review(a.uuid, ReviewDecision::Approve, "", "lead"));
    REQUIRE(lastAudit(*p).action == "theme.review.approve");
    Theme reviewed = must(p->themes().byUuid(a.uuid));
    REQUIRE(reviewed.reviewState == ReviewState::Approved);
    REQUIRE(reviewed.status == ThemeStatus::Reviewed);
    REQUIRE(must(p->themes().reviews(a.id)).size() == 1);
    REQUIRE(must(p->themes().reviews(a.id))[0].reviewer == "lead");
    must(p->themes().undoReview(outcome));
    reviewed = must(p->themes().byUuid(a.uuid));
    REQUIRE(reviewed.reviewState == ReviewState::None);
    REQUIRE(reviewed.status == ThemeStatus::Candidate);
    REQUIRE(must(p->themes().reviews(a.id)).empty());
}

TEST_CASE("speaker mapping: a turn's participant is changed, audited and changed back")
{
    TempDir dir;
    auto p = newProject(dir);
    const Participant p01 = must(p->participants().add("P01"));
    storage::NewDocument doc;
    doc.name = "fg";
    doc.text = "Sam: hello there";
    doc.segments = {Segment{0, "", 0, SegmentKind::Turn, 5, 16, "Sam", "", "", std::nullopt}};
    const Document d = must(p->documents().add(doc));
    const Segment turn = must(p->documents().segments(d.id)).front();
    REQUIRE_FALSE(must(p->documents().setSegmentParticipant(turn.uuid, p01.id)).has_value());
    REQUIRE(lastAudit(*p).action == "segment.participant");
    REQUIRE(must(p->documents().segments(d.id)).front().participantId == p01.id);
    REQUIRE(must(p->documents().documentsOfParticipant(p01.id)) == std::vector<Id>{d.id});
    REQUIRE(must(p->documents().setSegmentParticipant(turn.uuid, std::nullopt)) == p01.id);
    REQUIRE_FALSE(must(p->documents().segments(d.id)).front().participantId.has_value());
    REQUIRE(must(p->documents().structureCounts())[d.id].turns == 1);
}

TEST_CASE("document counts per participant count linked documents and documents they speak in once")
{
    TempDir dir;
    auto p = newProject(dir);
    const Participant p01 = must(p->participants().add("P01"));
    const Participant p02 = must(p->participants().add("P02"));
    const Participant p03 = must(p->participants().add("P03"));
    // P01's own interview, where P02 also speaks twice; a focus group where P01 speaks.
    storage::NewDocument interview;
    interview.name = "P01";
    interview.participantId = p01.id;
    interview.text = "P01: hi\nP02: yes\nP02: again";
    interview.segments = {Segment{0, "", 0, SegmentKind::Turn, 5, 7, "P01", "", "", p01.id},
                          Segment{0, "", 0, SegmentKind::Turn, 13, 16, "P02", "", "", p02.id},
                          Segment{0, "", 0, SegmentKind::Turn, 22, 27, "P02", "", "", p02.id}};
    must(p->documents().add(interview));
    storage::NewDocument group;
    group.name = "fg";
    group.text = "P01: hello";
    group.segments = {Segment{0, "", 0, SegmentKind::Turn, 5, 10, "P01", "", "", p01.id}};
    must(p->documents().add(group));

    const auto counts = must(p->documents().documentCountsByParticipant());
    REQUIRE(counts.size() == 2);
    REQUIRE(counts.at(p01.id) == 2);
    REQUIRE(counts.at(p02.id) == 1);
    REQUIRE_FALSE(counts.contains(p03.id));
    for (Id id : {p01.id, p02.id})
        REQUIRE(counts.at(id) == static_cast<std::int64_t>(must(p->documents().documentsOfParticipant(id)).size()));
}
