// SPDX-License-Identifier: GPL-3.0-or-later
// The codebook's usage columns: codings, documents and participants per code.
#include "guitestsupport.h"

#include "app/gui/commands/applycodingcommand.h"
#include "app/gui/models/codebookmodel.h"
#include "app/gui/session/projectsession.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace weft::guitest;
using weft::app::CodebookModel;

namespace {

QModelIndex findCode(const CodebookModel &model, const QString &name)
{
    const QModelIndexList found = model.match(
            model.index(0, 0), Qt::DisplayRole, name, 1, Qt::MatchExactly | Qt::MatchRecursive);
    REQUIRE(found.size() == 1);
    return found.first();
}

QStringList countsOf(const CodebookModel &model, const QString &name)
{
    const QModelIndex code = findCode(model, name);
    return {code.siblingAtColumn(CodebookModel::CodingsColumn).data().toString(),
            code.siblingAtColumn(CodebookModel::DocumentsColumn).data().toString(),
            code.siblingAtColumn(CodebookModel::ParticipantsColumn).data().toString()};
}

} // namespace

TEST_CASE("gui: the codebook shows codings, documents and participants per code", "[gui]")
{
    SampleFixture fixture;
    ModelTesterMessages messages;
    weft::app::ProjectSession session;
    QAbstractItemModelTester tester(
            session.codebookModel(), QAbstractItemModelTester::FailureReportingMode::Warning);
    REQUIRE(session.open(fixture.projectPath()));
    const CodebookModel &model = *session.codebookModel();

    // Peer educators: two codings in Alice's interview (P01). Joy: one in an interview that
    // belongs to nobody, so no participant (shown blank, not "0"). Trust only gathers.
    CHECK(countsOf(model, u"Peer educators"_s) == QStringList{u"2"_s, u"1"_s, u"1"_s});
    CHECK(countsOf(model, u"Joy"_s) == QStringList{u"1"_s, u"1"_s, QString()});
    CHECK(countsOf(model, u"Trust"_s) == QStringList{u"(2)"_s, u"(1)"_s, u"(1)"_s});
    const QModelIndex trust = findCode(model, u"Trust"_s);
    CHECK(trust.data(CodebookModel::TotalParticipantCountRole).toLongLong() == 1);
    CHECK(trust.data(CodebookModel::ParticipantCountRole).toLongLong() == 0);
    const QString tip = trust.data(Qt::ToolTipRole).toString();
    CHECK(tip.contains(u"With sub-codes: 2 codings · 1 document · 1 participant"_s));

    // Coding the emoji interview with Peer educators: the counts change in place, the tree
    // keeps its rows (no reset), and the parent's sums follow.
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    auto emoji = session.project()->documents().resolve("Emoji");
    REQUIRE(emoji.ok());
    const weft::core::Id peers = findCode(model, u"Peer educators"_s)
                                         .data(CodebookModel::CodeIdRole)
                                         .toLongLong();
    REQUIRE(session.execute(new weft::app::ApplyCodingCommand(
            &session, {emoji->id, peers, 0, 6, {}}, u"Trust/Peer educators"_s)));
    CHECK(resets.isEmpty());
    CHECK_FALSE(changes.isEmpty());
    CHECK(countsOf(model, u"Peer educators"_s) == QStringList{u"3"_s, u"2"_s, u"1"_s});
    CHECK(countsOf(model, u"Trust"_s) == QStringList{u"(3)"_s, u"(2)"_s, u"(1)"_s});

    session.undoStack()->undo();
    CHECK(countsOf(model, u"Peer educators"_s) == QStringList{u"2"_s, u"1"_s, u"1"_s});
    CHECK(resets.isEmpty());

    INFO(messages.messages().join(u"\n"_s).toStdString());
    CHECK(messages.messages().isEmpty());
}

TEST_CASE("gui: codebook counts follow moves, deletions and their undo", "[gui]")
{
    SampleFixture fixture;
    ModelTesterMessages messages;
    weft::app::ProjectSession session;
    QAbstractItemModelTester tester(
            session.codebookModel(), QAbstractItemModelTester::FailureReportingMode::Warning);
    REQUIRE(session.open(fixture.projectPath()));
    const CodebookModel &model = *session.codebookModel();
    weft::storage::Project &project = *session.project();

    // Joy moves under Trust: Trust now gathers both interviews, Feelings none.
    auto joy = project.codes().resolve("Feelings/Joy");
    auto trust = project.codes().resolve("Trust");
    REQUIRE(project.codes().move(joy->uuid, trust->id, 1).ok());
    CHECK(countsOf(model, u"Trust"_s) == QStringList{u"(3)"_s, u"(2)"_s, u"(1)"_s});
    CHECK(countsOf(model, u"Feelings"_s) == QStringList{u"0"_s, QString(), QString()});

    // Deleting Peer educators takes its codings; restoring brings the counts back.
    auto peers = project.codes().resolve("Trust/Peer educators");
    auto removal = project.codes().remove(peers->uuid);
    REQUIRE(removal.ok());
    CHECK(countsOf(model, u"Trust"_s) == QStringList{u"(1)"_s, u"(1)"_s, QString()});
    REQUIRE(project.codes().restore(*removal).ok());
    CHECK(countsOf(model, u"Peer educators"_s) == QStringList{u"2"_s, u"1"_s, u"1"_s});
    CHECK(countsOf(model, u"Trust"_s) == QStringList{u"(3)"_s, u"(2)"_s, u"(1)"_s});

    INFO(messages.messages().join(u"\n"_s).toStdString());
    CHECK(messages.messages().isEmpty());
}
