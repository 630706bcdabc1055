// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/subtitlereader.h"

#include "core/text/normalize.h"
#include "core/text/textoffsets.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using weft::ErrorCode;
using weft::core::DocumentKind;
using weft::core::ImportedDocument;
using weft::core::ImportOptions;
using weft::core::SegmentKind;
using weft::core::SubtitleReader;
using weft::core::text::sliceCodePoints;

namespace {

struct ExpectedTurn {
    std::string speaker;
    std::string timestamp;
    std::string utterance;
};

ImportedDocument readSubtitles(const std::string &bytes)
{
    auto doc = SubtitleReader().read(bytes, ImportOptions{});
    INFO(bytes);
    REQUIRE(doc.ok());
    return std::move(doc).value();
}

/// Checks the turns and that each range, cut from the stored text by code points, is exactly
/// the utterance, and that the text is one "Speaker: utterance" line per turn.
void checkTurns(const ImportedDocument &doc, const std::vector<ExpectedTurn> &expected)
{
    CHECK(doc.kind == DocumentKind::Interview);
    CHECK(weft::core::text::toStoredText(doc.text) == doc.text);
    REQUIRE(doc.segments.size() == expected.size());
    std::string lines;
    for (std::size_t i = 0; i < expected.size(); ++i) {
        const auto &segment = doc.segments[i];
        INFO("turn " << i);
        CHECK(segment.kind == SegmentKind::Turn);
        CHECK(segment.label == expected[i].speaker);
        CHECK(segment.timestamp == expected[i].timestamp);
        CHECK(sliceCodePoints(doc.text, static_cast<std::size_t>(segment.start),
                      static_cast<std::size_t>(segment.end))
                == expected[i].utterance);
        if (i > 0)
            lines += "\n";
        if (!expected[i].speaker.empty())
            lines += expected[i].speaker + ": ";
        lines += expected[i].utterance;
    }
    CHECK(doc.text == lines);
}

} // namespace

TEST_CASE("SubtitleReader reads a Zoom WebVTT transcript and merges a speaker's cues", "[vtt]")
{
    const auto doc = readSubtitles("WEBVTT\n\n"
                                   "1\n00:00:01.000 --> 00:00:04.500\n"
                                   "Interviewer: Thanks for joining today.\n\n"
                                   "2\n00:00:04.600 --> 00:00:08.000\n"
                                   "Interviewer: Can you tell me about the program?\n\n"
                                   "3\n00:00:09.250 --> 00:00:12.000\n"
                                   "Jane Doe: Sure. It was great \U0001F642\n\n"
                                   "4\n00:00:12.100 --> 00:00:15.999\n"
                                   "Jane Doe: I met peers there.\n\n"
                                   "5\n01:02:03.999 --> 01:02:05.000\n"
                                   "Interviewer: Thank you.\n");
    checkTurns(doc,
            {{"Interviewer", "00:00:01",
                     "Thanks for joining today. Can you tell me about the program?"},
                    {"Jane Doe", "00:00:09", "Sure. It was great \U0001F642 I met peers there."},
                    {"Interviewer", "01:02:03", "Thank you."}});
    CHECK(doc.encoding == "UTF-8");
}

TEST_CASE("SubtitleReader reads Teams voice tags, skips NOTE and STYLE blocks", "[vtt]")
{
    const auto doc
            = readSubtitles("\xEF\xBB\xBFWEBVTT - exported\nKind: captions\nLanguage: es\n\n"
                            "NOTE exported by Teams\nwith two lines\n\n"
                            "STYLE\n::cue { color: red }\n\n"
                            "REGION\nid:left width:40%\n\n"
                            "a1b2c3d4-1\n00:00:00.000 --> 00:00:02.000 align:start position:10%\n"
                            "<v Ana Mar\u00eda L\u00f3pez>Hola, \u00bfqu\u00e9 tal?</v>\n\n"
                            "a1b2c3d4-2\n00:01:02.500 --> 00:01:05.000\n"
                            "<v Ana Mar\u00eda L\u00f3pez>Bien &amp; <b>t\u00fa</b>?</v>\n\n"
                            "01:05.000 --> 01:07.000\n"
                            "<v.loud Bob Smith>I'm <i>fine</i> &lt;3 <c.yellow>really</c>\n"
                            "on two lines</v>\n\n"
                            "01:08.000 --> 01:09.000\n<v Ana Mar\u00eda L\u00f3pez>Vale.\n");
    checkTurns(doc,
            {{"Ana Mar\u00eda L\u00f3pez", "00:00:00", "Hola, \u00bfqu\u00e9 tal? Bien & t\u00fa?"},
                    {"Bob Smith", "00:01:05", "I'm fine <3 really on two lines"},
                    {"Ana Mar\u00eda L\u00f3pez", "00:01:08", "Vale."}});
}

TEST_CASE("SubtitleReader reads Otter SRT, unlabelled cues continue the speaker", "[vtt][srt]")
{
    const auto doc = readSubtitles("1\r\n00:00:00,000 --> 00:00:03,200\r\n"
                                   "Speaker 1: Welcome back.\r\n\r\n"
                                   "2\r\n00:00:03,200 --> 00:00:06,000\r\n"
                                   "This continues speaker one.\r\n\r\n"
                                   "3\r\n00:00:06,500 --> 00:00:09,000\r\n"
                                   "Speaker 2: Thanks, glad to be here.\r\n"
                                   "Speaker 1: Great.\r\n\r\n"
                                   "4\r\n00:00:09,000 --> 00:00:11,000\r\n"
                                   "And so on.\r\n");
    checkTurns(doc,
            {{"Speaker 1", "00:00:00", "Welcome back. This continues speaker one."},
                    {"Speaker 2", "00:00:06", "Thanks, glad to be here."},
                    {"Speaker 1", "00:00:06", "Great. And so on."}});
}

TEST_CASE("SubtitleReader reads SRT without speakers, a pause starting a new turn", "[vtt][srt]")
{
    const auto doc = readSubtitles("1\n00:00:00,000 --> 00:00:02,000\nHello there,\n\n"
                                   "2\n00:00:02,500 --> 00:00:04,000\n<i>how are</i> you?\n\n"
                                   "3\n00:00:10,000 --> 00:00:12,000\n{\\an8}Fine, thanks.\n");
    checkTurns(doc,
            {{"", "00:00:00", "Hello there, how are you?"}, {"", "00:00:10", "Fine, thanks."}});
}

TEST_CASE("SubtitleReader ranges stay exact with emoji and composed characters", "[vtt]")
{
    // decomposed input (e + U+0301, o + U+0308) is stored NFC, so offsets must follow NFC;
    // "Zoe\u0308" and "Zo\u00eb" are one speaker
    const auto doc
            = readSubtitles("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n"
                            "Zoe\u0308: \U0001F44D\U0001F3FD cafe\u0301 \U0001F642\U0001F642 ok\n\n"
                            "00:00:02.000 --> 00:00:03.000\n"
                            "Zo\u00eb: \U0001F468\u200D\U0001F469\u200D\U0001F467 family\n\n"
                            "00:00:03.500 --> 00:00:05.000\n"
                            "\u674e\u534e: \u6211\u5f88\u597d\U0001F600\n\n"
                            "00:00:05.000 --> 00:00:06.000\n"
                            "<v \U0001F916 Bot>beep \u0645\u0631\u062d\u0628\u0627</v>\n");
    checkTurns(doc,
            {{"Zo\u00eb", "00:00:01",
                     "\U0001F44D\U0001F3FD caf\u00e9 \U0001F642\U0001F642 ok "
                     "\U0001F468\u200D\U0001F469\u200D\U0001F467 family"},
                    {"\u674e\u534e", "00:00:03", "\u6211\u5f88\u597d\U0001F600"},
                    {"\U0001F916 Bot", "00:00:05", "beep \u0645\u0631\u062d\u0628\u0627"}});
    // the first turn starts after "Zo\u00eb: ", five code points
    CHECK(doc.segments[0].start == 5);
}

TEST_CASE("SubtitleReader only takes plausible speaker labels", "[vtt]")
{
    const auto doc = readSubtitles(
            "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nAt 10:30 we met.\n\n"
            "00:00:02.000 --> 00:00:03.000\nWell, honestly: it was hard.\n\n"
            "00:00:03.000 --> 00:00:04.000\nSee https://example.org for more.\n\n"
            "00:00:04.000 --> 00:00:05.000\nThis is a much longer sentence before a colon: "
            "not a name.\n\n"
            "00:00:05.000 --> 00:00:06.000\nDr. Smith: Now a label.\n");
    checkTurns(doc,
            {{"", "00:00:01",
                     "At 10:30 we met. Well, honestly: it was hard. See https://example.org for "
                     "more. This is a much longer sentence before a colon: not a name."},
                    {"Dr. Smith", "00:00:05", "Now a label."}});
}

TEST_CASE("SubtitleReader keeps text after a stray blank line and names from label-only lines",
        "[vtt][srt]")
{
    const auto doc = readSubtitles("1\n00:00:01,000 --> 00:00:02,000\nAnn: first part\n\n"
                                   "second part after a blank line\n\n"
                                   "2\n00:00:03,000 --> 00:00:04,000\nBen:\n\n"
                                   "3\n00:00:04,000 --> 00:00:05,000\nreply to Ann\n");
    checkTurns(doc,
            {{"Ann", "00:00:01", "first part second part after a blank line"},
                    {"Ben", "00:00:04", "reply to Ann"}});
}

TEST_CASE("SubtitleReader decodes legacy encodings and UTF-16", "[vtt][srt]")
{
    SECTION("windows-1252 SRT")
    {
        const auto doc = readSubtitles("1\n00:00:01,000 --> 00:00:02,000\nRen\xe9: \x93"
                                       "Caf\xe9\x94 \x80 5\n");
        checkTurns(doc, {{"Ren\u00e9", "00:00:01", "\u201cCaf\u00e9\u201d \u20ac 5"}});
        CHECK(doc.encoding == "windows-1252");
    }
    SECTION("UTF-16LE WebVTT with a BOM")
    {
        const std::u16string text = u"WEBVTT\r\n\r\n00:00:01.000 --> 00:00:02.000\r\n"
                                    u"<v J\u00fcrgen>Gr\u00fc\u00df dich \U0001F642</v>\r\n";
        std::string bytes = "\xFF\xFE";
        for (const char16_t unit : text) {
            bytes.push_back(static_cast<char>(unit & 0xFF));
            bytes.push_back(static_cast<char>(unit >> 8));
        }
        const auto doc = readSubtitles(bytes);
        checkTurns(doc, {{"J\u00fcrgen", "00:00:01", "Gr\u00fc\u00df dich \U0001F642"}});
        CHECK(doc.encoding == "UTF-16LE");
    }
}

TEST_CASE("SubtitleReader refuses files without cues", "[vtt][srt]")
{
    for (const std::string &bytes : {std::string(), std::string("WEBVTT\n\nNOTE nothing here\n"),
                 std::string("Just a plain text file.\nWith lines.\n"),
                 std::string("1\n00:00:01,000 -> broken\ntext\n"),
                 std::string("\x00\x01\x02", 3)}) {
        const auto doc = SubtitleReader().read(bytes, ImportOptions{});
        INFO(bytes);
        REQUIRE_FALSE(doc.ok());
        CHECK(doc.error().code == ErrorCode::BadFormat);
    }
}

TEST_CASE("SubtitleReader survives malformed timings and markup", "[vtt][srt]")
{
    const auto doc = readSubtitles(
            "WEBVTT\n\n99:99 --> \nA: broken timing still text\n\n"
            "00:00:01.000 --> 00:00:02.000\n<v Unclosed name\nB: a < b and c > d <\n\n"
            "00:00:03.000 --> 00:00:04.000\n&bogus; &#xD800; &#99999999; &#65;\n");
    REQUIRE_FALSE(doc.segments.empty());
    CHECK(weft::core::text::isValidUtf8(doc.text));
    CHECK(doc.text.find("a < b and c > d <") != std::string::npos);
    CHECK(doc.text.find("&bogus; &#xD800; &#99999999; A") != std::string::npos);
}
