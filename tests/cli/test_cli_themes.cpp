// SPDX-License-Identifier: GPL-3.0-or-later
// Themes end to end on a hand-built study where every count is known.
#include "clitestsupport.h"

#include <set>

using namespace weft::test;

namespace {

// Three sources of three participants:
//   A (interview, P01), B (journal, P02), C (feedback, P03), D (document, P01).
// Codings (code point ranges):
//   1 A [0,10) Trust        2 A [5,15) Trust/Peers   3 A [15,20) Trust (touches 2: apart)
//   4 B [0,8) Safety        5 B [0,8) Trust/Peers    6 C [2,6) Trust       7 D [0,4) Solo
// Themes:
//   Relationships            <- Trust (with its sub-code Peers), Trust/Peers again
//   Security                 <- Safety
//   Security/Peers           <- Trust/Peers   (Trust/Peers supports two themes)
//   Lonely                   <- Solo
void buildStudy(const CliWorkspace &ws)
{
    ws.ok({"new", "S.weft"});
    ws.write("A.txt", "aaaa bbbb cccc dddd eeee ffff");
    ws.write("B.txt", "bbbbbbbb and more journal text");
    ws.write("C.txt", "cccccccc feedback answer");
    ws.write("D.txt", "solo text only here");
    ws.ok({"import", "S.weft", "A.txt", "--kind", "interview", "--participant", "P01"});
    ws.ok({"import", "S.weft", "B.txt", "--kind", "journal", "--participant", "P02"});
    ws.ok({"import", "S.weft", "C.txt", "--kind", "feedback", "--participant", "P03"});
    ws.ok({"import", "S.weft", "D.txt", "--participant", "P01"});
    std::string batch;
    batch += R"({"doc":"A","code":"Trust","start":0,"end":10})" "\n";
    batch += R"({"doc":"A","code":"Trust/Peers","start":5,"end":15})" "\n";
    batch += R"({"doc":"A","code":"Trust","start":15,"end":20,"coder":"bob"})" "\n";
    batch += R"({"doc":"B","code":"Safety","start":0,"end":8})" "\n";
    batch += R"({"doc":"B","code":"Trust/Peers","start":0,"end":8,"coder":"bob"})" "\n";
    batch += R"({"doc":"C","code":"Trust","start":2,"end":6})" "\n";
    batch += R"({"doc":"D","code":"Solo","start":0,"end":4})" "\n";
    ws.write("codings.jsonl", batch);
    ws.ok({"code", "S.weft", "--batch", "codings.jsonl"});
    ws.ok({"themes", "add", "S.weft", "Relationships", "--definition", "How people relate"});
    ws.ok({"themes", "add", "S.weft", "Security/Peers"});
    ws.ok({"themes", "add", "S.weft", "Lonely", "--status", "discarded"});
    ws.ok({"themes", "link", "S.weft", "Relationships", "--code", "Trust", "--code", "Trust/Peers"});
    ws.ok({"themes", "link", "S.weft", "Security", "--code", "Safety"});
    ws.ok({"themes", "link", "S.weft", "Security/Peers", "--code", "Trust/Peers"});
    ws.ok({"themes", "link", "S.weft", "Lonely", "--code", "Solo"});
}

const nlohmann::json &byPath(const nlohmann::json &themes, const std::string &path)
{
    for (const auto &t : themes) {
        if (t["path"] == path)
            return t;
        if (!t["children"].empty()) {
            const auto &found = byPath(t["children"], path);
            if (!found.is_null())
                return found;
        }
    }
    static const nlohmann::json none;
    return none;
}

} // namespace

TEST_CASE("cli: theme evidence merges overlaps, includes sub-themes and sub-codes, counts exactly")
{
    CliWorkspace ws;
    buildStudy(ws);
    const auto themes = ws.ok({"themes", "list", "S.weft", "--json"}).json();
    REQUIRE(themes.size() == 3); // Relationships, Security, Lonely at the top

    const auto &rel = byPath(themes, "Relationships");
    REQUIRE(rel["definition"] == "How people relate");
    REQUIRE(rel["status"] == "candidate");
    REQUIRE(rel["codes"] == nlohmann::json::array({"Trust", "Trust/Peers"}));
    REQUIRE(rel["review"]["state"] == "none");
    REQUIRE(rel["review"]["reviewer"].is_null());
    const auto &e = rel["evidence"];
    // A[0,15) (1+2 merged), A[15,20) (touches: apart), B[0,8), C[2,6)
    REQUIRE(e["excerpts"] == 4);
    REQUIRE(e["documents"] == 3);
    REQUIRE(e["participants"] == 3);
    REQUIRE(e["by_kind"]["interview"] == nlohmann::json({{"excerpts", 2}, {"participants", 1}}));
    REQUIRE(e["by_kind"]["journal"] == nlohmann::json({{"excerpts", 1}, {"participants", 1}}));
    REQUIRE(e["by_kind"]["feedback"] == nlohmann::json({{"excerpts", 1}, {"participants", 1}}));
    REQUIRE(e["by_kind"]["document"] == nlohmann::json({{"excerpts", 0}, {"participants", 0}}));

    const auto &security = byPath(themes, "Security");
    REQUIRE(security["children"].size() == 1);
    // Safety B[0,8) and the sub-theme's Trust/Peers: A[5,15), B[0,8) (merged with Safety's).
    REQUIRE(security["evidence"]["excerpts"] == 2);
    REQUIRE(security["evidence"]["documents"] == 2);
    REQUIRE(security["evidence"]["participants"] == 2);
    const auto &peers = byPath(themes, "Security/Peers");
    REQUIRE(peers["codes"] == nlohmann::json::array({"Trust/Peers"}));
    REQUIRE(peers["evidence"]["excerpts"] == 2);
    REQUIRE(peers["evidence"]["by_kind"]["journal"]["excerpts"] == 1);

    const auto &lonely = byPath(themes, "Lonely");
    REQUIRE(lonely["status"] == "discarded");
    REQUIRE(lonely["evidence"]["excerpts"] == 1);
}

TEST_CASE("cli: the triangulation matrix counts per source kind and participant and flags thin themes")
{
    CliWorkspace ws;
    buildStudy(ws);
    const auto matrix = ws.ok({"themes", "matrix", "S.weft", "--json"}).json();
    REQUIRE(matrix["by"] == "kind");
    REQUIRE(matrix["columns"] ==
            nlohmann::json::array({"interview", "journal", "feedback", "document"}));
    REQUIRE(matrix["rows"].size() == 4);
    const auto &rel = matrix["rows"][0];
    REQUIRE(rel["theme"] == "Relationships");
    REQUIRE(rel["cells"]["interview"] == nlohmann::json({{"excerpts", 2}, {"participants", 1}}));
    REQUIRE(rel["cells"]["document"] == nlohmann::json({{"excerpts", 0}, {"participants", 0}}));
    REQUIRE(rel["flags"].empty());
    const auto &lonely = matrix["rows"][3];
    REQUIRE(lonely["theme"] == "Lonely");
    REQUIRE(lonely["flags"] == nlohmann::json::array({"single_kind", "single_participant"}));

    const auto people = ws.ok({"themes", "matrix", "S.weft", "--by", "participant", "--json"}).json();
    REQUIRE(people["columns"] == nlohmann::json::array({"P01", "P02", "P03"}));
    REQUIRE(people["rows"][0]["cells"]["P01"]["excerpts"] == 2);
    REQUIRE(people["rows"][0]["cells"]["P02"]["excerpts"] == 1);
    REQUIRE(people["rows"][1]["cells"]["P03"]["excerpts"] == 0);
    ws.fails({"themes", "matrix", "S.weft", "--by", "colour"});
    ws.fails({"themes", "matrix", "S.weft", "--by", "attribute:nope"});
}

TEST_CASE("cli: theme review approves, sends back with a comment, and is in the audit trail")
{
    CliWorkspace ws;
    buildStudy(ws);
    const auto approved = ws.ok({"themes", "review", "S.weft", "Relationships", "--approve",
                                 "--reviewer", "Lead", "--json"})
                              .json();
    REQUIRE(approved["state"] == "approved");
    REQUIRE(approved["status"] == "reviewed");
    REQUIRE_THAT(ws.fails({"themes", "review", "S.weft", "Security", "--send-back", "--reviewer",
                           "Lead"})
                     .err,
                 Catch::Contains("comment"));
    ws.ok({"themes", "review", "S.weft", "Security", "--send-back", "--comment",
           "Too thin: one journal", "--reviewer", "Lead"});
    ws.ok({"themes", "review", "S.weft", "Lonely", "--comment-only", "--comment", "Why keep it?",
           "--reviewer", "Kim"});
    const auto themes = ws.ok({"themes", "list", "S.weft", "--json"}).json();
    const auto &rel = byPath(themes, "Relationships");
    REQUIRE(rel["status"] == "reviewed");
    REQUIRE(rel["review"]["state"] == "approved");
    REQUIRE(rel["review"]["reviewer"] == "Lead");
    REQUIRE(rel["review"]["time"].get<std::string>().back() == 'Z');
    const auto &security = byPath(themes, "Security");
    REQUIRE(security["status"] == "candidate");
    REQUIRE(security["review"]["state"] == "sent_back");
    REQUIRE(security["review"]["comment"] == "Too thin: one journal");
    const auto &lonely = byPath(themes, "Lonely");
    REQUIRE(lonely["review"]["state"] == "none");
    REQUIRE(lonely["review"]["comment"] == "Why keep it?");
    // By UUID too.
    ws.ok({"themes", "review", "S.weft", lonely["id"].get<std::string>(), "--approve", "--reviewer",
           "Lead"});
    const auto history = ws.ok({"history", "S.weft", "--json"}).json();
    int reviews = 0;
    for (const auto &h : history)
        reviews += h["action"].get<std::string>().rfind("theme.review.", 0) == 0;
    REQUIRE(reviews == 4);
}

TEST_CASE("cli: theme suggestions group co-occurring codes, best first, deterministically")
{
    CliWorkspace ws;
    ws.ok({"new", "S.weft"});
    for (int i = 1; i <= 4; ++i) {
        ws.write("P0" + std::to_string(i) + ".txt",
                 "The bus was late again and I felt unsafe waiting alone at night. (" +
                     std::to_string(i) + ")");
        ws.ok({"import", "S.weft", "P0" + std::to_string(i) + ".txt"});
        const std::string doc = "P0" + std::to_string(i);
        ws.ok({"code", "S.weft", "--doc", doc, "--code", "Transport", "--match", "The bus was late"});
        ws.ok({"code", "S.weft", "--doc", doc, "--code", "Delays", "--match", "bus was late again"});
        ws.ok({"code", "S.weft", "--doc", doc, "--code", "Fear", "--match", "felt unsafe"});
        ws.ok({"code", "S.weft", "--doc", doc, "--code", "Night", "--match", "unsafe waiting alone at night"});
    }
    const auto first = ws.ok({"themes", "suggest", "S.weft", "--json"}).json();
    const auto second = ws.ok({"themes", "suggest", "S.weft", "--json"}).json();
    REQUIRE(first == second);
    REQUIRE(first.size() == 2);
    for (const auto &s : first) {
        REQUIRE(s["score"].get<double>() > 0.0);
        REQUIRE(s["score"].get<double>() <= 1.0);
        REQUIRE(s["codes"].size() == 2);
    }
    std::set<std::string> groups;
    for (const auto &s : first)
        groups.insert(s["codes"][0].get<std::string>() + "+" + s["codes"][1].get<std::string>());
    REQUIRE((groups.count("Transport+Delays") + groups.count("Delays+Transport")) == 1);
    REQUIRE((groups.count("Fear+Night") + groups.count("Night+Fear")) == 1);
}
