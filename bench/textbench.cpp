// SPDX-License-Identifier: GPL-3.0-or-later
// core/text on the large synthetic inputs the unit tests use for their functional checks (the
// tests no longer time anything). Goals: CodePointIndex's 10 ms budget from its design, and for
// the rest the UI-thread ceiling of design.md ("nothing over ~50 ms"), since each runs on the
// document viewer's thread.

#include "bench/benchmarks.h"
#include "bench/report.h"
#include "bench/timing.h"
#include "core/text/breaks.h"
#include "core/text/textoffsets.h"
#include "core/text/textsearch.h"

#include <string>
#include <vector>

namespace weft::bench {

using namespace weft::core::text;

namespace {

constexpr double kUiThreadMs = 50.0;
volatile std::size_t g_sink = 0;

/// The same deterministic mix of 1- to 4-byte characters, combining marks, RTL letters and
/// emoji sequences as tests/core/texttestsupport.h, so the inputs match the tests'.
std::string mixedText(std::size_t count)
{
    static const std::vector<std::string> pieces{
            "a",
            "Z",
            " ",
            "\n",
            "\u00e9",
            "e\u0301",
            "\U0001F642",
            "\u6f22",
            "\u5b57",
            "\u0645",
            "\u05e9",
            "\U0001F44D\U0001F3FD",
            "\U0010FFFF",
            "\t",
            ".",
    };
    std::string out;
    unsigned state = 12345;
    for (std::size_t i = 0; i < count; ++i) {
        state = state * 1103515245U + 12345U;
        out += pieces[(state >> 16) % pieces.size()];
    }
    return out;
}

/// Repeats `unit` until the text holds at least `codePoints` code points.
std::string repeatTo(const std::string &unit, std::size_t codePoints)
{
    std::string text;
    const std::size_t step = codePointCount(unit);
    for (std::size_t cps = 0; cps < codePoints; cps += step)
        text += unit;
    return text;
}

template<typename F>
Measurement measure(const std::string &key, const std::string &label, int repeat, double goal,
        std::string detail, F &&run)
{
    Measurement m{"text", key, label};
    m.goal = goal;
    m.detail = std::move(detail);
    for (int i = 0; i < repeat; ++i)
        m.add(run());
    return m;
}

} // namespace

void runTextBenchmarks(int repeat, Report &report)
{
    const std::string mixed1M = repeatTo(
            mixedText(1000) + "The quick brown fox jumps over the lazy dog. ", 1'000'000);
    report.add(measure("codepointindex_build", "CodePointIndex build, 1M characters", repeat, 10.0,
            std::to_string(mixed1M.size()) + " bytes of mixed-script text",
            [&] { return timed([&] { g_sink = g_sink + CodePointIndex(mixed1M).size(); }); }));

    std::string mixed25;
    while (mixed25.size() < 2'500'000)
        mixed25 += mixedText(1000);
    const std::u16string utf16 = toUtf16(mixed25);
    report.add(measure("utf16index_build", "Utf16Index build, 2.5 MB mixed text", repeat,
            kUiThreadMs, std::to_string(utf16.size()) + " UTF-16 units (conversion not timed)",
            [&] { return timed([&] { g_sink = g_sink + Utf16Index(utf16).size(); }); }));
    report.add(measure("toutf16", "toUtf16, 2.5 MB mixed text", repeat, kUiThreadMs,
            std::to_string(mixed25.size()) + " bytes",
            [&] { return timed([&] { g_sink = g_sink + toUtf16(mixed25).size(); }); }));

    const std::string sentences
            = repeatTo("I said \U0001F642 yes, and \u05e9\u05dc\u05d5\u05dd to you. ", 1'000'000);
    std::size_t hits = 0;
    report.add(measure("findoccurrences", "findOccurrences, 1M characters", repeat, kUiThreadMs,
            "'yes' in 1M code points, a hit every 31 code points",
            [&] { return timed([&] { hits = findOccurrences(sentences, "yes").size(); }); }));

    std::string paragraph;
    while (paragraph.size() < 3'000'000)
        paragraph += "Ana said \U0001F642 she was fine. Then \u05e9\u05dc\u05d5\u05dd! ";
    paragraph += "The very last sentence.";
    const CodePointIndex paragraphIndex(paragraph);
    const std::size_t near = paragraphIndex.size() - 5;
    constexpr int kLookups = 100;
    report.add(measure("sentencearound_end", "sentenceAround at the end of a 3 MB paragraph",
            repeat, kUiThreadMs,
            "per look-up, mean of " + std::to_string(kLookups) + " (index prebuilt)", [&] {
                return timed([&] {
                    for (int i = 0; i < kLookups; ++i)
                        g_sink = g_sink + sentenceAround(paragraphIndex, {near, near + 1}).start;
                }) / kLookups;
            }));

    std::string han;
    while (han.size() < 3'000'000)
        han += "\u4eca\u5929\u5929\u6c14\u5f88\u597d\u6211\u4eec\u53bb\u516c\u56ed\u5427";
    const CodePointIndex hanIndex(han);
    const std::size_t middle = hanIndex.size() / 2;
    constexpr int kSnaps = 20;
    report.add(measure("snaptowords_cjk", "snapToWords in 1M unspaced Han characters", repeat,
            kUiThreadMs, "per caret snap, mean of " + std::to_string(kSnaps) + " (index prebuilt)",
            [&] {
                return timed([&] {
                    for (int i = 0; i < kSnaps; ++i)
                        g_sink = g_sink + snapToWords(hanIndex, {middle + 1, middle + 1}).start;
                }) / kSnaps;
            }));
    g_sink = g_sink + hits;
}

} // namespace weft::bench
