// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/structure/journal.h"
#include "core/import/structure/speakers.h"
#include "core/import/structure/transcript.h"
#include "core/text/textoffsets.h"

#include <catch2/catch.hpp>

using namespace weft::core;

namespace {

std::string slice(const std::string &text, std::size_t start, std::size_t end)
{
    return std::string(text::sliceCodePoints(text, start, end));
}

} // namespace

TEST_CASE("turns cover the utterance, not the label or timestamp", "[structure]")
{
    const std::string text = "Interview date: 2019-04-02\nInterviewer: Dana\nSite: Northside\n\n"
                             "[00:01:12] Interviewer: How did 🙂 it go?\n"
                             "[00:01:40] P01: It went well.\nI liked the group.\n\n"
                             "(02:05) INTERVIEWER: And then?\n"
                             "[Amara] We talked.\n";
    const TranscriptStructure t = detectTranscript(text);
    REQUIRE(t.header.size() == 3);
    CHECK(t.header[0] == std::make_pair(std::string("Interview date"), std::string("2019-04-02")));
    CHECK(t.header[1].first == "Interviewer");
    REQUIRE(t.turns.size() == 4);
    CHECK(t.turns[0].speaker == "Interviewer");
    CHECK(t.turns[0].timestamp == "00:01:12");
    CHECK(slice(text, t.turns[0].start, t.turns[0].end) == "How did 🙂 it go?");
    CHECK(t.turns[1].speaker == "P01");
    CHECK(slice(text, t.turns[1].start, t.turns[1].end) == "It went well.\nI liked the group.");
    CHECK(t.turns[2].speaker == "INTERVIEWER");
    CHECK(t.turns[2].timestamp == "00:02:05");
    CHECK(t.turns[3].speaker == "Amara");
    CHECK(slice(text, t.turns[3].start, t.turns[3].end) == "We talked.");
}

TEST_CASE("a leading block of dialogue is not mistaken for a header", "[structure]")
{
    const std::string text = "Interviewer: Thanks for coming.\nP02: No problem.\n\n"
                             "Interviewer: Tell me about the sessions.\nP02: They were good.\n";
    const TranscriptStructure t = detectTranscript(text);
    CHECK(t.header.empty());
    REQUIRE(t.turns.size() == 4);
    CHECK(slice(text, t.turns[0].start, t.turns[0].end) == "Thanks for coming.");
}

TEST_CASE("prose with an occasional colon is not a transcript", "[structure]")
{
    const std::string text = "Notes from the visit.\nReminder: bring the forms.\n"
                             "The time was 10:30 and we met at http://example.org today.\n";
    CHECK(detectTranscript(text).turns.empty());
}

TEST_CASE("timestamps normalise to hh:mm:ss", "[structure]")
{
    CHECK(normalizeTimestamp("04:12") == "00:04:12");
    CHECK(normalizeTimestamp("1:02:03") == "01:02:03");
    CHECK(normalizeTimestamp("00:01:02.500") == "00:01:02");
    CHECK_FALSE(normalizeTimestamp("4:75"));
    CHECK_FALSE(normalizeTimestamp("12"));
    CHECK_FALSE(normalizeTimestamp("1:2:3:4"));
}

TEST_CASE("speakers map to participants, interviewers do not", "[structure]")
{
    auto oneToOne = mapSpeakersToParticipants({"Interviewer", "Amara", "Interviewer"},
                                              std::string("P01"), "");
    CHECK_FALSE(oneToOne["Interviewer"].has_value());
    CHECK(oneToOne["Amara"] == "P01");
    auto group = mapSpeakersToParticipants({"Moderator", "P01", "P02", "Sam"}, std::nullopt, "");
    CHECK_FALSE(group["Moderator"].has_value());
    CHECK(group["P01"] == "P01");
    CHECK(group["P02"] == "P02");
    CHECK(group["Sam"] == "Sam");
    auto custom = mapSpeakersToParticipants({"Dana", "P03"}, std::string("P03"), "Dana");
    CHECK_FALSE(custom["Dana"].has_value());
    CHECK(custom["P03"] == "P03");
}

TEST_CASE("journal entries start at dated headings and cover the text after them", "[structure]")
{
    const std::string text = "My journal\n\n2019-03-14\nFirst session. 🙂 Nervous.\n\n"
                             "March 21, 2019\n\nSecond session went better.\n";
    const auto entries = detectJournal(text, DateOrder::DayMonthYear);
    REQUIRE(entries.size() == 2);
    CHECK(entries[0].date == "2019-03-14");
    CHECK(slice(text, entries[0].start, entries[0].end) == "First session. 🙂 Nervous.");
    CHECK(entries[1].date == "2019-03-21");
    CHECK(slice(text, entries[1].start, entries[1].end) == "Second session went better.");
}
