// SPDX-License-Identifier: GPL-3.0-or-later
// Per-code usage (codings, documents, participants) and removing many codings at once.
#include "storagetestsupport.h"

using namespace weft;
using namespace weft::core;
using namespace weft::test;
using storage::CodeUsage;

namespace {

Code addCode(storage::Project &p, const std::string &name, std::optional<Id> parent = {})
{
    return must(p.codes().add({parent, name, std::nullopt, std::nullopt}));
}

Segment turn(std::int64_t start, std::int64_t end, std::optional<Id> participant)
{
    Segment s;
    s.kind = SegmentKind::Turn;
    s.start = start;
    s.end = end;
    s.label = participant ? "Speaker" : "Interviewer";
    s.participantId = participant;
    return s;
}

} // namespace

TEST_CASE("code counts: codings, documents and participants per code, own and with sub-codes")
{
    TempDir dir;
    auto p = newProject(dir);
    const Participant a = must(p->participants().add("A"));
    const Participant b = must(p->participants().add("B"));
    const Participant c = must(p->participants().add("C"));

    // A group interview: a turn of A, a turn of B, then the interviewer (nobody).
    storage::NewDocument group;
    group.name = "Group";
    group.kind = DocumentKind::Interview;
    group.text = std::string(30, 'x');
    group.segments = {turn(0, 10, a.id), turn(10, 20, b.id), turn(20, 30, std::nullopt)};
    const Document groupDoc = must(p->documents().add(group));
    // C's diary (the document's participant) and notes that belong to nobody.
    storage::NewDocument diary;
    diary.name = "Diary";
    diary.kind = DocumentKind::Journal;
    diary.text = std::string(20, 'y');
    diary.participantId = c.id;
    const Document diaryDoc = must(p->documents().add(diary));
    const Document notes = addText(*p, "Notes", "some notes here", DocumentKind::Document);

    const Code parent = addCode(*p, "Parent");
    const Code child = addCode(*p, "Child", parent.id);
    const Code grandchild = addCode(*p, "Grandchild", child.id);
    const Code second = addCode(*p, "Second", parent.id);
    const Code unused = addCode(*p, "Unused");

    must(p->codings().addMany({
            {groupDoc.id, parent.id, 2, 5, std::nullopt},      // A
            {diaryDoc.id, parent.id, 0, 4, std::nullopt},      // C
            {groupDoc.id, child.id, 12, 15, std::nullopt},     // B
            {groupDoc.id, child.id, 22, 25, std::nullopt},     // nobody (interviewer)
            {notes.id, child.id, 0, 3, std::nullopt},          // nobody (no participant)
            {groupDoc.id, grandchild.id, 3, 8, std::nullopt},  // A
            {groupDoc.id, grandchild.id, 8, 14, std::nullopt}, // A: starts in A's turn
            {diaryDoc.id, second.id, 5, 9, std::nullopt},      // C
            {diaryDoc.id, second.id, 5, 9, std::string("bob")}, // C again, another coder
    }));

    const auto counts = must(p->codings().codeCounts());
    const auto of = [&](const Code &code) { return counts.at(code.id); };
    CHECK(of(parent).own == CodeUsage{2, 2, 2});
    CHECK(of(parent).withSubcodes == CodeUsage{9, 3, 3});
    CHECK(of(child).own == CodeUsage{3, 2, 1});
    CHECK(of(child).withSubcodes == CodeUsage{5, 2, 2});
    CHECK(of(grandchild).own == CodeUsage{2, 1, 1});
    CHECK(of(grandchild).withSubcodes == CodeUsage{2, 1, 1});
    CHECK(of(second).own == CodeUsage{2, 1, 1});
    CHECK(of(second).withSubcodes == CodeUsage{2, 1, 1});
    CHECK(counts.find(unused.id) == counts.end());

    // Asked for some codes only: the same numbers, for exactly those codes.
    const auto some = must(p->codings().codeCounts({child.id, second.id, unused.id}));
    CHECK(some.size() == 2);
    CHECK(some.at(child.id).own == CodeUsage{3, 2, 1});
    CHECK(some.at(child.id).withSubcodes == CodeUsage{5, 2, 2});
    CHECK(some.at(second.id).withSubcodes == CodeUsage{2, 1, 1});
    CHECK(must(p->codings().codeCounts({parent.id})).at(parent.id).withSubcodes
          == CodeUsage{9, 3, 3});
    CHECK(must(p->codings().codeCounts(std::vector<Id>{})).empty());

    // The participant rule is evidence()'s: every coding agrees on who it belongs to.
    for (const EvidenceCoding &e : must(p->codings().evidence())) {
        if (e.codeId == grandchild.id)
            CHECK(e.participant == std::optional<Id>(a.id));
    }

    // Mapping B's turn to A moves the child's participant over.
    const auto segments = must(p->documents().segments(groupDoc.id));
    must(p->documents().setSegmentParticipant(segments[1].uuid, a.id));
    const auto after = must(p->codings().codeCounts());
    CHECK(after.at(child.id).own == CodeUsage{3, 2, 1});
    CHECK(after.at(parent.id).withSubcodes == CodeUsage{9, 3, 2});
}

TEST_CASE("code counts: an empty project has none")
{
    TempDir dir;
    auto p = newProject(dir);
    addCode(*p, "Alone");
    CHECK(must(p->codings().codeCounts()).empty());
}

TEST_CASE("removeMany takes codings and their memos in one transaction, restoreMany puts them back")
{
    TempDir dir;
    auto p = newProject(dir);
    const Document doc = addText(*p, "P01", "One two three four five six seven.");
    const Code code = addCode(*p, "C");
    const auto batch = must(p->codings().addMany({{doc.id, code.id, 0, 3, std::nullopt},
            {doc.id, code.id, 4, 7, std::nullopt}, {doc.id, code.id, 8, 13, std::nullopt}}));
    const std::string first = batch.outcomes[0].coding.uuid;
    const std::string second = batch.outcomes[1].coding.uuid;
    must(p->memos().add(MemoTarget::Coding, second, "", "why"));

    const auto removals = must(p->codings().removeMany({first, second}));
    REQUIRE(removals.size() == 2);
    CHECK(removals[0].coding.uuid == first);
    CHECK(removals[1].memos.size() == 1);
    CHECK(must(p->codings().count()) == 1);
    CHECK(must(p->memos().count()) == 0);

    must(p->codings().restoreMany(removals));
    CHECK(must(p->codings().count()) == 3);
    CHECK(must(p->codings().get(first)).start == 0);
    CHECK(must(p->memos().forTarget(MemoTarget::Coding, second)).size() == 1);

    // An unknown uuid fails the whole batch and leaves every coding in place.
    auto bad = p->codings().removeMany({first, "no-such-coding"});
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().code == ErrorCode::NotFound);
    CHECK(must(p->codings().count()) == 3);
}
