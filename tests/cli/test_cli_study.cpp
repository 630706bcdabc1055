// SPDX-License-Identifier: GPL-3.0-or-later
// A whole study in every format, written by the test, imported in one command.
#include "clitestsupport.h"

#include <algorithm>
#include <cctype>

using namespace weft::test;

namespace {

const std::string kP01 = "Interview date: 2019-04-02\n"
                         "Site: Northside\n"
                         "\n"
                         "[00:00:05] Interviewer: How did the first session feel?\n"
                         "[00:00:21] P01: Strange at first, then safe.\n"
                         "[00:01:02] Interviewer: Why safe?\n"
                         "[00:01:10] P01: Because the educator was my age.\n";

const std::string kP02 = "Interviewer: What did you learn?\n"
                         "P02: Where to get tested, and how to ask my partner.\n"
                         "Interviewer: Anything else?\n"
                         "P02: That it is normal to be nervous.\n";

// The same transcript as RTF, written by hand: \'e9 escapes, \u emoji with its fallback.
const std::string kP03Rtf =
    "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Arial;}}\n"
    "\\f0 Interviewer: Was it caf\\'e9 style?\\par\n"
    "P03: Yes \\u55357?\\u56898? very relaxed.\\par\n"
    "Interviewer: Would you go again?\\par\n"
    "P03: Every week.\\par\n}";

const std::string kVtt = "WEBVTT\n\n"
                         "00:00:01.000 --> 00:00:04.000\n<v Moderator>Welcome, everyone.\n\n"
                         "00:00:05.000 --> 00:00:08.000\n<v P05>Thanks. I came with a friend.\n\n"
                         "00:00:09.000 --> 00:00:12.000\n<v P06>Me too.\n\n"
                         "00:00:13.000 --> 00:00:15.000\n<v P05>It felt easier together.\n";

const std::string kJournalMd = "# My journal\n\n"
                               "2019-03-14\n\nFirst session. Nervous but fine.\n\n"
                               "2019-03-21\n\nBetter. I asked a question.\n";

const std::string kJournalHtml =
    "<html><head><title>J</title><style>p{color:red}</style><script>var x=1;</script></head>"
    "<body><p>March 14, 2019</p><p>I told my sister about the sessions.</p>"
    "<p>March 28, 2019</p><p>She wants to come next time &amp; bring a friend.</p></body></html>";

const std::string kFeedbackCsv =
    "participant,session,date,site,rating,would_recommend,what_worked,what_to_change\r\n"
    "P01,1,2019-02-05,Northside,4,yes,\"Hearing it from someone my age, honestly.\",\r\n"
    "P02,1,2019-02-07,Riverside,3,no,\"The role play, even if \"\"awkward\"\".\",\"Start later:\r\n"
    "the bus only comes once an hour.\"\r\n"
    "P05,2,2019-02-12,Northside,5,yes,,\"More time for questions, please.\"\r\n";

const std::string kParticipantsCsv = "id,age,site,cohort,completed_program\n"
                                     "P01,19,Northside,2019-A,yes\n"
                                     "P02,22,Riverside,2019-A,no\n"
                                     "P03,20,Northside,2019-B,yes\n";

std::string withoutSpace(const std::string &s)
{
    std::string out;
    for (char c : s) {
        if (!std::isspace(static_cast<unsigned char>(c)))
            out.push_back(c);
    }
    return out;
}

bool haveSoffice() { return std::system("command -v soffice >/dev/null 2>&1") == 0; }

/// Converts FILE in the workspace with LibreOffice; returns false when it could not.
bool convert(const CliWorkspace &ws, const std::string &file, const std::string &format,
             const std::string &outdir)
{
    const std::string command = "cd '" + ws.path("") + "' && timeout 120 soffice --headless "
                                "--norestore -env:UserInstallation=file://" + ws.path("lo-profile") +
                                " --convert-to " + format + " --outdir '" + outdir + "' '" + file +
                                "' >/dev/null 2>&1";
    return std::system(command.c_str()) == 0;
}

const nlohmann::json &docNamed(const nlohmann::json &docs, const std::string &name)
{
    for (const auto &d : docs) {
        if (d["name"] == name)
            return d;
    }
    FAIL("no document " << name);
    static const nlohmann::json none;
    return none;
}

} // namespace

TEST_CASE("cli: a study in txt, rtf, vtt, md, html and csv imports with the expected structure")
{
    CliWorkspace ws;
    ws.ok({"new", "S.weft"});
    ws.write("study/interviews/P01.txt", kP01);
    ws.write("study/interviews/P02.txt", kP02);
    ws.write("study/interviews/P03.rtf", kP03Rtf);
    ws.write("study/interviews/focus_group.vtt", kVtt);
    ws.write("study/journals/J_P01.md", kJournalMd);
    ws.write("study/journals/J_P02.html", kJournalHtml);
    ws.write("study/feedback/session_feedback.csv", kFeedbackCsv);
    ws.write("study/.hidden/ignored.txt", "never imported");
    ws.write("participants.csv", kParticipantsCsv);

    const auto imported = ws.ok({"import", "S.weft", "study", "--json"}).json();
    REQUIRE(imported.size() == 9); // 6 files + 3 feedback rows
    for (const auto &row : imported)
        REQUIRE(row["status"] == "imported");
    ws.ok({"participants", "import", "S.weft", "participants.csv"});

    const auto info = ws.ok({"info", "S.weft", "--json"}).json();
    REQUIRE(info["documents"]["interview"] == 4);
    REQUIRE(info["documents"]["journal"] == 2);
    REQUIRE(info["documents"]["feedback"] == 3);
    REQUIRE(info["documents"]["document"] == 0);
    REQUIRE(info["participants"] == 5); // P01, P02, P03, P05, P06; the moderator is none

    const auto docs = ws.ok({"documents", "S.weft", "--json"}).json();
    const auto &p01 = docNamed(docs, "P01");
    REQUIRE(p01["turns"] == 4);
    REQUIRE(p01["participant"] == "P01");
    REQUIRE(p01["attributes"]["Interview date"] == "2019-04-02");
    REQUIRE(docNamed(docs, "P02")["turns"] == 4);
    const auto &p03 = docNamed(docs, "P03");
    REQUIRE(p03["turns"] == 4);
    REQUIRE(p03["format"] == "rtf");
    REQUIRE(docNamed(docs, "focus_group")["turns"] == 4); // P05 twice, P06 between
    REQUIRE(docNamed(docs, "J_P01")["entries"] == 2);
    REQUIRE(docNamed(docs, "J_P02")["entries"] == 2);
    const auto &form = docNamed(docs, "P02 session 1");
    REQUIRE(form["kind"] == "feedback");
    REQUIRE(form["sections"] == 2);
    REQUIRE(form["participant"] == "P02");
    REQUIRE(form["attributes"]["rating"] == 3);
    REQUIRE(form["attributes"]["would_recommend"] == false);
    REQUIRE(form["attributes"]["date"] == "2019-02-07");
    REQUIRE(form["attributes"]["site"] == "Riverside");
    REQUIRE(docNamed(docs, "P05 session 2")["sections"] == 1);

    REQUIRE(ws.ok({"text", "S.weft", "P03"}).out.find("café style?") != std::string::npos);
    REQUIRE(ws.ok({"text", "S.weft", "P03"}).out.find("Yes 🙂 very relaxed.") != std::string::npos);
    const auto html = ws.ok({"text", "S.weft", "J_P02"}).out;
    REQUIRE(html.find("var x") == std::string::npos);
    REQUIRE(html.find("& bring a friend") != std::string::npos);

    // The embedded newline of a CSV answer survives; the answer range covers it.
    const auto sections = ws.ok({"structure", "S.weft", "P02 session 1", "--json"}).json()["sections"];
    REQUIRE(sections[1]["question"] == "what_to_change");
    ws.ok({"code", "S.weft", "--code", "Barriers/Transport", "--all-sections", "what_to_change"});
    const auto excerpts = ws.ok({"excerpts", "S.weft", "--code", "Barriers/Transport", "--json"}).json();
    REQUIRE(excerpts.size() == 2);
    REQUIRE(excerpts[0]["text"] == "Start later:\nthe bus only comes once an hour.");

    const auto participants = ws.ok({"participants", "list", "S.weft", "--json"}).json();
    REQUIRE(participants.size() == 5);
    REQUIRE(participants[0]["id"] == "P01");
    REQUIRE(participants[0]["attributes"]["age"] == 19);
    REQUIRE(participants[0]["attributes"]["completed_program"] == true);
    REQUIRE(participants[0]["attributes"]["cohort"] == "2019-A");
    const std::vector<std::string> p01Docs = participants[0]["documents"];
    // Import order: folders are walked in name order (feedback, interviews, journals).
    REQUIRE(p01Docs == std::vector<std::string>{"P01 session 1", "P01", "J_P01"});
    REQUIRE(participants[3]["id"] == "P05");
    REQUIRE(participants[3]["documents"].size() == 2); // the focus group and a form

    // Participants by attribute in the theme matrix.
    ws.ok({"themes", "add", "S.weft", "Access"});
    ws.ok({"themes", "link", "S.weft", "Access", "--code", "Barriers/Transport"});
    const auto bySite =
        ws.ok({"themes", "matrix", "S.weft", "--by", "attribute:site", "--json"}).json();
    REQUIRE(bySite["columns"] == nlohmann::json::array({"(none)", "Riverside"}));
    REQUIRE(bySite["rows"][0]["cells"]["Riverside"]["excerpts"] == 1);
    REQUIRE(bySite["rows"][0]["cells"]["(none)"]["excerpts"] == 1); // P05 has no site
}

TEST_CASE("cli: DOCX, ODT, RTF and PDF made from a transcript keep its text and turns")
{
    if (!haveSoffice()) {
        WARN("LibreOffice (soffice) is not installed; run cmake/install-deps.sh to check this");
        return;
    }
    CliWorkspace ws;
    ws.write("P01.txt", kP01);
    for (const char *format : {"docx", "odt", "rtf", "pdf"})
        REQUIRE(convert(ws, "P01.txt", format, ws.path("converted")));
    ws.ok({"new", "T.weft"});
    ws.ok({"import", "T.weft", "P01.txt"});
    const std::string original = withoutSpace(ws.ok({"text", "T.weft", "P01"}).out);
    for (const char *format : {"docx", "odt", "rtf", "pdf"}) {
        INFO("format " << format);
        const std::string project = std::string(format) + ".weft";
        ws.ok({"new", project});
        const auto row = ws.ok({"import", project, "converted/P01." + std::string(format), "--json"})
                             .json()[0];
        REQUIRE(row["status"] == "imported");
        REQUIRE(row["kind"] == "interview");
        REQUIRE(row["turns"] == 4);
        REQUIRE(withoutSpace(ws.ok({"text", project, "P01"}).out) == original);
    }
}
