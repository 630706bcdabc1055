// SPDX-License-Identifier: GPL-3.0-or-later
#include "storagetestsupport.h"

using namespace weft;
using namespace weft::core;
using namespace weft::test;

namespace {

struct Study {
    TempDir dir;
    std::unique_ptr<storage::Project> p = newProject(dir);
    Document doc = addText(*p, "P01", "We trusted the peer educators more than the clinic staff.");
    Code trust = must(p->codes().add({std::nullopt, "Trust", std::nullopt, std::nullopt}));
    Code peers = must(p->codes().add({std::nullopt, "Peers", std::nullopt, std::nullopt}));
    Theme theme = must(p->themes().add({std::nullopt, "Belonging", "", ThemeStatus::Candidate}));

    Coding code(const Code &c, std::int64_t start, std::int64_t end)
    {
        return must(p->codings().add({doc.id, c.id, start, end, std::nullopt})).coding;
    }
};

} // namespace

TEST_CASE("exemplar marks keep their order, insert at a place and unmark closes the gap")
{
    Study s;
    const Coding a = s.code(s.trust, 0, 10);
    const Coding b = s.code(s.trust, 11, 20);
    const Coding c = s.code(s.peers, 21, 30);
    REQUIRE(must(s.p->exemplars().mark(s.theme.uuid, a.uuid)).mark.position == 0);
    REQUIRE(must(s.p->exemplars().mark(s.theme.uuid, b.uuid)).mark.position == 1);
    REQUIRE(must(s.p->exemplars().mark(s.theme.uuid, c.uuid, 0)).mark.position == 0);
    REQUIRE(must(s.p->exemplars().codingsOf(s.theme.id)) == std::vector<Id>{c.id, a.id, b.id});
    // Marking again changes nothing.
    const auto again = must(s.p->exemplars().mark(s.theme.uuid, a.uuid));
    REQUIRE(again.mark.position == 1);
    REQUIRE_FALSE(again.created);
    REQUIRE(lastAudit(*s.p).action == "theme.exemplar.mark");

    const auto removed = must(s.p->exemplars().unmark(s.theme.uuid, a.uuid));
    REQUIRE(removed);
    REQUIRE(removed->position == 1);
    REQUIRE(lastAudit(*s.p).action == "theme.exemplar.unmark");
    REQUIRE(must(s.p->exemplars().codingsOf(s.theme.id)) == std::vector<Id>{c.id, b.id});
    REQUIRE_FALSE(must(s.p->exemplars().unmark(s.theme.uuid, a.uuid)));
    // Undo of the unmark puts it back where it was.
    must(s.p->exemplars().mark(s.theme.uuid, a.uuid, removed->position));
    REQUIRE(must(s.p->exemplars().codingsOf(s.theme.id)) == std::vector<Id>{c.id, a.id, b.id});

    auto missing = s.p->exemplars().mark(s.theme.uuid, "0190e2a0-0000-7000-8000-000000000000");
    REQUIRE_FALSE(missing.ok());
    REQUIRE(missing.error().code == ErrorCode::NotFound);
}

TEST_CASE("exemplar marks come back when a deleted coding, code or theme is restored")
{
    Study s;
    const Coding a = s.code(s.trust, 0, 10);
    const Coding b = s.code(s.peers, 11, 20);
    must(s.p->exemplars().mark(s.theme.uuid, a.uuid));
    must(s.p->exemplars().mark(s.theme.uuid, b.uuid));
    const auto all = must(s.p->exemplars().all());
    REQUIRE(all.size() == 2);

    const auto codingGone = must(s.p->codings().remove(b.uuid));
    REQUIRE(must(s.p->exemplars().all()).size() == 1);
    must(s.p->codings().restore(codingGone));
    REQUIRE(must(s.p->exemplars().all()) == all);

    const auto codeGone = must(s.p->codes().remove(s.trust.uuid));
    REQUIRE(must(s.p->exemplars().codingsOf(s.theme.id)) == std::vector<Id>{b.id});
    must(s.p->codes().restore(codeGone));
    REQUIRE(must(s.p->exemplars().all()) == all);

    const auto themeGone = must(s.p->themes().remove(s.theme.uuid));
    REQUIRE(must(s.p->exemplars().all()).empty());
    must(s.p->themes().restore(themeGone));
    REQUIRE(must(s.p->exemplars().all()) == all);
}

TEST_CASE("merging codes hands a collapsed duplicate's exemplar mark to its survivor")
{
    Study s;
    const Coding kept = s.code(s.trust, 0, 10);
    const Coding dup = s.code(s.peers, 0, 10);
    must(s.p->exemplars().mark(s.theme.uuid, dup.uuid));
    const auto merge = must(s.p->codes().merge(s.peers.uuid, s.trust.uuid));
    REQUIRE(merge.collapsedCodings.size() == 1);
    REQUIRE(must(s.p->exemplars().codingsOf(s.theme.id)) == std::vector<Id>{kept.id});
    must(s.p->codes().unmerge(merge));
    REQUIRE(must(s.p->exemplars().codingsOf(s.theme.id)) == std::vector<Id>{dup.id});
}

TEST_CASE("map positions are saved, replaced and cleared in one call that reports the old ones")
{
    Study s;
    using P = std::optional<storage::MapPoint>;
    auto before = must(s.p->mapLayout().place({{s.theme.uuid, P({10, 20})}, {s.trust.uuid, P({-5.5, 3})}}));
    REQUIRE(before.size() == 2);
    REQUIRE_FALSE(before[0].second);
    auto layout = must(s.p->mapLayout().all());
    REQUIRE(layout.size() == 2);
    REQUIRE(layout[s.trust.uuid] == storage::MapPoint{-5.5, 3});

    before = must(s.p->mapLayout().place({{s.theme.uuid, P({1, 2})}, {s.trust.uuid, std::nullopt}}));
    REQUIRE(before[0].second == P({10, 20}));
    REQUIRE(before[1].second == P({-5.5, 3}));
    layout = must(s.p->mapLayout().all());
    REQUIRE(layout.size() == 1);
    REQUIRE(layout[s.theme.uuid] == storage::MapPoint{1, 2});

    auto bad = s.p->mapLayout().place({{s.theme.uuid, P({std::nan(""), 0})}});
    REQUIRE_FALSE(bad.ok());
    REQUIRE(must(s.p->mapLayout().all())[s.theme.uuid] == storage::MapPoint{1, 2});
}
