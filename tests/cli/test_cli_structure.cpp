// SPDX-License-Identifier: GPL-3.0-or-later
#include "clitestsupport.h"

using namespace weft::test;

namespace {

const char *kTranscript = "Interview date: 2019-04-02\n"
                          "Interviewer: Dana\n"
                          "Site: Northside\n"
                          "\n"
                          "[00:00:05] Interviewer: Can you tell me about the first session?\n"
                          "[00:00:21] P03: I was nervous 🙂 but the peer educator was kind.\n"
                          "It helped.\n"
                          "\n"
                          "(01:10) Interviewer: What changed for you?\n"
                          "(01:15) P03: I got tested.\n";

const char *kJournal = "Journal of P04\n"
                       "\n"
                       "March 14, 2019\n"
                       "First session today.\n"
                       "\n"
                       "21 mars 2019\n"
                       "Second one, more relaxed.\n"
                       "\n"
                       "28/03/2019\n"
                       "Third.\n";

} // namespace

TEST_CASE("cli: structure of an interview: turns, header attributes, participants")
{
    CliWorkspace ws;
    ws.ok({"new", "S.weft"});
    ws.write("interviews/P03.txt", kTranscript);
    const auto imported = ws.ok({"import", "S.weft", "interviews", "--json"}).json();
    REQUIRE(imported.size() == 1);
    REQUIRE(imported[0]["status"] == "imported");
    REQUIRE(imported[0]["kind"] == "interview");
    REQUIRE(imported[0]["participant"] == "P03");
    REQUIRE(imported[0]["encoding"] == "UTF-8");
    REQUIRE(imported[0]["error"].is_null());

    const auto structure = ws.ok({"structure", "S.weft", "P03", "--json"}).json();
    const auto &turns = structure["turns"];
    REQUIRE(turns.size() == 4);
    REQUIRE(structure["entries"].empty());
    REQUIRE(structure["sections"].empty());
    REQUIRE(turns[0]["speaker"] == "Interviewer");
    REQUIRE(turns[0]["timestamp"] == "00:00:05");
    REQUIRE(turns[3]["timestamp"] == "00:01:15");
    // The utterance, exactly: code it by range and read it back.
    const std::string range =
        std::to_string(turns[1]["start"].get<int>()) + ":" + std::to_string(turns[1]["end"].get<int>());
    ws.ok({"code", "S.weft", "--doc", "P03", "--code", "Turn", "--range", range});
    const auto excerpt = ws.ok({"excerpts", "S.weft", "--json"}).json();
    REQUIRE(excerpt[0]["text"] == "I was nervous 🙂 but the peer educator was kind.\nIt helped.");
    REQUIRE(excerpt[0]["participant"] == "P03");

    const auto docs = ws.ok({"documents", "S.weft", "--json"}).json();
    REQUIRE(docs[0]["turns"] == 4);
    REQUIRE(docs[0]["entries"] == 0);
    REQUIRE(docs[0]["sections"] == 0);
    REQUIRE(docs[0]["attributes"]["Interview date"] == "2019-04-02");
    REQUIRE(docs[0]["attributes"]["Site"] == "Northside");
    REQUIRE(docs[0]["attributes"]["Interviewer"] == "Dana");

    const auto participants = ws.ok({"participants", "list", "S.weft", "--json"}).json();
    REQUIRE(participants.size() == 1); // the interviewer is not a participant
    REQUIRE(participants[0]["id"] == "P03");
    REQUIRE(participants[0]["documents"] == nlohmann::json::array({"P03"}));
}

TEST_CASE("cli: a journal's entries get ISO dates whatever the heading style")
{
    CliWorkspace ws;
    ws.ok({"new", "S.weft"});
    ws.write("J_P04.txt", kJournal);
    ws.ok({"import", "S.weft", "J_P04.txt"});
    const auto structure = ws.ok({"structure", "S.weft", "J_P04", "--json"}).json();
    const auto &entries = structure["entries"];
    REQUIRE(entries.size() == 3);
    REQUIRE(entries[0]["date"] == "2019-03-14");
    REQUIRE(entries[1]["date"] == "2019-03-21");
    REQUIRE(entries[2]["date"] == "2019-03-28");
    const std::string text = ws.ok({"text", "S.weft", "J_P04"}).out;
    // Entry ranges are the text after the heading: here all ASCII, so bytes = code points.
    const int start = entries[1]["start"], end = entries[1]["end"];
    REQUIRE(text.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(end - start)) ==
            "Second one, more relaxed.");
    REQUIRE(ws.ok({"documents", "S.weft", "--json"}).json()[0]["kind"] == "journal");
}

TEST_CASE("cli: --date-order and --kind shape detection, --interviewer names the interviewer")
{
    CliWorkspace ws;
    ws.ok({"new", "S.weft"});
    ws.write("notes.txt", "03/04/2019\nFirst.\n\n05/04/2019\nSecond.\n");
    ws.ok({"import", "S.weft", "notes.txt", "--date-order", "mdy", "--kind", "journal"});
    const auto entries = ws.ok({"structure", "S.weft", "notes", "--json"}).json()["entries"];
    REQUIRE(entries[0]["date"] == "2019-03-04");
    ws.write("fg.txt", "Dana: Welcome everyone.\nSam: Hi.\nAlex: Hello.\nDana: Let's start.\n"
                       "Sam: OK.\nAlex: Sure.\n");
    ws.ok({"import", "S.weft", "fg.txt", "--interviewer", "Dana"});
    const auto speakers = ws.ok({"speakers", "S.weft", "fg", "--json"}).json();
    REQUIRE(speakers.size() == 3);
    REQUIRE(speakers[0]["speaker"] == "Dana");
    REQUIRE(speakers[0]["participant"].is_null());
    REQUIRE(speakers[1]["participant"] == "Sam");
    REQUIRE(speakers[2]["participant"] == "Alex");
    // The mapping is editable.
    ws.ok({"speakers", "S.weft", "fg", "--map", "Sam=P07"});
    REQUIRE(ws.ok({"speakers", "S.weft", "fg", "--json"}).json()[1]["participant"] == "P07");
    ws.fails({"speakers", "S.weft", "fg", "--map", "Nobody=P01"});
    ws.fails({"import", "S.weft", "notes.txt", "--date-order", "ymd"});
}

TEST_CASE("cli: structure coding codes every turn of a speaker or entry in a date range at once")
{
    CliWorkspace ws;
    ws.ok({"new", "S.weft"});
    ws.write("interviews/P03.txt", kTranscript);
    ws.write("J_P04.txt", kJournal);
    ws.ok({"import", "S.weft", "interviews", "J_P04.txt"});
    const auto turns = ws.ok({"code", "S.weft", "--code", "Voices/P03", "--all-turns", "p03",
                              "--kind", "interview", "--json"})
                           .json();
    REQUIRE(turns["applied"] == 2);
    const auto again =
        ws.ok({"code", "S.weft", "--code", "Voices/P03", "--all-turns", "P03", "--json"}).json();
    REQUIRE(again["applied"] == 0);
    REQUIRE(again["unchanged"] == 2);
    const auto entries = ws.ok({"code", "S.weft", "--code", "Early", "--all-entries",
                                "2019-03-01:2019-03-21", "--json"})
                             .json();
    REQUIRE(entries["applied"] == 2);
    const auto excerpts = ws.ok({"excerpts", "S.weft", "--code", "Early", "--json"}).json();
    REQUIRE(excerpts[1]["text"] == "Second one, more relaxed.");
    const auto missing = ws.fails({"code", "S.weft", "--code", "X", "--all-turns", "Nobody"});
    REQUIRE_THAT(missing.err, Catch::Contains("'P03'"));
    REQUIRE(ws.ok({"codes", "list", "S.weft", "--json"}).json().size() == 2); // X not created
}
