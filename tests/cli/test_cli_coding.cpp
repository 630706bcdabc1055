// SPDX-License-Identifier: GPL-3.0-or-later
#include "clitestsupport.h"

using namespace weft::test;

TEST_CASE("cli: an emoji before an excerpt does not shift it")
{
    CliWorkspace ws;
    ws.ok({"new", "S.weft"});
    ws.write("P01.txt", "Before 🙂🙂 the peer educator listened to me.\nMore text 🙂.\n");
    ws.ok({"import", "S.weft", "P01.txt", "--kind", "interview"});
    const auto coded = ws.ok({"code", "S.weft", "--doc", "P01", "--code", "Trust/Peer educators",
                              "--match", "the peer educator listened", "--json"})
                           .json();
    REQUIRE(coded["applied"] == 1);
    const auto excerpts = ws.ok({"excerpts", "S.weft", "--json"}).json();
    REQUIRE(excerpts.size() == 1);
    const auto &e = excerpts[0];
    REQUIRE(e["text"] == "the peer educator listened");
    REQUIRE(e["start"] == 10); // "Before " (7) + two emoji (2) + space (1), in code points
    REQUIRE(e["end"] == 36);
    REQUIRE(e["document"] == "P01");
    REQUIRE(e["kind"] == "interview");
    REQUIRE(e["code"] == "Trust/Peer educators");
    REQUIRE(e["coder"] == "tester");
    REQUIRE(e["participant"] == "P01"); // from the file name
    REQUIRE(e["document_id"].get<std::string>().size() == 36);
    // The same range by --range gives the same text.
    ws.ok({"code", "S.weft", "--doc", "P01", "--code", "Listening", "--range", "10:36"});
    const auto listening = ws.ok({"excerpts", "S.weft", "--code", "Listening", "--json"}).json();
    REQUIRE(listening[0]["text"] == "the peer educator listened");
}

TEST_CASE("cli: --match is exact, NFC-insensitive, and needs --occurrence when ambiguous")
{
    CliWorkspace ws;
    ws.ok({"new", "S.weft"});
    // Stored text is NFC: the decomposed "e\u0301" in the file becomes "é".
    ws.write("P02.txt", "Caf\x65\xcc\x81 talk. The bus. The bus again. the bus.");
    ws.ok({"import", "S.weft", "P02.txt"});
    ws.ok({"code", "S.weft", "--doc", "P02", "--code", "Place", "--match", "Café"});
    auto ambiguous = ws.fails({"code", "S.weft", "--doc", "P02", "--code", "Bus", "--match", "The bus"});
    REQUIRE_THAT(ambiguous.err, Catch::Contains("2 times"));
    REQUIRE_THAT(ambiguous.err, Catch::Contains("--occurrence"));
    REQUIRE_THAT(ws.fails({"code", "S.weft", "--doc", "P02", "--code", "Bus", "--match", "a train"}).err,
                 Catch::Contains("does not occur"));
    ws.fails({"code", "S.weft", "--doc", "P02", "--code", "Bus", "--match", "The bus", "--occurrence", "3"});
    ws.ok({"code", "S.weft", "--doc", "P02", "--code", "Bus", "--match", "The bus", "--occurrence", "2"});
    const auto bus = ws.ok({"excerpts", "S.weft", "--code", "Bus", "--json"}).json();
    REQUIRE(bus.size() == 1);
    REQUIRE(bus[0]["start"] == 20);
    // The failed attempts created no code.
    const auto codes = ws.ok({"codes", "list", "S.weft", "--json"}).json();
    REQUIRE(codes.size() == 2);
}

TEST_CASE("cli: coding the same range twice is reported unchanged")
{
    CliWorkspace ws;
    ws.ok({"new", "S.weft"});
    ws.write("a.txt", "Hello world, hello again.");
    ws.ok({"import", "S.weft", "a.txt"});
    REQUIRE(ws.ok({"code", "S.weft", "--doc", "a", "--code", "Greeting", "--range", "0:5", "--json"})
                .json()["applied"] == 1);
    const auto again =
        ws.ok({"code", "S.weft", "--doc", "a", "--code", "Greeting", "--range", "0:5", "--json"}).json();
    REQUIRE(again["applied"] == 0);
    REQUIRE(again["unchanged"] == 1);
    REQUIRE_THAT(ws.ok({"code", "S.weft", "--doc", "a", "--code", "Greeting", "--range", "0:5"}).out,
                 Catch::Contains("unchanged"));
    ws.fails({"code", "S.weft", "--doc", "a", "--code", "Greeting", "--range", "5:999"});
    ws.fails({"code", "S.weft", "--doc", "a", "--code", "Greeting", "--range", "7"});
    ws.fails({"code", "S.weft", "--doc", "nope", "--code", "Greeting", "--range", "0:5"});
}

TEST_CASE("cli: codes add and list build the tree with escaped slashes and counts")
{
    CliWorkspace ws;
    ws.ok({"new", "S.weft"});
    ws.ok({"codes", "add", "S.weft", "Barriers/Time\\/Transport", "--color", "#FF8800",
           "--description", "Travel and timing problems"});
    ws.ok({"codes", "add", "S.weft", "Barriers/Stigma"});
    ws.fails({"codes", "add", "S.weft", "Barriers/Stigma"});
    ws.fails({"codes", "add", "S.weft", "Barriers//Empty"});
    ws.write("d.txt", "No bus on Sundays.");
    ws.ok({"import", "S.weft", "d.txt"});
    ws.ok({"code", "S.weft", "--doc", "d", "--code", "Barriers/Time\\/Transport", "--range", "0:6"});
    const auto codes = ws.ok({"codes", "list", "S.weft", "--json"}).json();
    REQUIRE(codes.size() == 1);
    const auto &barriers = codes[0];
    REQUIRE(barriers["name"] == "Barriers");
    REQUIRE(barriers["path"] == "Barriers");
    REQUIRE(barriers["color"].is_null());
    REQUIRE(barriers["description"].is_null());
    REQUIRE(barriers["codings"] == 0);
    REQUIRE(barriers["children"].size() == 2);
    const auto &time = barriers["children"][0];
    REQUIRE(time["name"] == "Time/Transport");
    REQUIRE(time["path"] == "Barriers/Time\\/Transport");
    REQUIRE(time["color"] == "#ff8800");
    REQUIRE(time["description"] == "Travel and timing problems");
    REQUIRE(time["codings"] == 1);
    REQUIRE(time["children"].empty());
    REQUIRE(time["id"].get<std::string>().size() == 36);
}

TEST_CASE("cli: excerpts by code, with sub-codes, sorted, and unknown code is an error")
{
    CliWorkspace ws;
    ws.ok({"new", "S.weft"});
    ws.write("B.txt", "Second document about stigma and shame.");
    ws.write("A.txt", "First document: transport, stigma.");
    ws.ok({"import", "S.weft", "B.txt", "A.txt"});
    ws.ok({"code", "S.weft", "--doc", "B", "--code", "Barriers/Stigma", "--match", "stigma"});
    ws.ok({"code", "S.weft", "--doc", "A", "--code", "Barriers/Stigma", "--match", "stigma"});
    ws.ok({"code", "S.weft", "--doc", "A", "--code", "Barriers", "--match", "transport"});
    REQUIRE(ws.ok({"excerpts", "S.weft", "--code", "Barriers", "--json"}).json().size() == 1);
    const auto all =
        ws.ok({"excerpts", "S.weft", "--code", "Barriers", "--with-subcodes", "--json"}).json();
    REQUIRE(all.size() == 3);
    REQUIRE(all[0]["document"] == "A");
    REQUIRE(all[0]["text"] == "transport");
    REQUIRE(all[1]["text"] == "stigma");
    REQUIRE(all[2]["document"] == "B");
    REQUIRE_THAT(ws.fails({"excerpts", "S.weft", "--code", "Nope", "--json"}).err,
                 Catch::Contains("no code"));
}

TEST_CASE("cli: a batch applies in one transaction and reports the bad line")
{
    CliWorkspace ws;
    ws.ok({"new", "S.weft"});
    ws.write("P01.txt", "Peer support helped. Buses were late. Peer support helped again.");
    ws.ok({"import", "S.weft", "P01.txt"});
    std::string lines;
    lines += R"({"doc":"P01.txt","code":"Support","start":0,"end":12})" "\n";
    lines += R"({"doc":"P01","code_path":"Barriers/Transport","match":"Buses were late"})" "\n";
    lines += "\n";
    lines += R"({"doc":"P01","code":"Support","match":"Peer support helped","occurrence":2,"coder":"kim","memo":"repeat"})" "\n";
    ws.write("batch.jsonl", lines);
    const auto result = ws.ok({"code", "S.weft", "--batch", "batch.jsonl", "--json"}).json();
    REQUIRE(result["applied"] == 3);
    REQUIRE(result["unchanged"] == 0);
    const auto again = ws.ok({"code", "S.weft", "--batch", "batch.jsonl", "--json"}).json();
    REQUIRE(again["applied"] == 0);
    REQUIRE(again["unchanged"] == 3);
    const auto info = ws.ok({"info", "S.weft", "--json"}).json();
    REQUIRE(info["memos"] == 1);
    REQUIRE(info["coders"] == 2);

    // Line 3 is bad (range past the end): nothing of the batch is applied.
    std::string bad;
    bad += R"({"doc":"P01","code":"New code","start":0,"end":4})" "\n";
    bad += R"({"doc":"P01","code":"New code","start":5,"end":9})" "\n";
    bad += R"({"doc":"P01","code":"New code","start":5,"end":9999})" "\n";
    ws.write("bad.jsonl", bad);
    auto failed = ws.fails({"code", "S.weft", "--batch", "bad.jsonl"});
    REQUIRE_THAT(failed.err, Catch::Contains("line 3"));
    ws.write("syntax.jsonl", R"({"doc":"P01","code":"X","start":0,"end":4})" "\n{not json\n");
    REQUIRE_THAT(ws.fails({"code", "S.weft", "--batch", "syntax.jsonl"}).err, Catch::Contains("line 2"));
    const auto after = ws.ok({"info", "S.weft", "--json"}).json();
    REQUIRE(after["codings"] == 3);
    REQUIRE(after["codes"] == info["codes"]);
}
