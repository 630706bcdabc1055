// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/textsearch.h"

#include "core/text/normalize.h"
#include "core/text/textoffsets.h"
#include "texttestsupport.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace weft::core::text;
using weft::core::text::test::mixedText;
using Ranges = std::vector<CodePointRange>;

TEST_CASE("CodePointRange compares by value", "[text][search]")
{
    CHECK(CodePointRange{1, 3} == CodePointRange{1, 3});
    CHECK_FALSE(CodePointRange{1, 3} == CodePointRange{1, 4});
    CHECK(CodePointRange{2, 5}.length() == 3);
    CHECK(CodePointRange{4, 4}.empty());
    CHECK(CodePointRange{5, 2}.empty());
}

TEST_CASE("findOccurrences finds ASCII hits in code points", "[text][search]")
{
    CHECK(findOccurrences("the cat and the hat", "the") == Ranges{{0, 3}, {12, 15}});
    CHECK(findOccurrences("abc", "abc") == Ranges{{0, 3}});
    CHECK(findOccurrences("abc", "x").empty());
}

TEST_CASE("findOccurrences counts emoji and astral characters as one", "[text][search]")
{
    const std::string text = "\U0001F642 hope \U0001F642\U0001F642 hope \U0010FFFF hope";
    CHECK(findOccurrences(text, "hope") == Ranges{{2, 6}, {10, 14}, {17, 21}});
    CHECK(findOccurrences(text, "\U0001F642") == Ranges{{0, 1}, {7, 8}, {8, 9}});
    CHECK(findOccurrences(text, "\U0001F642\U0001F642") == Ranges{{7, 9}});
}

TEST_CASE("findOccurrences in CJK, Arabic and Hebrew text", "[text][search]")
{
    CHECK(findOccurrences("\u6f22\u5b57\u3068\u6f22\u5b57", "\u6f22\u5b57")
            == Ranges{{0, 2}, {3, 5}});
    // Arabic "marhaban" twice; logical order, RTL display does not matter to offsets
    const std::string arabic = "\u0645\u0631\u062d\u0628\u0627 \u0645\u0631\u062d\u0628\u0627";
    CHECK(findOccurrences(arabic, "\u0645\u0631\u062d\u0628\u0627") == Ranges{{0, 5}, {6, 11}});
    const std::string hebrew = "\u05e9\u05dc\u05d5\u05dd, \u05e9\u05dc\u05d5\u05dd!";
    CHECK(findOccurrences(hebrew, "\u05e9\u05dc\u05d5\u05dd") == Ranges{{0, 4}, {6, 10}});
}

TEST_CASE("findOccurrences is case-sensitive and exact", "[text][search]")
{
    CHECK(findOccurrences("Hope hope HOPE", "hope") == Ranges{{5, 9}});
    CHECK(findOccurrences("caf\u00e9", "cafe").empty());
}

TEST_CASE("findOccurrences matches combining marks once both sides are NFC", "[text][search]")
{
    const std::string stored = toNfc("cafe\u0301 and caf\u00e9");
    CHECK(findOccurrences(stored, toNfc("cafe\u0301")) == Ranges{{0, 4}, {9, 13}});
    // decomposed text kept as is: the mark is its own code point
    CHECK(findOccurrences("e\u0301e\u0301", "e\u0301") == Ranges{{0, 2}, {2, 4}});
}

TEST_CASE("findOccurrences returns non-overlapping hits left to right", "[text][search]")
{
    CHECK(findOccurrences("aaaa", "aa") == Ranges{{0, 2}, {2, 4}});
    CHECK(findOccurrences("aaaaa", "aa") == Ranges{{0, 2}, {2, 4}});
    CHECK(findOccurrences("abababa", "aba") == Ranges{{0, 3}, {4, 7}});
    CHECK(findOccurrences("\U0001F642\U0001F642\U0001F642", "\U0001F642\U0001F642")
            == Ranges{{0, 2}});
}

TEST_CASE("findOccurrences with empty or oversized needles", "[text][search]")
{
    CHECK(findOccurrences("text", "").empty());
    CHECK(findOccurrences("", "").empty());
    CHECK(findOccurrences("", "a").empty());
    CHECK(findOccurrences("ab", "abc").empty());
}

TEST_CASE("findOccurrences hits slice back to the needle", "[text][search]")
{
    const std::string text = mixedText(20000);
    const std::string needle = "\U0001F642\u6f22";
    const auto hits = findOccurrences(text, needle);
    REQUIRE_FALSE(hits.empty());
    const CodePointIndex index(text);
    for (const auto &hit : hits)
        REQUIRE(index.slice(hit.start, hit.end) == needle);
    // and nothing was missed: count with a plain byte search
    std::size_t expected = 0;
    for (auto pos = text.find(needle); pos != std::string::npos;
            pos = text.find(needle, pos + needle.size()))
        ++expected;
    CHECK(hits.size() == expected);
}

TEST_CASE("findOccurrences on a million characters with many hits", "[text][search][large]")
{
    const std::string sentence = "I said \U0001F642 yes, and \u05e9\u05dc\u05d5\u05dd to you. ";
    std::string text;
    for (std::size_t cps = 0; cps < 1'000'000; cps += codePointCount(sentence))
        text += sentence;
    const auto hits = findOccurrences(text, "yes"); // search time: weft-bench, "text" section
    REQUIRE(hits.size() > 20000);
    const CodePointIndex index(text);
    CHECK(index.slice(hits.back().start, hits.back().end) == "yes");
    CHECK(hits[1].start - hits[0].start == 31); // the sentence is 31 code points long
}
