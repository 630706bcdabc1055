// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/structure/feedbackform.h"
#include "core/text/textoffsets.h"

#include <catch2/catch.hpp>

using namespace weft::core;

namespace {

Table sampleForm()
{
    Table t;
    t.header = {"participant", "session", "date", "site", "rating", "recommend", "what_worked",
                "what_to_change"};
    t.rows = {
        {"P01", "1", "2019-02-05", "Northside", "4", "yes",
         "Hearing from someone my age about testing, honestly.", ""},
        {"P02", "1", "2019-02-07", "Riverside", "3", "no",
         "The role play, even if it was awkward at first.",
         "Start later: the bus only comes once an hour."},
        {"P01", "2", "2019-02-12", "Northside", "5", "yes", "",
         "Nothing, maybe more time for \"questions\"."},
        {"P03", "2", "2019-02-12", "Northside", "4", "yes",
         "Talking about consent without anyone laughing 🙂.", ""},
    };
    return t;
}

} // namespace

TEST_CASE("feedback form columns: id, session, open answers and typed attributes", "[structure]")
{
    const auto layout = classifyFormColumns(sampleForm(), {});
    REQUIRE(layout.ok());
    CHECK(layout->idColumn == 0);
    CHECK(layout->sessionColumn == 1);
    CHECK(layout->textColumns == std::vector<int>{6, 7});
    CHECK(layout->attributeColumns == std::vector<int>{1, 2, 3, 4, 5});
    CHECK(layout->attributeTypes ==
          std::vector<AttributeType>{AttributeType::Number, AttributeType::Date,
                                     AttributeType::Text, AttributeType::Number,
                                     AttributeType::Boolean});
}

TEST_CASE("each form row becomes a feedback document with answer ranges", "[structure]")
{
    const auto docs = buildFeedbackDocuments(sampleForm(), "session_feedback", {});
    REQUIRE(docs.ok());
    REQUIRE(docs->size() == 4);
    const ImportedDocument &d = (*docs)[1];
    CHECK(d.name == "P02 session 1");
    CHECK(d.participant == "P02");
    CHECK(d.kind == DocumentKind::Feedback);
    REQUIRE(d.segments.size() == 2);
    CHECK(d.segments[0].label == "what_worked");
    CHECK(text::sliceCodePoints(d.text, static_cast<std::size_t>(d.segments[0].start),
                                static_cast<std::size_t>(d.segments[0].end)) ==
          "The role play, even if it was awkward at first.");
    CHECK(text::sliceCodePoints(d.text, static_cast<std::size_t>(d.segments[1].start),
                                static_cast<std::size_t>(d.segments[1].end)) ==
          "Start later: the bus only comes once an hour.");
    // Empty answers are left out: P01 session 1 has only one section.
    CHECK((*docs)[0].segments.size() == 1);
    const ImportedDocument &emoji = (*docs)[3];
    CHECK(text::sliceCodePoints(emoji.text, static_cast<std::size_t>(emoji.segments[0].start),
                                static_cast<std::size_t>(emoji.segments[0].end)) ==
          "Talking about consent without anyone laughing 🙂.");
    bool sawRecommend = false;
    for (const auto &a : d.attributes) {
        if (a.name == "recommend") {
            sawRecommend = true;
            CHECK(a.type == AttributeType::Boolean);
            CHECK(a.value == "false");
        }
    }
    CHECK(sawRecommend);
}

TEST_CASE("form overrides: --text-columns and --id-column, unknown names are errors", "[structure]")
{
    ImportOptions options;
    options.textColumns = {"what_to_change"};
    auto layout = classifyFormColumns(sampleForm(), options);
    REQUIRE(layout.ok());
    CHECK(layout->textColumns == std::vector<int>{7});
    options.textColumns = {"nope"};
    auto bad = classifyFormColumns(sampleForm(), options);
    REQUIRE_FALSE(bad.ok());
    CHECK_THAT(bad.error().message, Catch::Contains("what_worked"));
    ImportOptions id;
    id.idColumn = "site";
    CHECK(classifyFormColumns(sampleForm(), id)->idColumn == 3);
}

TEST_CASE("without a session column rows are named after the file", "[structure]")
{
    Table t;
    t.header = {"id", "comments"};
    t.rows = {{"P01", "A long enough free text answer about the course."},
              {"P02", "Another long enough answer, with a different text."}};
    const auto docs = buildFeedbackDocuments(t, "survey", {});
    REQUIRE(docs.ok());
    CHECK((*docs)[0].name == "survey row 1");
    CHECK((*docs)[1].participant == "P02");
}

TEST_CASE("participant tables give ids and typed attributes", "[structure]")
{
    Table t;
    t.header = {"id", "age", "site", "joined", "completed_program"};
    t.rows = {{"P01", "19", "Northside", "2019-02-01", "yes"},
              {"P02", "22", "Riverside", "14/02/2019", "no"}};
    const auto rows = readParticipantTable(t, {});
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 2);
    CHECK((*rows)[1].id == "P02");
    REQUIRE((*rows)[1].attributes.size() == 4);
    CHECK((*rows)[1].attributes[0].type == AttributeType::Number);
    CHECK((*rows)[1].attributes[2].value == "2019-02-14");
    CHECK((*rows)[1].attributes[3].value == "false");
}
