// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/structure/dateparser.h"

#include <array>
#include <cctype>
#include <cstdio>
#include <vector>

namespace weft::core {
namespace {

struct MonthName {
    const char *name;
    int month;
};

// Lowercase, with accents removed by foldAccents() before lookup.
constexpr MonthName kMonths[] = {
    {"january", 1},  {"jan", 1},  {"february", 2}, {"feb", 2},   {"march", 3},    {"mar", 3},
    {"april", 4},    {"apr", 4},  {"may", 5},      {"june", 6},  {"jun", 6},      {"july", 7},
    {"jul", 7},      {"august", 8}, {"aug", 8},    {"september", 9}, {"sept", 9}, {"sep", 9},
    {"october", 10}, {"oct", 10}, {"november", 11}, {"nov", 11}, {"december", 12}, {"dec", 12},
    // French
    {"janvier", 1},  {"janv", 1}, {"fevrier", 2},  {"fevr", 2},  {"fev", 2},      {"mars", 3},
    {"avril", 4},    {"avr", 4},  {"mai", 5},      {"juin", 6},  {"juillet", 7},  {"juil", 7},
    {"aout", 8},     {"septembre", 9}, {"octobre", 10}, {"novembre", 11}, {"decembre", 12},
    // Spanish
    {"enero", 1},    {"febrero", 2}, {"marzo", 3}, {"abril", 4}, {"mayo", 5},     {"junio", 6},
    {"julio", 7},    {"agosto", 8}, {"septiembre", 9}, {"setiembre", 9}, {"octubre", 10},
    {"noviembre", 11}, {"diciembre", 12},
    // German (others coincide with English)
    {"januar", 1},   {"februar", 2}, {"marz", 3},  {"juni", 6},  {"juli", 7},     {"oktober", 10},
    {"dezember", 12},
};

constexpr const char *kWeekdays[] = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    "lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo",
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"};

/// Lowercases ASCII and folds the Latin-1 accented letters month names use (é è ê ë à â ä û ü
/// ô ö î ï ç á í ó ú ñ) to their base letter. Other bytes pass through.
std::string foldAccents(std::string_view s)
{
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c == 0xC3 && i + 1 < s.size()) {
            const auto d = static_cast<unsigned char>(s[i + 1]) | 0x20; // fold case in the 2nd byte
            char base = 0;
            if (d >= 0xA0 && d <= 0xA5) base = 'a';
            else if (d == 0xA7) base = 'c';
            else if (d >= 0xA8 && d <= 0xAB) base = 'e';
            else if (d >= 0xAC && d <= 0xAF) base = 'i';
            else if (d == 0xB1) base = 'n';
            else if (d >= 0xB2 && d <= 0xB6) base = 'o';
            else if (d >= 0xB9 && d <= 0xBC) base = 'u';
            if (base) {
                out.push_back(base);
                ++i;
                continue;
            }
        }
        out.push_back(static_cast<char>(std::tolower(c)));
    }
    return out;
}

std::optional<int> monthFromWord(const std::string &word)
{
    std::string w = word;
    while (!w.empty() && w.back() == '.')
        w.pop_back();
    for (const MonthName &m : kMonths) {
        if (w == m.name)
            return m.month;
    }
    return std::nullopt;
}

bool isWeekday(const std::string &word)
{
    std::string w = word;
    while (!w.empty() && (w.back() == '.' || w.back() == ','))
        w.pop_back();
    for (const char *d : kWeekdays) {
        if (w == d)
            return true;
    }
    return false;
}

bool validDate(int y, int m, int d)
{
    static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1)
        return false;
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    if (m == 2 && d == 29)
        return leap;
    return d <= kDays[m - 1];
}

std::optional<std::string> iso(int y, int m, int d)
{
    if (!validDate(y, m, d))
        return std::nullopt;
    char buffer[48];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", y, m, d);
    return std::string(buffer);
}

/// Splits into tokens: runs of letters/digits (UTF-8 bytes count as letters), separators
/// dropped but remembered so numeric forms can require one consistent separator.
struct Token {
    std::string text;
    bool numeric = false;
};

std::vector<Token> tokenize(const std::string &s, std::string &separators)
{
    std::vector<Token> tokens;
    std::string current;
    const auto flush = [&] {
        if (current.empty())
            return;
        Token t{current, true};
        for (char c : current)
            t.numeric = t.numeric && std::isdigit(static_cast<unsigned char>(c));
        tokens.push_back(t);
        current.clear();
    };
    for (char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u) || u >= 0x80) {
            current.push_back(c);
        } else {
            flush();
            if (c != ' ' && c != '\t')
                separators.push_back(c);
        }
    }
    flush();
    return tokens;
}

/// "21st" -> 21, "3rd" -> 3, "1er" -> 1; else -1.
int dayNumber(const std::string &t)
{
    std::size_t n = 0;
    while (n < t.size() && std::isdigit(static_cast<unsigned char>(t[n])))
        ++n;
    if (n == 0 || n > 2)
        return -1;
    const std::string suffix = t.substr(n);
    if (!suffix.empty() && suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th" &&
        suffix != "er" && suffix != "o")
        return -1;
    return std::stoi(t.substr(0, n));
}

int yearNumber(const Token &t)
{
    return t.numeric && t.text.size() == 4 ? std::stoi(t.text) : -1;
}

} // namespace

std::optional<std::string> parseDate(std::string_view text, DateOrder order)
{
    std::string separators;
    std::vector<Token> tokens = tokenize(foldAccents(text), separators);
    // Drop a leading weekday and the Spanish/French/German "de"/"le"/"den".
    std::vector<Token> kept;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (i == 0 && isWeekday(tokens[i].text))
            continue;
        if (!tokens[i].numeric && (tokens[i].text == "de" || tokens[i].text == "le" ||
                                   tokens[i].text == "den" || tokens[i].text == "the" ||
                                   tokens[i].text == "of"))
            continue;
        kept.push_back(tokens[i]);
    }
    if (kept.size() != 3)
        return std::nullopt;
    const Token &a = kept[0], &b = kept[1], &c = kept[2];

    if (a.numeric && b.numeric && c.numeric) {
        // All separators must be the same one of - / .
        if (separators.size() != 2 || separators[0] != separators[1])
            return std::nullopt;
        const char sep = separators[0];
        if (sep != '-' && sep != '/' && sep != '.')
            return std::nullopt;
        if (a.text.size() == 4) // ISO year-month-day
            return iso(std::stoi(a.text), std::stoi(b.text), std::stoi(c.text));
        if (c.text.size() != 4 || a.text.size() > 2 || b.text.size() > 2)
            return std::nullopt;
        const int first = std::stoi(a.text), second = std::stoi(b.text), year = std::stoi(c.text);
        if (first > 12)
            return iso(year, second, first);
        if (second > 12)
            return iso(year, first, second);
        return order == DateOrder::DayMonthYear ? iso(year, second, first) : iso(year, first, second);
    }
    // Word month: "21 March 2019", "March 21 2019", "2019 March 21".
    if (auto m = monthFromWord(b.text)) {
        const int day = dayNumber(a.text), year = yearNumber(c);
        if (day > 0 && year > 0)
            return iso(year, *m, day);
        const int day2 = dayNumber(c.text), year2 = yearNumber(a);
        if (day2 > 0 && year2 > 0)
            return iso(year2, *m, day2);
    }
    if (auto m = monthFromWord(a.text)) {
        const int day = dayNumber(b.text), year = yearNumber(c);
        if (day > 0 && year > 0)
            return iso(year, *m, day);
    }
    return std::nullopt;
}

std::optional<std::string> parseDateHeading(std::string_view line, DateOrder order)
{
    std::string s(line);
    // Trim spaces, Markdown heading marks, trailing colon or dash.
    const auto isTrim = [](char c) {
        return c == ' ' || c == '\t' || c == '#' || c == '*' || c == '_' || c == ':' || c == '-';
    };
    std::size_t b = 0, e = s.size();
    while (b < e && isTrim(s[b]))
        ++b;
    while (e > b && isTrim(s[e - 1]))
        --e;
    s = s.substr(b, e - b);
    if (s.empty() || s.size() > 60)
        return std::nullopt;
    if (auto date = parseDate(s, order))
        return date;
    // "Entry 3 - 14/03/2019", "Day 2: March 21, 2019", "Week 1 – 2019-03-14": drop a label.
    const std::string folded = foldAccents(s);
    for (const char *label : {"entry", "day", "week", "journal", "diary", "date"}) {
        const std::string l = label;
        if (folded.rfind(l, 0) != 0)
            continue;
        std::size_t i = l.size();
        while (i < s.size() && (std::isdigit(static_cast<unsigned char>(s[i])) || s[i] == ' ' ||
                                s[i] == '#'))
            ++i;
        // a separator such as ':' '-' or an en/em dash (UTF-8 E2 80 93/94)
        while (i < s.size() && (s[i] == ':' || s[i] == '-' || s[i] == ' ' || s[i] == ',' ||
                                static_cast<unsigned char>(s[i]) >= 0x80)) {
            if (static_cast<unsigned char>(s[i]) >= 0x80) {
                if (s.compare(i, 3, "\xE2\x80\x93") == 0 || s.compare(i, 3, "\xE2\x80\x94") == 0)
                    i += 3;
                else
                    break;
            } else {
                ++i;
            }
        }
        if (auto date = parseDate(s.substr(i), order))
            return date;
    }
    return std::nullopt;
}

} // namespace weft::core
