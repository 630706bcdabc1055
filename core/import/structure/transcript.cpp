// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/structure/transcript.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <map>
#include <set>

namespace weft::core {
namespace {

struct Line {
    std::size_t byteStart = 0; ///< in the text
    std::string_view text;     ///< without the "\n"
};

std::vector<Line> splitLines(std::string_view text)
{
    std::vector<Line> lines;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t nl = text.find('\n', start);
        const std::size_t end = nl == std::string_view::npos ? text.size() : nl;
        lines.push_back({start, text.substr(start, end - start)});
        if (nl == std::string_view::npos)
            break;
        start = nl + 1;
    }
    return lines;
}

bool isBlank(std::string_view s)
{
    return std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\t'; });
}

std::string lower(std::string_view s)
{
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

std::string_view trim(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

/// Reads a timestamp at the start of `s`; returns its normalised form and the bytes consumed
/// (including brackets and following spaces).
std::optional<std::pair<std::string, std::size_t>> leadingTimestamp(std::string_view s)
{
    std::size_t i = 0;
    char close = 0;
    if (i < s.size() && (s[i] == '[' || s[i] == '(')) {
        close = s[i] == '[' ? ']' : ')';
        ++i;
    }
    const std::size_t begin = i;
    while (i < s.size() && (std::isdigit(static_cast<unsigned char>(s[i])) || s[i] == ':' ||
                            s[i] == '.' || s[i] == ','))
        ++i;
    auto stamp = normalizeTimestamp(s.substr(begin, i - begin));
    if (!stamp)
        return std::nullopt;
    if (close) {
        if (i >= s.size() || s[i] != close)
            return std::nullopt;
        ++i;
    } else if (i < s.size() && s[i] != ' ' && s[i] != '\t') {
        return std::nullopt;
    }
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '-'))
        ++i;
    return std::make_pair(*stamp, i);
}

bool isLabelChar(unsigned char c)
{
    return std::isalnum(c) || c == ' ' || c == '.' || c == '-' || c == '\'' || c == '_' || c >= 0x80;
}

/// A speaker label at the start of `s`: "Name:" or "[Name]". Returns the label and the bytes
/// consumed up to the utterance.
std::optional<std::pair<std::string, std::size_t>> leadingLabel(std::string_view s)
{
    if (s.empty())
        return std::nullopt;
    std::size_t end = 0;
    std::string label;
    if (s[0] == '[') {
        const std::size_t close = s.find(']');
        if (close == std::string_view::npos || close < 2 || close > 41)
            return std::nullopt;
        label = std::string(trim(s.substr(1, close - 1)));
        end = close + 1;
        if (end < s.size() && s[end] == ':')
            ++end;
    } else {
        const std::size_t colon = s.find(':');
        if (colon == std::string_view::npos || colon == 0 || colon > 40)
            return std::nullopt;
        // "http://..." and times like "10:30" are not labels.
        if (colon + 1 < s.size() && s[colon + 1] != ' ' && s[colon + 1] != '\t')
            return std::nullopt;
        label = std::string(trim(s.substr(0, colon)));
        end = colon + 1;
    }
    if (label.empty() || !(std::isalpha(static_cast<unsigned char>(label[0])) ||
                           static_cast<unsigned char>(label[0]) >= 0x80))
        return std::nullopt;
    if (!std::all_of(label.begin(), label.end(),
                     [](char c) { return isLabelChar(static_cast<unsigned char>(c)); }))
        return std::nullopt;
    // At most four words: a sentence with a colon is not a label.
    if (std::count(label.begin(), label.end(), ' ') > 3)
        return std::nullopt;
    while (end < s.size() && (s[end] == ' ' || s[end] == '\t'))
        ++end;
    return std::make_pair(label, end);
}

struct TurnStart {
    std::size_t line = 0;
    bool bracketed = false; ///< "[Name]" form: a speaker label by construction
    std::string speaker;
    std::string timestamp;
    std::size_t utteranceByte = 0; ///< absolute byte offset of the utterance
};

std::optional<TurnStart> turnAt(const Line &line, std::size_t index)
{
    std::string_view s = line.text;
    std::size_t offset = 0;
    while (offset < s.size() && (s[offset] == ' ' || s[offset] == '\t'))
        ++offset;
    TurnStart turn;
    turn.line = index;
    if (auto stamp = leadingTimestamp(s.substr(offset))) {
        turn.timestamp = stamp->first;
        offset += stamp->second;
    }
    auto label = leadingLabel(s.substr(offset));
    if (!label)
        return std::nullopt;
    turn.bracketed = s[offset] == '[';
    turn.speaker = label->first;
    offset += label->second;
    // "Name (00:01:02):" style: a timestamp right after the label.
    if (turn.timestamp.empty()) {
        if (auto stamp = leadingTimestamp(s.substr(offset))) {
            turn.timestamp = stamp->first;
            offset += stamp->second;
        }
    }
    turn.utteranceByte = line.byteStart + offset;
    return turn;
}

std::size_t codePointsBefore(std::string_view text, std::size_t byte, std::size_t &cacheByte,
                             std::size_t &cacheCp)
{
    // Offsets are requested in increasing order: count incrementally.
    for (std::size_t i = cacheByte; i < byte && i < text.size(); ++i)
        cacheCp += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
    cacheByte = byte;
    return cacheCp;
}

} // namespace

std::optional<std::string> normalizeTimestamp(std::string_view text)
{
    // Drop fractional seconds: "00:01:02.500" / "00:01:02,500".
    const std::size_t frac = text.find_first_of(".,");
    if (frac != std::string_view::npos)
        text = text.substr(0, frac);
    int parts[3] = {0, 0, 0};
    int count = 0;
    std::size_t i = 0;
    while (i < text.size()) {
        if (count == 3)
            return std::nullopt;
        std::size_t digits = 0;
        int value = 0;
        while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) {
            value = value * 10 + (text[i] - '0');
            ++i;
            ++digits;
        }
        if (digits == 0 || digits > 2)
            return std::nullopt;
        parts[count++] = value;
        if (i < text.size()) {
            if (text[i] != ':')
                return std::nullopt;
            ++i;
            if (i == text.size())
                return std::nullopt;
        }
    }
    if (count < 2)
        return std::nullopt;
    int h = 0, m = 0, s = 0;
    if (count == 3) {
        h = parts[0];
        m = parts[1];
        s = parts[2];
    } else {
        m = parts[0];
        s = parts[1];
    }
    if (m > 59 || s > 59)
        return std::nullopt;
    char buffer[48];
    std::snprintf(buffer, sizeof buffer, "%02d:%02d:%02d", h, m, s);
    return std::string(buffer);
}

bool isInterviewerLabel(std::string_view label, std::string_view extra)
{
    const std::string l = lower(trim(label));
    if (!extra.empty() && l == lower(trim(extra)))
        return true;
    static const std::set<std::string> kLabels{
        "interviewer", "i", "int", "q", "facilitator", "moderator", "researcher", "interviewer 1",
        "interviewer 2", "host", "enquêteur", "enquêtrice", "entrevistador", "entrevistadora"};
    return kLabels.count(l) > 0;
}

TranscriptStructure detectTranscript(std::string_view text)
{
    TranscriptStructure result;
    const std::vector<Line> lines = splitLines(text);

    // A candidate header: the lines before the first blank line, when text follows.
    std::size_t firstBlank = lines.size();
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (isBlank(lines[i].text)) {
            firstBlank = i;
            break;
        }
    }
    bool textAfterBlank = false;
    for (std::size_t i = firstBlank + 1; i < lines.size() && !textAfterBlank; ++i)
        textAfterBlank = !isBlank(lines[i].text);

    std::vector<std::pair<std::string, std::string>> header;
    bool headerShaped = firstBlank > 0 && firstBlank < lines.size() && textAfterBlank;
    std::set<std::string> headerKeys;
    for (std::size_t i = 0; headerShaped && i < firstBlank; ++i) {
        std::string_view line = trim(lines[i].text);
        if (leadingTimestamp(line)) {
            headerShaped = false;
            break;
        }
        const std::size_t colon = line.find(':');
        if (colon == std::string_view::npos || colon == 0 || colon > 40) {
            headerShaped = false;
            break;
        }
        std::string key(trim(line.substr(0, colon)));
        std::string value(trim(line.substr(colon + 1)));
        if (!headerKeys.insert(lower(key)).second) { // a repeated key is dialogue
            headerShaped = false;
            break;
        }
        header.emplace_back(key, value);
    }

    // Turns in the body (after the header if there is one, else everywhere).
    const auto findTurns = [&](std::size_t fromLine) {
        std::vector<TurnStart> starts;
        for (std::size_t i = fromLine; i < lines.size(); ++i) {
            if (auto turn = turnAt(lines[i], i))
                starts.push_back(*turn);
        }
        return starts;
    };
    std::vector<TurnStart> starts = findTurns(headerShaped ? firstBlank + 1 : 0);
    if (headerShaped) {
        std::set<std::string> speakers;
        for (const TurnStart &t : starts)
            speakers.insert(lower(t.speaker));
        const bool allKeysAreSpeakers = std::all_of(
            header.begin(), header.end(),
            [&](const auto &kv) { return speakers.count(lower(kv.first)) > 0; });
        if (allKeysAreSpeakers) { // it was dialogue after all
            headerShaped = false;
            starts = findTurns(0);
        } else {
            result.header = header;
        }
    }
    // A label used once is often prose ("Reminder: ..."). Keep it when it recurs, has a
    // timestamp, is bracketed or an interviewer label, or when the text is clearly a transcript
    // (four or more turns of recurring speakers) and the label looks like a name.
    std::map<std::string, int> uses;
    for (const TurnStart &t : starts)
        ++uses[lower(t.speaker)];
    std::size_t recurring = 0;
    for (const TurnStart &t : starts)
        recurring += uses[lower(t.speaker)] >= 2;
    const auto nameLike = [](const std::string &label) {
        return std::count(label.begin(), label.end(), ' ') <= 1 &&
               (std::isupper(static_cast<unsigned char>(label[0])) ||
                static_cast<unsigned char>(label[0]) >= 0x80);
    };
    std::vector<TurnStart> kept;
    for (const TurnStart &t : starts) {
        if (uses[lower(t.speaker)] >= 2 || !t.timestamp.empty() || t.bracketed ||
            isInterviewerLabel(t.speaker) || (recurring >= 4 && nameLike(t.speaker)))
            kept.push_back(t);
    }
    if (kept.size() < 2)
        return result;

    std::size_t cacheByte = 0, cacheCp = 0;
    for (std::size_t k = 0; k < kept.size(); ++k) {
        const std::size_t startByte = kept[k].utteranceByte;
        std::size_t endByte = k + 1 < kept.size() ? lines[kept[k + 1].line].byteStart : text.size();
        while (endByte > startByte && (text[endByte - 1] == '\n' || text[endByte - 1] == ' ' ||
                                       text[endByte - 1] == '\t'))
            --endByte;
        DetectedTurn turn;
        turn.speaker = kept[k].speaker;
        turn.timestamp = kept[k].timestamp;
        turn.start = codePointsBefore(text, startByte, cacheByte, cacheCp);
        turn.end = codePointsBefore(text, std::max(endByte, startByte), cacheByte, cacheCp);
        result.turns.push_back(turn);
    }
    return result;
}

} // namespace weft::core
