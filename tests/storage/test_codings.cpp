// SPDX-License-Identifier: GPL-3.0-or-later
#include "storagetestsupport.h"

using namespace weft;
using namespace weft::core;
using namespace weft::test;

TEST_CASE("applying a code records an audit row, applying it again changes nothing")
{
    TempDir dir;
    auto p = newProject(dir);
    const Document doc = addText(*p, "P01", "We met after work, which was hard.");
    const Code code = must(p->codes().add({std::nullopt, "Time", std::nullopt, std::nullopt}));
    const auto auditBefore = must(p->history().count());

    const auto first = must(p->codings().add({doc.id, code.id, 19, 33, std::nullopt}));
    REQUIRE(first.created);
    const auto entry = lastAudit(*p);
    REQUIRE(entry.action == "coding.add");
    REQUIRE(entry.entityUuid == first.coding.uuid);
    REQUIRE_THAT(entry.after, Catch::Contains("\"start\":19"));
    REQUIRE_THAT(entry.after, Catch::Contains(doc.uuid));

    const auto again = must(p->codings().add({doc.id, code.id, 19, 33, std::nullopt}));
    REQUIRE_FALSE(again.created);
    REQUIRE(again.coding.uuid == first.coding.uuid);
    REQUIRE(must(p->codings().count()) == 1);
    // One coder row plus one coding row; the repeat wrote nothing.
    REQUIRE(must(p->history().count()) == auditBefore + 1);

    // Another coder may code the same range.
    const auto bob = must(p->codings().add({doc.id, code.id, 19, 33, std::string("bob")}));
    REQUIRE(bob.created);
    REQUIRE(must(p->codings().count()) == 2);
}

TEST_CASE("a coding outside the document or empty is refused")
{
    TempDir dir;
    auto p = newProject(dir);
    const Document doc = addText(*p, "P01", "short 🙂");
    REQUIRE(doc.characters == 7);
    const Code code = must(p->codes().add({std::nullopt, "C", std::nullopt, std::nullopt}));
    for (auto [s, e] : {std::pair{0, 8}, {3, 3}, {5, 2}, {-1, 2}}) {
        auto r = p->codings().add({doc.id, code.id, s, e, std::nullopt});
        REQUIRE_FALSE(r.ok());
        REQUIRE(r.error().code == ErrorCode::InvalidArgument);
    }
    REQUIRE(must(p->codings().add({doc.id, code.id, 6, 7, std::nullopt})).created);
}

TEST_CASE("removing a coding takes its memo along and restore puts both back")
{
    TempDir dir;
    auto p = newProject(dir);
    const Document doc = addText(*p, "P01", "The group felt safe to me.");
    const Code code = must(p->codes().add({std::nullopt, "Safety", std::nullopt, std::nullopt}));
    const Coding c = must(p->codings().add({doc.id, code.id, 4, 19, std::nullopt})).coding;
    must(p->memos().add(MemoTarget::Coding, c.uuid, "", "key quote"));

    const auto removal = must(p->codings().remove(c.uuid));
    REQUIRE(lastAudit(*p).action == "coding.remove");
    REQUIRE(must(p->codings().count()) == 0);
    REQUIRE(must(p->memos().count()) == 0);

    must(p->codings().restore(removal));
    REQUIRE(lastAudit(*p).action == "coding.restore");
    const Coding back = must(p->codings().get(c.uuid));
    REQUIRE(back.start == 4);
    REQUIRE(back.end == 19);
    REQUIRE(back.createdAt == c.createdAt);
    REQUIRE(must(p->memos().forTarget(MemoTarget::Coding, c.uuid)).size() == 1);
}

TEST_CASE("resizing a coding is audited and undone by resizing back")
{
    TempDir dir;
    auto p = newProject(dir);
    const Document doc = addText(*p, "P01", "The group felt safe to me.");
    const Code code = must(p->codes().add({std::nullopt, "Safety", std::nullopt, std::nullopt}));
    const Coding c = must(p->codings().add({doc.id, code.id, 4, 9, std::nullopt})).coding;
    const Coding before = must(p->codings().resize(c.uuid, 4, 19));
    REQUIRE(before.end == 9);
    REQUIRE(must(p->codings().get(c.uuid)).end == 19);
    const auto entry = lastAudit(*p);
    REQUIRE(entry.action == "coding.resize");
    REQUIRE_THAT(entry.before, Catch::Contains("\"end\":9"));
    REQUIRE_THAT(entry.after, Catch::Contains("\"end\":19"));
    must(p->codings().resize(c.uuid, before.start, before.end));
    REQUIRE(must(p->codings().get(c.uuid)).end == 9);
    REQUIRE_FALSE(p->codings().resize(c.uuid, 4, 400).ok());
}

TEST_CASE("a batch of codings is one transaction: one bad coding applies none")
{
    TempDir dir;
    auto p = newProject(dir);
    const Document doc = addText(*p, "P01", std::string(1000, 'x'));
    const Code code = must(p->codes().add({std::nullopt, "C", std::nullopt, std::nullopt}));
    std::vector<storage::NewCoding> batch;
    for (int i = 0; i < 100; ++i)
        batch.push_back({doc.id, code.id, i, i + 5, std::nullopt});
    batch.push_back({doc.id, code.id, 990, 2000, std::nullopt});
    std::size_t failed = 0;
    const auto auditBefore = must(p->history().count());
    auto result = p->codings().addMany(batch, &failed);
    REQUIRE_FALSE(result.ok());
    REQUIRE(failed == 100);
    REQUIRE(must(p->codings().count()) == 0);
    REQUIRE(must(p->history().count()) == auditBefore);

    batch.pop_back();
    batch.push_back(batch.front()); // a duplicate inside the batch is "unchanged"
    const auto outcome = must(p->codings().addMany(batch));
    REQUIRE(outcome.applied == 100);
    REQUIRE(outcome.unchanged == 1);
}
