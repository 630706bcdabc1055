// SPDX-License-Identifier: GPL-3.0-or-later
// Exemplar quotes marked by hand: `themes exemplar` marks and unmarks codings, and the findings
// report quotes the passages holding them first, in mark order, before the stated rule.
#include "reporttestsupport.h"

#include <filesystem>

using namespace weft::test;

namespace {

/// The quotes of one theme's report section, as Markdown quotes.
std::vector<ReportQuote> themeQuotes(const CliWorkspace &ws, const std::string &theme, int count)
{
    ws.ok({"report", "S.weft", "-o", "t.md", "--themes", theme, "--quotes", std::to_string(count)});
    return markdownQuotes(ws.read("t.md"));
}

bool quotes(const ReportQuote &quote, const nlohmann::json &excerpt)
{
    return collapse(quote.text).find(collapse(excerpt["text"].get<std::string>())) != std::string::npos;
}

} // namespace

TEST_CASE("cli: marked exemplars come first in the report, in mark order, until unmarked")
{
    CliWorkspace ws;
    std::filesystem::copy_file(study().path("S.weft"), ws.path("S.weft"));
    const std::string theme = "From knowing to doing";
    const auto rule = themeQuotes(ws, theme, 3);
    REQUIRE(rule.size() == 3);

    // Two codings of the theme's codes that the rule does not pick first: the last two
    // passages of "Change" (with its sub-codes) in project order, marked in reverse order.
    const auto change = ws.ok({"excerpts", "S.weft", "--code", "Change", "--with-subcodes", "--json"}).json();
    std::vector<nlohmann::json> candidates;
    for (const auto &e : change) {
        bool picked = false;
        for (const ReportQuote &q : rule)
            picked = picked || quotes(q, e);
        if (!picked)
            candidates.push_back(e);
    }
    REQUIRE(candidates.size() >= 2);
    const nlohmann::json first = candidates.back(), second = candidates[candidates.size() - 2];
    const std::string firstId = first["id"], secondId = second["id"];

    const auto marked = ws.ok({"themes", "exemplar", "S.weft", theme, "--coding", firstId, "--coding",
                               secondId, "--json"}).json();
    CHECK(marked["marked"] == 2);
    CHECK(marked["unchanged"] == 0);
    CHECK(marked["exemplars"] == nlohmann::json::array({firstId, secondId}));
    // Marking again keeps the place.
    const auto again = ws.ok({"themes", "exemplar", "S.weft", theme, "--coding", firstId, "--json"}).json();
    CHECK(again["marked"] == 0);
    CHECK(again["unchanged"] == 1);
    CHECK(again["exemplars"] == nlohmann::json::array({firstId, secondId}));

    const auto withMarks = themeQuotes(ws, theme, 3);
    REQUIRE(withMarks.size() == 3);
    CHECK(quotes(withMarks[0], first));
    CHECK(quotes(withMarks[1], second));
    // The rule fills the rest with its own first pick.
    CHECK(withMarks[2].text == rule[0].text);
    // With room for one quote only, the first mark wins.
    const auto one = themeQuotes(ws, theme, 1);
    REQUIRE(one.size() == 1);
    CHECK(quotes(one[0], first));
    CHECK(ws.read("t.md").find("Quotes marked as exemplars by the analysts come first") != std::string::npos);

    // Unmarked, the rule takes over again.
    const auto unmarked = ws.ok({"themes", "exemplar", "S.weft", theme, "--coding", firstId, "--coding",
                                 secondId, "--unmark", "--json"}).json();
    CHECK(unmarked["unmarked"] == 2);
    CHECK(unmarked["exemplars"].empty());
    const auto after = themeQuotes(ws, theme, 3);
    REQUIRE(after.size() == 3);
    for (std::size_t i = 0; i < 3; ++i)
        CHECK(after[i].text == rule[i].text);
}

TEST_CASE("cli: an exemplar of a sub-theme's code counts for its parent, other codings are refused")
{
    CliWorkspace ws;
    std::filesystem::copy_file(study().path("S.weft"), ws.path("S.weft"));
    const auto safety = ws.ok({"excerpts", "S.weft", "--code", "Safety/Confidentiality", "--json"}).json();
    REQUIRE(!safety.empty());
    const nlohmann::json last = safety.back();
    ws.ok({"themes", "exemplar", "S.weft", "Peers make it sayable", "--coding", last["id"].get<std::string>()});
    const auto quoted = themeQuotes(ws, "Peers make it sayable", 2);
    REQUIRE(!quoted.empty());
    CHECK(quotes(quoted[0], last));

    // A barrier is no evidence of "From knowing to doing": refused, nothing marked.
    const auto barriers = ws.ok({"excerpts", "S.weft", "--code", "Barriers", "--with-subcodes", "--json"}).json();
    REQUIRE(!barriers.empty());
    const auto refused = ws.fails({"themes", "exemplar", "S.weft", "From knowing to doing", "--coding",
                                   barriers[0]["id"].get<std::string>()});
    CHECK(refused.err.find("themes link") != std::string::npos);
    CHECK(ws.fails({"themes", "exemplar", "S.weft", "From knowing to doing", "--coding", "no-such-uuid"}).exitCode != 0);
    CHECK(ws.fails({"themes", "exemplar", "S.weft", "From knowing to doing"}).exitCode == 2);
    const auto list = ws.ok({"themes", "exemplar", "S.weft", "From knowing to doing", "--coding",
                             safety[0]["id"].get<std::string>(), "--unmark", "--json"}).json();
    CHECK(list["unchanged"] == 1);
    CHECK(list["exemplars"].empty());
}
