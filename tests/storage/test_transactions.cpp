// SPDX-License-Identifier: GPL-3.0-or-later
// Failure injection and observers: an action is all or nothing, and listeners hear only
// about committed changes.
#include "storagetestsupport.h"

using namespace weft;
using namespace weft::core;
using namespace weft::test;

namespace {

struct Recorder : storage::ProjectObserver {
    std::vector<std::vector<storage::ChangeEvent>> batches;
    void projectChanged(const std::vector<storage::ChangeEvent> &events) override
    {
        batches.push_back(events);
    }
};

std::int64_t rows(storage::Project &p, const char *table)
{
    return sqlInt(p.path(), std::string("SELECT count(*) FROM ") + table);
}

} // namespace

TEST_CASE("a write failure at any point of a code deletion rolls everything back")
{
    TempDir dir;
    auto p = newProject(dir);
    const Document doc = addText(*p, "P01", std::string(200, 'y'));
    const Code parent = must(p->codes().add({std::nullopt, "Parent", std::nullopt, std::nullopt}));
    const Code child = must(p->codes().add({parent.id, "Child", std::nullopt, std::nullopt}));
    for (int i = 0; i < 10; ++i)
        must(p->codings().add({doc.id, child.id, i, i + 10, std::nullopt}));
    const auto auditRows = must(p->history().count());

    // Fail the 1st, 2nd, ... write of the deletion until it gets through.
    int failures = 0;
    for (int n = 1; n < 100; ++n) {
        p->injectWriteFailure(n);
        auto result = p->codes().remove(parent.uuid);
        p->injectWriteFailure(0);
        if (result.ok())
            break;
        ++failures;
        REQUIRE(result.error().code == ErrorCode::Database);
        REQUIRE(must(p->codes().count()) == 2);
        REQUIRE(must(p->codings().count()) == 10);
        REQUIRE(must(p->history().count()) == auditRows);
    }
    REQUIRE(failures > 3);
    REQUIRE(must(p->codes().count()) == 0);
}

TEST_CASE("a failed import batch leaves no document, no search entry and no audit row")
{
    TempDir dir;
    auto p = newProject(dir);
    const auto auditRows = must(p->history().count());
    p->injectWriteFailure(3);
    storage::NewDocument doc;
    doc.name = "P01";
    doc.text = "Some words to index";
    REQUIRE_FALSE(p->documents().add(doc).ok());
    p->injectWriteFailure(0);
    REQUIRE(must(p->documents().count()) == 0);
    REQUIRE(must(p->documents().search("words")).empty());
    REQUIRE(must(p->history().count()) == auditRows);
    REQUIRE(must(p->documents().add(doc)).name == "P01");
}

TEST_CASE("observers hear each committed action once, and nothing of a rolled-back one")
{
    TempDir dir;
    auto p = newProject(dir);
    Recorder recorder;
    p->addObserver(&recorder);
    const Code code = must(p->codes().add({std::nullopt, "A", std::nullopt, std::nullopt}));
    REQUIRE(recorder.batches.size() == 1);
    REQUIRE(recorder.batches[0].back().type == storage::EntityType::Code);
    REQUIRE(recorder.batches[0].back().kind == storage::ChangeKind::Added);
    REQUIRE(recorder.batches[0].back().uuid == code.uuid);

    REQUIRE_FALSE(p->codes().add({std::nullopt, "A", std::nullopt, std::nullopt}).ok());
    REQUIRE(recorder.batches.size() == 1);

    // Several calls in one transaction notify once, after commit.
    must(p->transaction([&] {
        (void)p->codes().add({std::nullopt, "B", std::nullopt, std::nullopt});
        (void)p->codes().add({std::nullopt, "C", std::nullopt, std::nullopt});
    }));
    REQUIRE(recorder.batches.size() == 2);
    REQUIRE(recorder.batches[1].size() == 2);

    // A transaction whose body fails commits nothing and notifies nothing.
    auto failed = p->transaction([&] {
        (void)p->codes().add({std::nullopt, "D", std::nullopt, std::nullopt});
        storage::fail(ErrorCode::InvalidArgument, "stop");
    });
    REQUIRE_FALSE(failed.ok());
    REQUIRE(recorder.batches.size() == 2);
    REQUIRE_FALSE(p->codes().resolve("D").ok());
    p->removeObserver(&recorder);
    must(p->codes().add({std::nullopt, "E", std::nullopt, std::nullopt}));
    REQUIRE(recorder.batches.size() == 2);
    REQUIRE(rows(*p, "code") == 4);
}

TEST_CASE("every change is attributed to the current coder in the audit trail")
{
    TempDir dir;
    auto p = newProject(dir);
    p->setCoder("bob");
    must(p->codes().add({std::nullopt, "A", std::nullopt, std::nullopt}));
    REQUIRE(lastAudit(*p).coder == "bob");
    p->setCoder("carol");
    must(p->codes().add({std::nullopt, "B", std::nullopt, std::nullopt}));
    REQUIRE(lastAudit(*p).coder == "carol");
    REQUIRE(must(p->info()).coders == 3);
}

TEST_CASE("an isolated step inside a transaction fails alone and leaves no trace")
{
    TempDir dir;
    auto p = newProject(dir);
    Recorder recorder;
    p->addObserver(&recorder);
    const auto auditBefore = must(p->history().count());
    must(p->transaction([&] {
        auto good = p->context().isolated(
            [&] { return must(p->codes().add({std::nullopt, "Kept", std::nullopt, std::nullopt})); });
        REQUIRE(good.ok());
        auto bad = p->context().isolated([&] {
            (void)p->codes().add({std::nullopt, "Dropped", std::nullopt, std::nullopt});
            storage::fail(ErrorCode::InvalidArgument, "this file is bad");
        });
        REQUIRE_FALSE(bad.ok());
        REQUIRE(bad.error().message == "this file is bad");
    }));
    REQUIRE(must(p->codes().resolve("Kept")).name == "Kept");
    REQUIRE_FALSE(p->codes().resolve("Dropped").ok());
    // One audit row for the kept code; none for the dropped one.
    REQUIRE(must(p->history().count()) == auditBefore + 1);
    REQUIRE(recorder.batches.size() == 1);
    REQUIRE(recorder.batches[0].size() == 1);
    p->removeObserver(&recorder);
}
