// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/breaks.h"

#include "core/text/textoffsets.h"
#include "texttestsupport.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

using namespace weft::core::text;
using Boundaries = std::vector<std::size_t>;

namespace {

std::string_view slice(std::string_view text, CodePointRange range)
{
    return sliceCodePoints(text, range.start, range.end);
}

} // namespace

TEST_CASE("wordBoundaries splits words, spaces and punctuation", "[text][breaks]")
{
    CHECK(wordBoundaries("Hello, world!") == Boundaries{0, 5, 6, 7, 12, 13});
    CHECK(wordBoundaries("a  b") == Boundaries{0, 1, 3, 4}); // a run of spaces is one segment
    CHECK(wordBoundaries("don't 3.14 e-mail") == Boundaries{0, 5, 6, 10, 11, 12, 13, 17});
}

TEST_CASE("wordBoundaries of empty text is just zero", "[text][breaks]")
{
    CHECK(wordBoundaries("") == Boundaries{0});
}

TEST_CASE("wordBoundaries never split a combining mark from its letter", "[text][breaks]")
{
    // "café été" with the second word decomposed: e + U+0301
    CHECK(wordBoundaries("caf\u00e9 e\u0301t\u00e9") == Boundaries{0, 4, 5, 9});
    CHECK(wordBoundaries("cafe\u0301s") == Boundaries{0, 6});
}

TEST_CASE("wordBoundaries count emoji as single code points", "[text][breaks]")
{
    // "I 🙂 you 👍🏽 ok": the skin tone modifier stays with its thumb
    CHECK(wordBoundaries("I \U0001F642 you \U0001F44D\U0001F3FD ok")
            == Boundaries{0, 1, 2, 3, 4, 7, 8, 10, 11, 13});
}

TEST_CASE("wordBoundaries use dictionaries for CJK and Thai", "[text][breaks]")
{
    CHECK(wordBoundaries("\u6f22\u5b57\u3068\u4eee\u540d")
            == Boundaries{0, 2, 3, 5}); // 漢字|と|仮名
    // 今日|は|いい|天気|です
    CHECK(wordBoundaries("\u4eca\u65e5\u306f\u3044\u3044\u5929\u6c17\u3067\u3059")
            == Boundaries{0, 2, 3, 5, 7, 9});
    // Thai "sawasdee khrap", no spaces
    CHECK(wordBoundaries("\u0e2a\u0e27\u0e31\u0e2a\u0e14\u0e35\u0e04\u0e23\u0e31\u0e1a")
            == Boundaries{0, 6, 10});
}

TEST_CASE("wordBoundaries in Arabic and Hebrew follow logical order", "[text][breaks]")
{
    CHECK(wordBoundaries("\u0645\u0631\u062d\u0628\u0627 \u0628\u0643\u0645")
            == Boundaries{0, 5, 6, 9});
    CHECK(wordBoundaries("\u05e9\u05dc\u05d5\u05dd \u05e2\u05d5\u05dc\u05dd")
            == Boundaries{0, 4, 5, 9});
}

TEST_CASE("snapToWords extends a partial selection to whole words", "[text][breaks]")
{
    CHECK(snapToWords("hello world", {2, 8}) == CodePointRange{0, 11});
    CHECK(snapToWords("hello world", {0, 5}) == CodePointRange{0, 5}); // already whole
    CHECK(snapToWords("hello world", {1, 2}) == CodePointRange{0, 5});
    const std::string text = "I felt \U0001F642 really \u05e9\u05dc\u05d5\u05dd today";
    const auto snapped = snapToWords(text, {10, 17});
    CHECK(slice(text, snapped) == "really \u05e9\u05dc\u05d5\u05dd");
}

TEST_CASE("snapToWords turns a caret inside a word into the word", "[text][breaks]")
{
    CHECK(snapToWords("hello world", {2, 2}) == CodePointRange{0, 5});
    CHECK(snapToWords("hello world", {5, 5}) == CodePointRange{5, 5}); // on a boundary
    CHECK(snapToWords("cafe\u0301s", {4, 4}) == CodePointRange{0, 6});
    // a caret between an emoji and its skin tone modifier takes the whole sequence
    CHECK(snapToWords("I \U0001F44D\U0001F3FD it", {3, 3}) == CodePointRange{2, 4});
}

TEST_CASE("snapToWords moves ends off partial runs of spaces", "[text][breaks]")
{
    CHECK(snapToWords("one   two", {1, 5}) == CodePointRange{0, 3});
    CHECK(snapToWords("one   two", {4, 8}) == CodePointRange{6, 9});
    CHECK(snapToWords("  hello  ", {1, 8}) == CodePointRange{2, 7});
    CHECK(snapToWords("a   b", {2, 3}) == CodePointRange{2, 3}); // only spaces: unchanged
    CHECK(snapToWords("a   b", {2, 2}) == CodePointRange{2, 2});
}

TEST_CASE("snapToWords is idempotent", "[text][breaks]")
{
    const std::string text = "Ana: I \U0001F642 think \u6f22\u5b57\u3068 caf\u00e9s, really.";
    for (std::size_t start = 0; start < 30; start += 3) {
        for (std::size_t end = start; end < 32; end += 5) {
            const auto once = snapToWords(text, {start, end});
            INFO("range " << start << ".." << end);
            CHECK(snapToWords(text, once) == once);
            CHECK(once.start <= std::max(start, once.start));
        }
    }
}

TEST_CASE("snapToWords clamps and orders its range", "[text][breaks]")
{
    CHECK(snapToWords("hello", {10, 20}) == CodePointRange{5, 5});
    CHECK(snapToWords("hello world", {8, 2}) == CodePointRange{0, 11}); // backwards drag
    CHECK(snapToWords("", {0, 3}) == CodePointRange{0, 0});
    CHECK(snapToWords("hello", {3, 99}) == CodePointRange{0, 5});
}

TEST_CASE("snapToWords with an index agrees with the plain version", "[text][breaks]")
{
    const std::string text = weft::core::text::test::mixedText(3000);
    const CodePointIndex index(text);
    for (std::size_t start = 0; start < index.size(); start += 97) {
        const CodePointRange range{start, start + 13};
        INFO("range " << range.start);
        REQUIRE(snapToWords(index, range) == snapToWords(text, range));
    }
    CHECK(snapToWords(index, {index.size() + 4, 2}) == snapToWords(text, {index.size() + 4, 2}));
}

TEST_CASE("snapToWords matches the word boundaries of the whole text", "[text][breaks]")
{
    // snapToWords runs ICU on a window around the range; this checks the window never changes
    // the answer, against boundaries computed over the whole text. " \u0301" puts a combining
    // mark after a space, where a window must not be cut.
    std::string text;
    for (int i = 0; i < 6; ++i)
        text += weft::core::text::test::mixedText(1500) + " \u0301x \u0301 y\t\u0301\n";
    const CodePointIndex index(text);
    const auto bounds = wordBoundaries(text);
    REQUIRE(bounds.back() == index.size());

    const auto isBound
            = [&](std::size_t cp) { return std::binary_search(bounds.begin(), bounds.end(), cp); };
    const auto segmentAround = [&](std::size_t cp) {
        const auto next = std::upper_bound(bounds.begin(), bounds.end(), cp);
        return CodePointRange{*(next - 1), *next};
    };
    const auto onlySpaces = [&](CodePointRange seg) {
        const std::string_view bytes = index.slice(seg.start, seg.end);
        return bytes.find_first_not_of(" \t\n") == std::string_view::npos;
    };
    const auto expected = [&](CodePointRange r) {
        CodePointRange out = r;
        if (!isBound(r.start)) {
            const auto seg = segmentAround(r.start);
            out.start = onlySpaces(seg) ? seg.end : seg.start;
        }
        if (!isBound(r.end)) {
            const auto seg = segmentAround(r.end);
            out.end = onlySpaces(seg) ? seg.start : seg.end;
        }
        return out.start > out.end ? r : out;
    };

    unsigned state = 7;
    for (int i = 0; i < 400; ++i) {
        state = state * 1103515245U + 12345U;
        const std::size_t start = (state >> 8) % index.size();
        const std::size_t end = std::min(index.size(), start + (state >> 4) % 40);
        INFO("range " << start << ".." << end);
        REQUIRE(snapToWords(index, {start, end}) == expected({start, end}));
    }
}

TEST_CASE("snapToWords stays local in unspaced CJK text", "[text][breaks][large]")
{
    std::string text; // a million Han characters with no space or punctuation
    while (text.size() < 3'000'000)
        text += "\u4eca\u5929\u5929\u6c14\u5f88\u597d\u6211\u4eec\u53bb\u516c\u56ed\u5427";
    const CodePointIndex index(text);
    const std::size_t middle = index.size() / 2;
    // Time per snap is measured by weft-bench ("text" section).
    const CodePointRange snapped = snapToWords(index, {middle + 1, middle + 1});
    CHECK(snapped.start <= middle + 1);
    CHECK(snapped.end > middle + 1);
    CHECK(snapped.length() <= 4); // a dictionary word, not the whole run
}

TEST_CASE("sentenceAround finds the sentence of a range or caret", "[text][breaks]")
{
    const std::string text = "First sentence. Second one? Third!\nFourth line";
    CHECK(slice(text, sentenceAround(text, {3, 5})) == "First sentence.");
    CHECK(slice(text, sentenceAround(text, {0, 0})) == "First sentence.");
    CHECK(slice(text, sentenceAround(text, {15, 15})) == "First sentence.");
    CHECK(slice(text, sentenceAround(text, {16, 16})) == "Second one?"); // caret at its start
    CHECK(slice(text, sentenceAround(text, {20, 20})) == "Second one?");
    CHECK(slice(text, sentenceAround(text, {30, 30})) == "Third!");
    CHECK(slice(text, sentenceAround(text, {36, 38})) == "Fourth line"); // a line end breaks
    CHECK(sentenceAround(text, {46, 46}) == CodePointRange{35, 46}); // caret at the end
    CHECK(sentenceAround(text, {100, 200}) == CodePointRange{35, 46});
}

TEST_CASE("sentenceAround spans every sentence the range touches", "[text][breaks]")
{
    const std::string text = "First sentence. Second one? Third!";
    CHECK(slice(text, sentenceAround(text, {14, 18})) == "First sentence. Second one?");
    CHECK(sentenceAround(text, {0, 34}) == CodePointRange{0, 34});
    CHECK(sentenceAround(text, {25, 3}) == CodePointRange{0, 27}); // reversed
}

TEST_CASE("sentenceAround never cuts into the range when trimming", "[text][breaks]")
{
    const std::string text = "One. Two.  \nThree.";
    CHECK(slice(text, sentenceAround(text, {6, 7})) == "Two.");
    CHECK(sentenceAround(text, {6, 11}) == CodePointRange{5, 11}); // the user selected spaces
    CHECK(sentenceAround("", {0, 0}) == CodePointRange{0, 0});
    CHECK(sentenceAround("", {3, 9}) == CodePointRange{0, 0});
}

TEST_CASE("sentenceAround treats each line as its own paragraph", "[text][breaks]")
{
    const std::string text = "Ana: I was tired\nBen: why so\n\nAna: work. Long days.\n";
    CHECK(slice(text, sentenceAround(text, {5, 6})) == "Ana: I was tired");
    CHECK(slice(text, sentenceAround(text, {17, 17})) == "Ben: why so"); // caret at line start
    CHECK(slice(text, sentenceAround(text, {16, 16})) == "Ana: I was tired"); // on the line end
    CHECK(sentenceAround(text, {29, 29}) == CodePointRange{29, 29}); // empty line: nothing
    CHECK(slice(text, sentenceAround(text, {42, 44})) == "Long days.");
    CHECK(slice(text, sentenceAround(text, {10, 20})) == "Ana: I was tired\nBen: why so");
    CHECK(sentenceAround(text, {52, 52}) == CodePointRange{52, 52}); // caret on the empty last line
    CHECK(slice(text, sentenceAround(text, {51, 51})) == "Long days."); // on the line end
}

TEST_CASE("sentenceAround in emoji, CJK and RTL text", "[text][breaks]")
{
    CHECK(slice("Hi \U0001F642. Bye.", sentenceAround("Hi \U0001F642. Bye.", {1, 1}))
            == "Hi \U0001F642.");
    const std::string japanese
            = "\u4eca\u65e5\u306f\u6674\u308c\u3002\u660e\u65e5\u306f\u96e8\u3002";
    CHECK(sentenceAround(japanese, {7, 7}) == CodePointRange{6, 11}); // 明日は雨。
    const std::string hebrew
            = "\u05e9\u05dc\u05d5\u05dd. \u05de\u05d4 \u05e9\u05dc\u05d5\u05de\u05da?";
    CHECK(sentenceAround(hebrew, {7, 7}) == CodePointRange{6, 15});
    const std::string arabic = "\u0645\u0631\u062d\u0628\u0627. \u0643\u064a\u0641 "
                               "\u062d\u0627\u0644\u0643\u061f \u062c\u064a\u062f.";
    CHECK(slice(arabic, sentenceAround(arabic, {8, 9}))
            == "\u0643\u064a\u0641 \u062d\u0627\u0644\u0643\u061f");
}

TEST_CASE("sentenceAround honours a locale's abbreviation list", "[text][breaks]")
{
    const std::string text = "Mr. Smith came. He sat.";
    CHECK(sentenceAround(text, {5, 6}) == CodePointRange{4, 15}); // root
    CHECK(sentenceAround(text, {5, 6}, "en@ss=standard") == CodePointRange{0, 15}); // English
    CHECK(sentenceAround(text, {17, 18}, "en@ss=standard") == CodePointRange{16, 23});
}

TEST_CASE("sentenceAround with an index works near the end of a large text",
        "[text][breaks][large]")
{
    std::string text;
    while (text.size() < 3'000'000)
        text += "Ana said \U0001F642 she was fine. Then \u05e9\u05dc\u05d5\u05dd! ";
    text += "The very last sentence.";
    const CodePointIndex index(text);
    const std::size_t near = index.size() - 5;
    // Time per look-up is measured by weft-bench ("text" section).
    const CodePointRange found = sentenceAround(index, {near, near + 1});
    CHECK(index.slice(found.start, found.end) == "The very last sentence.");
    CHECK(sentenceAround(text, {near, near + 1}) == found);
    CHECK(snapToWords(index, {near, near}) == CodePointRange{index.size() - 9, index.size() - 1});
}
