// SPDX-License-Identifier: GPL-3.0-or-later
#include "storagetestsupport.h"

using namespace weft;
using namespace weft::core;
using namespace weft::test;

TEST_CASE("documents get unique names, code point lengths and an audit row")
{
    TempDir dir;
    auto p = newProject(dir);
    const Document a = addText(*p, "P03", "Ça va 🙂 — 日本語");
    REQUIRE(a.characters == 13);
    REQUIRE(lastAudit(*p).action == "document.add");
    const Document b = addText(*p, "P03", "another text");
    REQUIRE(b.name == "P03-2");
    const Document c = addText(*p, "P03", "a third text");
    REQUIRE(c.name == "P03-3");
    REQUIRE(must(p->documents().resolve("P03")).uuid == a.uuid);
    REQUIRE(must(p->documents().resolve("P03.txt")).uuid == a.uuid);
    REQUIRE(must(p->documents().resolve(b.uuid)).name == "P03-2");
    REQUIRE(must(p->documents().text(a.id)) == "Ça va 🙂 — 日本語");
    REQUIRE(must(p->documents().findByText("another text"))->uuid == b.uuid);
    REQUIRE_FALSE(must(p->documents().findByText("not there")).has_value());
    REQUIRE_FALSE(p->documents().resolve("P99").ok());
}

TEST_CASE("document structure is stored as ranges and validated against the text")
{
    TempDir dir;
    auto p = newProject(dir);
    const Participant p03 = must(p->participants().add("P03"));
    storage::NewDocument doc;
    doc.name = "P03";
    doc.kind = DocumentKind::Interview;
    doc.text = "Interviewer: How was it?\nP03: Good.";
    Segment q{0, "", 0, SegmentKind::Turn, 13, 24, "Interviewer", "00:00:05", "", std::nullopt};
    Segment a{0, "", 0, SegmentKind::Turn, 30, 35, "P03", "00:00:09", "", p03.id};
    doc.segments = {q, a};
    const Document d = must(p->documents().add(doc));
    const auto segments = must(p->documents().segments(d.id));
    REQUIRE(segments.size() == 2);
    REQUIRE(segments[1].participantId == p03.id);
    REQUIRE(segments[1].timestamp == "00:00:09");

    doc.segments = {Segment{0, "", 0, SegmentKind::Turn, 30, 99, "P03", "", "", std::nullopt}};
    doc.text += " extra";
    REQUIRE_FALSE(p->documents().add(doc).ok());
}

TEST_CASE("removing a document takes codings, memos and search entries, restore is exact")
{
    TempDir dir;
    auto p = newProject(dir);
    const Participant part = must(p->participants().add("P01"));
    Document doc = addText(*p, "P01", "Peer educators understood transport problems.");
    must(p->documents().setParticipant(doc.uuid, part.id));
    const Code code = must(p->codes().add({std::nullopt, "Transport", std::nullopt, std::nullopt}));
    const Coding c = must(p->codings().add({doc.id, code.id, 26, 35, std::nullopt})).coding;
    must(p->memos().add(MemoTarget::Document, doc.uuid, "", "Long interview"));
    must(p->memos().add(MemoTarget::Coding, c.uuid, "", "Good quote"));
    REQUIRE(must(p->documents().search("transport")).size() == 1);

    const auto removal = must(p->documents().remove(doc.uuid));
    REQUIRE(lastAudit(*p).action == "document.remove");
    REQUIRE(must(p->documents().count()) == 0);
    REQUIRE(must(p->codings().count()) == 0);
    REQUIRE(must(p->memos().count()) == 0);
    REQUIRE(must(p->documents().search("transport")).empty());

    must(p->documents().restore(removal));
    REQUIRE(lastAudit(*p).action == "document.restore");
    const Document back = must(p->documents().resolve(doc.uuid));
    REQUIRE(back.name == "P01");
    REQUIRE(back.participantId == part.id);
    REQUIRE(must(p->codings().get(c.uuid)).start == 26);
    REQUIRE(must(p->memos().count()) == 2);
    REQUIRE(must(p->documents().search("transport")).size() == 1);
}

TEST_CASE("rename and participant link of a document are audited and reversible")
{
    TempDir dir;
    auto p = newProject(dir);
    const Document a = addText(*p, "A", "one");
    addText(*p, "B", "two");
    REQUIRE_FALSE(p->documents().rename(a.uuid, "B").ok());
    const Document renamed = must(p->documents().rename(a.uuid, "Interview 1"));
    REQUIRE(renamed.name == "Interview 1");
    REQUIRE(lastAudit(*p).action == "document.rename");
    must(p->documents().rename(a.uuid, "A"));
    const Participant part = must(p->participants().add("P07"));
    must(p->documents().setParticipant(a.uuid, part.id));
    REQUIRE(must(p->documents().resolve("A")).participantId == part.id);
    must(p->documents().setParticipant(a.uuid, std::nullopt));
    REQUIRE_FALSE(must(p->documents().resolve("A")).participantId.has_value());
}

TEST_CASE("full-text search segments Chinese and Thai words and folds case")
{
    TempDir dir;
    auto p = newProject(dir);
    addText(*p, "zh", "我们在北京见面");
    addText(*p, "th", "ฉันชอบเรียนภาษาไทย");
    addText(*p, "en", "TRUST matters");
    REQUIRE(must(p->documents().search("北京")).size() == 1);
    REQUIRE(must(p->documents().search("ภาษา")).size() == 1);
    REQUIRE(must(p->documents().search("trust")).size() == 1);
    addText(*p, "fr", "Aujourd’hui j'ai ÉCOUTÉ les pairs, 2019.");
    REQUIRE(must(p->documents().search("écouté")).size() == 1);
    REQUIRE(must(p->documents().search("\"aujourd'hui\"")).size() == 1);
    REQUIRE(must(p->documents().search("2019")).size() == 1);
    REQUIRE(must(p->documents().search("pairs")).size() == 1);
    REQUIRE(must(p->documents().search("\"我们在\"")).size() == 1); // phrase of dictionary words
}
