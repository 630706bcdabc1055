// SPDX-License-Identifier: GPL-3.0-or-later
#include "storagetestsupport.h"

using namespace weft;
using namespace weft::core;
using namespace weft::test;

namespace {

Code addCode(storage::Project &p, const std::string &name, std::optional<Id> parent = {})
{
    return must(p.codes().add({parent, name, std::nullopt, std::nullopt}));
}

} // namespace

TEST_CASE("adding a code writes an audit row and sibling names stay unique")
{
    TempDir dir;
    auto p = newProject(dir);
    const Code trust = addCode(*p, "Trust");
    auto entry = lastAudit(*p);
    REQUIRE(entry.action == "code.add");
    REQUIRE(entry.entityUuid == trust.uuid);
    REQUIRE(entry.coder == "alice");
    REQUIRE(entry.before.empty());
    REQUIRE_THAT(entry.after, Catch::Contains("\"Trust\""));

    auto dup = p->codes().add({std::nullopt, "Trust", std::nullopt, std::nullopt});
    REQUIRE_FALSE(dup.ok());
    REQUIRE(dup.error().code == ErrorCode::AlreadyExists);
    // The same name is fine under another parent.
    addCode(*p, "Trust", trust.id);
    REQUIRE(must(p->codes().count()) == 2);
}

TEST_CASE("ensurePath creates missing levels and resolve understands escaped slashes")
{
    TempDir dir;
    auto p = newProject(dir);
    auto ensured = must(p->codes().ensurePath({"Barriers", "Time/Transport"}));
    REQUIRE(ensured.created == 2);
    REQUIRE(must(p->codes().ensurePath({"Barriers", "Time/Transport"})).created == 0);
    const Code found = must(p->codes().resolve("Barriers/Time\\/Transport"));
    REQUIRE(found.uuid == ensured.code.uuid);
    REQUIRE(must(p->codes().tree()).path(found.id) == "Barriers/Time\\/Transport");
    REQUIRE(must(p->codes().resolve(found.uuid)).id == found.id);
    auto missing = p->codes().resolve("Barriers/Nope");
    REQUIRE_FALSE(missing.ok());
    REQUIRE(missing.error().code == ErrorCode::NotFound);
}

TEST_CASE("rename, recolour and describe a code, each undone by its inverse")
{
    TempDir dir;
    auto p = newProject(dir);
    const Code c = addCode(*p, "Trust");

    const Code beforeRename = must(p->codes().rename(c.uuid, "Trust in peers"));
    REQUIRE(lastAudit(*p).action == "code.rename");
    REQUIRE(must(p->codes().byUuid(c.uuid)).name == "Trust in peers");
    must(p->codes().rename(c.uuid, beforeRename.name));
    REQUIRE(must(p->codes().byUuid(c.uuid)).name == "Trust");

    auto badColor = p->codes().setColor(c.uuid, std::string("blue"));
    REQUIRE_FALSE(badColor.ok());
    const Code beforeColor = must(p->codes().setColor(c.uuid, std::string("#1F77B4")));
    REQUIRE(must(p->codes().byUuid(c.uuid)).color == std::optional<std::string>("#1f77b4"));
    REQUIRE(lastAudit(*p).action == "code.color");
    must(p->codes().setColor(c.uuid, beforeColor.color));
    REQUIRE_FALSE(must(p->codes().byUuid(c.uuid)).color.has_value());

    const Code beforeDesc = must(p->codes().setDescription(c.uuid, std::string("Include: ...")));
    REQUIRE(must(p->codes().byUuid(c.uuid)).description == std::optional<std::string>("Include: ..."));
    must(p->codes().setDescription(c.uuid, beforeDesc.description));
    REQUIRE_FALSE(must(p->codes().byUuid(c.uuid)).description.has_value());
}

TEST_CASE("moving a code reorders siblings, refuses cycles and is undone by moving back")
{
    TempDir dir;
    auto p = newProject(dir);
    const Code a = addCode(*p, "A"), b = addCode(*p, "B"), c = addCode(*p, "C");
    const Code a1 = addCode(*p, "A1", a.id);

    const Code before = must(p->codes().move(c.uuid, std::nullopt, 0));
    auto tree = must(p->codes().tree());
    REQUIRE(tree.children(0) == std::vector<Id>{c.id, a.id, b.id});
    must(p->codes().move(c.uuid, before.parentId, before.position));
    tree = must(p->codes().tree());
    REQUIRE(tree.children(0) == std::vector<Id>{a.id, b.id, c.id});

    auto cycle = p->codes().move(a.uuid, a1.id, 0);
    REQUIRE_FALSE(cycle.ok());
    must(p->codes().move(b.uuid, a.id, 0));
    tree = must(p->codes().tree());
    REQUIRE(tree.children(a.id) == std::vector<Id>{b.id, a1.id});
    REQUIRE(lastAudit(*p).action == "code.move");
}

TEST_CASE("deleting a code takes its sub-codes, codings and memos, restore brings all back")
{
    TempDir dir;
    auto p = newProject(dir);
    const Document doc = addText(*p, "P01", "I trusted the peer educators more than the nurse.");
    const Code trust = addCode(*p, "Trust");
    const Code peers = addCode(*p, "Peers", trust.id);
    const auto coding = must(p->codings().add({doc.id, peers.id, 2, 9, std::nullopt})).coding;
    must(p->codings().add({doc.id, trust.id, 0, 20, std::nullopt}));
    must(p->memos().add(MemoTarget::Code, peers.uuid, "", "Peers as bridge"));
    must(p->memos().add(MemoTarget::Coding, coding.uuid, "", "Strong quote"));
    const auto theme = must(p->themes().add({std::nullopt, "Trust", "", ThemeStatus::Candidate}));
    REQUIRE(must(p->themes().link(theme.uuid, peers.id)));

    const auto removal = must(p->codes().remove(trust.uuid));
    REQUIRE(removal.codes.size() == 2);
    REQUIRE(removal.codings.size() == 2);
    REQUIRE(removal.memos.size() == 2);
    REQUIRE(lastAudit(*p).action == "code.remove");
    REQUIRE(must(p->codes().count()) == 0);
    REQUIRE(must(p->codings().count()) == 0);
    REQUIRE(must(p->memos().count()) == 0);
    REQUIRE(must(p->themes().linkedCodes(theme.id)).empty());

    must(p->codes().restore(removal));
    REQUIRE(lastAudit(*p).action == "code.restore");
    REQUIRE(must(p->codes().count()) == 2);
    REQUIRE(must(p->codings().count()) == 2);
    REQUIRE(must(p->memos().count()) == 2);
    REQUIRE(must(p->codings().get(coding.uuid)).start == 2);
    REQUIRE(must(p->themes().linkedCodes(theme.id)) == std::vector<Id>{peers.id});
    REQUIRE(must(p->codes().resolve("Trust/Peers")).uuid == peers.uuid);
}

TEST_CASE("merging codes moves codings, collapses duplicates, and unmerge reverses it")
{
    TempDir dir;
    auto p = newProject(dir);
    const Document doc = addText(*p, "P01", "Buses run once an hour and the session ran late.");
    const Code transport = addCode(*p, "Transport");
    const Code buses = addCode(*p, "Buses");
    const Code child = addCode(*p, "Night buses", buses.id);
    must(p->codings().add({doc.id, transport.id, 0, 5, std::nullopt}));
    must(p->codings().add({doc.id, buses.id, 0, 5, std::nullopt}));   // duplicate of the above
    must(p->codings().add({doc.id, buses.id, 6, 25, std::nullopt}));  // moves
    must(p->memos().add(MemoTarget::Code, buses.uuid, "", "about buses"));

    const auto merge = must(p->codes().merge(buses.uuid, transport.uuid));
    REQUIRE(merge.movedCodings.size() == 1);
    REQUIRE(merge.collapsedCodings.size() == 1);
    REQUIRE(lastAudit(*p).action == "code.merge");
    REQUIRE(must(p->codings().forCodes({transport.id})).size() == 2);
    REQUIRE(must(p->codes().resolve("Transport/Night buses")).id == child.id);
    REQUIRE(must(p->memos().forTarget(MemoTarget::Code, transport.uuid)).size() == 1);
    REQUIRE_FALSE(p->codes().byUuid(buses.uuid).ok());

    must(p->codes().unmerge(merge));
    REQUIRE(lastAudit(*p).action == "code.unmerge");
    REQUIRE(must(p->codings().forCodes({transport.id})).size() == 1);
    REQUIRE(must(p->codings().forCodes({buses.id})).size() == 2);
    REQUIRE(must(p->codes().resolve("Buses/Night buses")).id == child.id);
    REQUIRE(must(p->memos().forTarget(MemoTarget::Code, buses.uuid)).size() == 1);

    auto self = p->codes().merge(buses.uuid, buses.uuid);
    REQUIRE_FALSE(self.ok());
    auto intoChild = p->codes().merge(buses.uuid, child.uuid);
    REQUIRE_FALSE(intoChild.ok());
}
