// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/subtitlereader.h"
#include "core/text/utf8.h"

#include "core/text/charset.h"
#include "core/text/normalize.h"
#include "core/text/textoffsets.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace weft::core {

namespace {

/// Longest "Name: " prefix taken as a speaker label; longer text before a colon is speech.
constexpr std::size_t kMaxLabelBytes = 60;
constexpr int kMaxLabelWords = 5;

bool isBlank(std::string_view line)
{
    return line.find_first_not_of(" \t") == std::string_view::npos;
}

std::string_view trim(std::string_view s)
{
    const std::size_t first = s.find_first_not_of(" \t");
    if (first == std::string_view::npos)
        return {};
    const std::size_t last = s.find_last_not_of(" \t");
    return s.substr(first, last - first + 1);
}

bool isAsciiAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

std::vector<std::string_view> splitLines(std::string_view text)
{
    std::vector<std::string_view> lines;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) {
            lines.push_back(text.substr(start));
            break;
        }
        lines.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return lines;
}

/// "01:02:03.500", "02:03.500", "01:02:03,500" (SRT) or without a fraction: milliseconds.
std::optional<long long> parseTimestamp(std::string_view s)
{
    s = trim(s);
    long long fields[3] = {0, 0, 0};
    int count = 0;
    std::size_t i = 0;
    while (true) {
        if (i >= s.size() || !isDigit(s[i]) || count == 3)
            return std::nullopt;
        long long value = 0;
        int digits = 0;
        while (i < s.size() && isDigit(s[i])) {
            if (++digits > 9)
                return std::nullopt;
            value = value * 10 + (s[i] - '0');
            ++i;
        }
        fields[count++] = value;
        if (i < s.size() && s[i] == ':') {
            ++i;
            continue;
        }
        break;
    }
    if (count < 2)
        return std::nullopt;
    long long millis = 0;
    if (i < s.size() && (s[i] == '.' || s[i] == ',')) {
        ++i;
        long long scale = 100;
        while (i < s.size() && isDigit(s[i])) {
            millis += (s[i] - '0') * scale;
            scale /= 10;
            ++i;
        }
    }
    const long long hours = count == 3 ? fields[0] : 0;
    const long long minutes = count == 3 ? fields[1] : fields[0];
    const long long seconds = count == 3 ? fields[2] : fields[1];
    return ((hours * 60 + minutes) * 60 + seconds) * 1000 + millis;
}

/// "hh:mm:ss", milliseconds truncated, as Weft stores turn timestamps.
std::string formatTimestamp(long long millis)
{
    const long long total = millis / 1000;
    const auto two = [](long long v) {
        std::string s = std::to_string(v);
        return s.size() < 2 ? "0" + s : s;
    };
    return two(total / 3600) + ":" + two(total / 60 % 60) + ":" + two(total % 60);
}

using text::detail::appendUtf8;

/// The character references WebVTT defines plus the numeric forms; anything else is text.
std::string decodeEntities(std::string_view s)
{
    std::string out;
    out.reserve(s.size());
    std::size_t i = 0;
    while (i < s.size()) {
        if (s[i] != '&') {
            out.push_back(s[i++]);
            continue;
        }
        const std::size_t semi = s.find(';', i);
        if (semi == std::string_view::npos || semi - i > 10) {
            out.push_back(s[i++]);
            continue;
        }
        const std::string_view name = s.substr(i + 1, semi - i - 1);
        char32_t cp = 0;
        if (name == "amp")
            cp = '&';
        else if (name == "lt")
            cp = '<';
        else if (name == "gt")
            cp = '>';
        else if (name == "quot")
            cp = '"';
        else if (name == "apos")
            cp = '\'';
        else if (name == "nbsp")
            cp = 0x00A0;
        else if (name == "lrm")
            cp = 0x200E;
        else if (name == "rlm")
            cp = 0x200F;
        else if (name.size() >= 2 && name[0] == '#') {
            const bool hex = name[1] == 'x' || name[1] == 'X';
            unsigned long value = 0;
            bool valid = name.size() > (hex ? 2u : 1u);
            for (std::size_t k = hex ? 2 : 1; k < name.size() && valid; ++k) {
                const char c = name[k];
                int digit = -1;
                if (isDigit(c))
                    digit = c - '0';
                else if (hex && c >= 'a' && c <= 'f')
                    digit = c - 'a' + 10;
                else if (hex && c >= 'A' && c <= 'F')
                    digit = c - 'A' + 10;
                if (digit < 0)
                    valid = false;
                else
                    value = value * (hex ? 16 : 10) + static_cast<unsigned long>(digit);
            }
            if (valid && value > 0 && value <= 0x10FFFF && !(value >= 0xD800 && value <= 0xDFFF))
                cp = static_cast<char32_t>(value);
        }
        if (cp == 0) {
            out.push_back(s[i++]);
            continue;
        }
        appendUtf8(out, cp);
        i = semi + 1;
    }
    return out;
}

/// Collapses runs of spaces and tabs into one space and trims: cue lines are joined into one
/// utterance line.
std::string collapseSpaces(std::string_view s)
{
    std::string out;
    bool space = false;
    for (const char c : s) {
        if (c == ' ' || c == '\t' || c == '\n') {
            space = true;
            continue;
        }
        if (space && !out.empty())
            out.push_back(' ');
        space = false;
        out.push_back(c);
    }
    return out;
}

/// A "Name: " label at the start of a line, as Zoom and Otter write speakers. Conservative,
/// because a false label would split a turn: a short run of at most five words starting with
/// a letter, without sentence punctuation, followed by a colon and a space.
std::optional<std::size_t> speakerPrefixLength(std::string_view line)
{
    const std::size_t colon = line.find(':');
    if (colon == std::string_view::npos || colon == 0 || colon > kMaxLabelBytes)
        return std::nullopt;
    if (colon + 1 < line.size() && line[colon + 1] != ' ' && line[colon + 1] != '\t')
        return std::nullopt;
    const std::string_view label = trim(line.substr(0, colon));
    if (label.empty())
        return std::nullopt;
    const auto first = static_cast<unsigned char>(label.front());
    if (first < 0x80 && !isAsciiAlpha(label.front()))
        return std::nullopt;
    int words = 1;
    for (std::size_t i = 0; i < label.size(); ++i) {
        const char c = label[i];
        if (c == ' ' && i > 0 && label[i - 1] != ' ')
            ++words;
        if (std::string_view(",;!?\"<>/\\()[]{}@#=*&|").find(c) != std::string_view::npos)
            return std::nullopt;
    }
    if (words > kMaxLabelWords)
        return std::nullopt;
    return colon + 1;
}

/// Text of one cue attributed to a speaker (nullopt: the cue does not say who speaks).
struct Piece {
    std::optional<std::string> speaker;
    std::string text;
};

/// Splits a cue's lines into speaker pieces: <v Name> voice spans, then "Name: " prefixes;
/// other tags (<i>, <c.x>, <00:00:01.000>, </v>) and SRT {\an8} overrides are stripped.
std::vector<Piece> cuePieces(const std::vector<std::string_view> &lines)
{
    std::vector<Piece> pieces;
    Piece current;
    const auto flush = [&] {
        if (!current.text.empty() || current.speaker)
            pieces.push_back(std::move(current)); // "Jane:" alone names the next cue's speaker
        current = Piece{};
    };
    // adds text that names its speaker (or nullopt: continues the current piece)
    const auto add = [&](std::optional<std::string> speaker, std::string_view words) {
        if (speaker && (!current.speaker || *speaker != *current.speaker)) {
            flush();
            current.speaker = std::move(speaker);
        }
        if (words.empty())
            return;
        if (!current.text.empty())
            current.text.push_back(' ');
        current.text += words;
    };

    std::optional<std::string> voice; // an open <v> span carries over to the next line
    for (const std::string_view rawLine : lines) {
        // strip markup, cutting the line where a voice span starts or ends
        std::vector<std::pair<std::optional<std::string>, std::string>> spans;
        std::string text;
        for (std::size_t i = 0; i < rawLine.size();) {
            const char c = rawLine[i];
            if (c == '<' && i + 1 < rawLine.size()
                    && (isAsciiAlpha(rawLine[i + 1]) || rawLine[i + 1] == '/'
                            || isDigit(rawLine[i + 1]))) {
                const std::size_t close = rawLine.find('>', i);
                if (close == std::string_view::npos) {
                    text.push_back(c); // a lone "<" is text
                    ++i;
                    continue;
                }
                const std::string_view tag = rawLine.substr(i + 1, close - i - 1);
                if (tag[0] == 'v'
                        && (tag.size() == 1 || tag[1] == ' ' || tag[1] == '\t' || tag[1] == '.')) {
                    std::size_t nameStart = 1;
                    while (nameStart < tag.size() && tag[nameStart] != ' '
                            && tag[nameStart] != '\t')
                        ++nameStart; // skip classes: <v.loud Name>
                    spans.emplace_back(voice, std::move(text));
                    text.clear();
                    std::string name = collapseSpaces(decodeEntities(tag.substr(nameStart)));
                    voice = name.empty() ? std::nullopt
                                         : std::optional<std::string>(std::move(name));
                } else if (tag == "/v") {
                    spans.emplace_back(voice, std::move(text));
                    text.clear();
                    voice = std::nullopt;
                }
                i = close + 1;
                continue;
            }
            if (c == '{' && i + 1 < rawLine.size() && rawLine[i + 1] == '\\') {
                const std::size_t close = rawLine.find('}', i);
                if (close != std::string_view::npos) {
                    i = close + 1;
                    continue;
                }
            }
            text.push_back(c);
            ++i;
        }
        spans.emplace_back(voice, std::move(text));

        for (auto &[spanVoice, rawText] : spans) {
            std::string spanText = decodeEntities(rawText);
            std::optional<std::string> speaker = spanVoice;
            if (!speaker) {
                const std::string_view trimmed = trim(spanText);
                if (const auto prefix = speakerPrefixLength(trimmed)) {
                    speaker = collapseSpaces(trimmed.substr(0, *prefix - 1));
                    spanText = std::string(trimmed.substr(*prefix));
                }
            }
            add(std::move(speaker), collapseSpaces(spanText));
        }
    }
    flush();
    return pieces;
}

struct Cue {
    std::optional<long long> start;
    std::optional<long long> end;
    std::vector<std::string_view> lines;
};

bool startsWithKeyword(std::string_view line, std::string_view keyword)
{
    return line.starts_with(keyword)
            && (line.size() == keyword.size() || line[keyword.size()] == ' '
                    || line[keyword.size()] == '\t');
}

/// Splits the file into cues. A block without a timing line continues the previous cue: a
/// stray blank line inside a cue must not lose its text.
std::vector<Cue> parseCues(std::string_view text, bool &isVtt)
{
    const std::vector<std::string_view> lines = splitLines(text);
    std::vector<Cue> cues;
    std::size_t i = 0;
    isVtt = !lines.empty() && startsWithKeyword(trim(lines[0]), "WEBVTT");
    bool headerBlock = isVtt;
    while (i < lines.size()) {
        while (i < lines.size() && isBlank(lines[i]))
            ++i;
        const std::size_t blockStart = i;
        while (i < lines.size() && !isBlank(lines[i]))
            ++i;
        if (blockStart == i)
            break;
        const std::vector<std::string_view> block(lines.begin() + static_cast<long>(blockStart),
                lines.begin() + static_cast<long>(i));
        if (headerBlock) {
            headerBlock = false; // WEBVTT line and its header metadata
            continue;
        }
        const std::string_view first = trim(block[0]);
        if (isVtt
                && (startsWithKeyword(first, "NOTE") || startsWithKeyword(first, "STYLE")
                        || startsWithKeyword(first, "REGION")))
            continue;
        std::size_t timing = block.size();
        for (std::size_t k = 0; k < block.size() && k < 2; ++k) {
            if (block[k].find("-->") != std::string_view::npos) {
                timing = k;
                break;
            }
        }
        if (timing == block.size()) {
            if (cues.empty())
                cues.push_back(Cue{});
            cues.back().lines.insert(cues.back().lines.end(), block.begin(), block.end());
            continue;
        }
        Cue cue;
        const std::string_view timingLine = block[timing];
        const std::size_t arrow = timingLine.find("-->");
        cue.start = parseTimestamp(timingLine.substr(0, arrow));
        std::string_view rest = trim(timingLine.substr(arrow + 3));
        rest = rest.substr(0, rest.find_first_of(" \t")); // cue settings follow the end time
        cue.end = parseTimestamp(rest);
        cue.lines.assign(block.begin() + static_cast<long>(timing) + 1, block.end());
        cues.push_back(std::move(cue));
    }
    return cues;
}

struct Turn {
    std::string speaker;
    std::optional<long long> start;
    std::optional<long long> lastEnd;
    std::string text;
};

} // namespace

Result<ImportedDocument> SubtitleReader::read(
        std::string_view bytes, const ImportOptions &options) const
{
    auto decoded = text::decodeText(bytes, options.encoding);
    if (!decoded)
        return decoded.error();
    const std::string source = text::normalizeLineEnds(decoded->text);

    bool isVtt = false;
    const std::vector<Cue> cues = parseCues(source, isVtt);

    std::vector<Turn> turns;
    std::optional<std::string> lastSpeaker;
    bool anyTiming = false;
    for (const Cue &cue : cues) {
        anyTiming = anyTiming || cue.start.has_value();
        for (Piece &piece : cuePieces(cue.lines)) {
            // NFC here, so that "Zoë" typed composed in one cue and decomposed in the next
            // is one speaker
            if (piece.speaker)
                lastSpeaker = text::toStoredText(*piece.speaker);
            const std::string speaker = lastSpeaker.value_or("");
            if (piece.text.empty())
                continue;
            bool startTurn = turns.empty() || turns.back().speaker != speaker;
            if (!startTurn && speaker.empty() && cue.start && turns.back().lastEnd
                    && *cue.start - *turns.back().lastEnd >= kPauseMilliseconds)
                startTurn = true;
            if (startTurn) {
                turns.push_back(Turn{speaker, cue.start, cue.end, {}});
            } else if (cue.end) {
                turns.back().lastEnd = cue.end;
            }
            if (!turns.back().start)
                turns.back().start = cue.start;
            if (!turns.back().text.empty())
                turns.back().text.push_back(' ');
            turns.back().text += piece.text;
        }
    }
    if (!anyTiming)
        return makeError(ErrorCode::BadFormat,
                isVtt ? std::string("the WebVTT file has no cues (timing lines such as "
                                    "00:01:02.500 --> 00:01:04.000)")
                      : std::string("no subtitle cues found; a .srt file has numbered "
                                    "cues with timing lines such as 00:01:02,500 --> "
                                    "00:01:04,000, a .vtt file starts with WEBVTT"));

    // Each piece is put in stored form before assembly, so the code point offsets counted
    // here are those of the final text: a line end or ": " never composes with a neighbour.
    ImportedDocument doc;
    doc.encoding = decoded->encoding;
    doc.kind = DocumentKind::Interview;
    std::string assembled;
    std::size_t offset = 0; // code points in `assembled`
    for (const Turn &turn : turns) {
        const std::string utterance = text::toStoredText(turn.text);
        if (utterance.empty())
            continue;
        const std::string label = text::toStoredText(turn.speaker);
        if (!assembled.empty()) {
            assembled.push_back('\n');
            ++offset;
        }
        if (!label.empty()) {
            assembled += label;
            assembled += ": ";
            offset += text::codePointCount(label) + 2;
        }
        Segment segment;
        segment.kind = SegmentKind::Turn;
        segment.label = label;
        segment.timestamp = turn.start ? formatTimestamp(*turn.start) : std::string();
        segment.start = static_cast<std::int64_t>(offset);
        assembled += utterance;
        offset += text::codePointCount(utterance);
        segment.end = static_cast<std::int64_t>(offset);
        doc.segments.push_back(std::move(segment));
    }
    doc.text = text::toStoredText(assembled);
    if (doc.text != assembled)
        return makeError(ErrorCode::Internal,
                "the transcript's text changed when stored, so its turns would be "
                "misplaced; please report this file");
    return doc;
}

} // namespace weft::core
