// SPDX-License-Identifier: GPL-3.0-or-later
// The report's fixed text: every message the code uses is in the template and translated in
// French (resources/i18n/fr.po), and the French comes from the catalogue compiled into the
// program, read through Boost.Locale.
#include "app/services/reportmessages.h"
#include "app/services/reportstrings.h"
#include "core/model/documentkind.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>

using namespace weft;
using namespace weft::services;

namespace {

struct PoEntry {
    std::string msgid;
    std::string msgidPlural;
    std::string msgstr;       ///< msgstr, or msgstr[0] of a plural entry
    std::string msgstrPlural; ///< msgstr[1]
    bool fuzzy = false;
};

std::string unescape(const std::string &quoted)
{
    std::string out;
    for (std::size_t i = 1; i + 1 < quoted.size(); ++i) {
        if (quoted[i] == '\\' && i + 2 < quoted.size()) {
            const char c = quoted[++i];
            out += c == 'n' ? '\n' : c == 't' ? '\t' : c;
        } else {
            out += quoted[i];
        }
    }
    return out;
}

/// msgctxt -> entry, for a .po or .pot file (no plural forms in ours).
std::map<std::string, PoEntry> readPo(const std::string &path)
{
    std::ifstream in(path);
    REQUIRE(in.good());
    std::map<std::string, PoEntry> entries;
    std::string line, context, *field = nullptr;
    PoEntry entry;
    const auto flush = [&] {
        if (!context.empty()) {
            INFO("duplicate context " << context);
            CHECK(entries.count(context) == 0);
            entries[context] = entry;
        }
        context.clear();
        entry = PoEntry{};
        field = nullptr;
    };
    while (std::getline(in, line)) {
        if (line.empty()) {
            flush();
        } else if (line.rfind("#,", 0) == 0) {
            entry.fuzzy = line.find("fuzzy") != std::string::npos;
        } else if (line.rfind("msgctxt ", 0) == 0) {
            context = unescape(line.substr(8));
            field = &context;
        } else if (line.rfind("msgid ", 0) == 0) {
            entry.msgid = unescape(line.substr(6));
            field = &entry.msgid;
        } else if (line.rfind("msgid_plural ", 0) == 0) {
            entry.msgidPlural = unescape(line.substr(13));
            field = &entry.msgidPlural;
        } else if (line.rfind("msgstr ", 0) == 0 || line.rfind("msgstr[0] ", 0) == 0) {
            entry.msgstr = unescape(line.substr(line.find(' ') + 1));
            field = &entry.msgstr;
        } else if (line.rfind("msgstr[1] ", 0) == 0) {
            entry.msgstrPlural = unescape(line.substr(10));
            field = &entry.msgstrPlural;
        } else if (line[0] == '"' && field) {
            *field += unescape(line);
        }
    }
    flush();
    return entries;
}

std::multiset<std::string> placeholders(const std::string &text)
{
    std::multiset<std::string> out;
    const std::regex pattern("\\{[1-9]\\}");
    for (auto it = std::sregex_iterator(text.begin(), text.end(), pattern); it != std::sregex_iterator(); ++it)
        out.insert(it->str());
    return out;
}

} // namespace

TEST_CASE("every report message is in the template and translated in French")
{
    const auto pot = readPo(std::string(WEFT_I18N_DIR) + "/weft-report.pot");
    const auto fr = readPo(std::string(WEFT_I18N_DIR) + "/fr.po");
    const auto french = ReportStrings::forLanguage("fr");
    REQUIRE(french.ok());
    std::set<std::string> ids;
    for (const ReportMessage &m : reportMessages()) {
        const std::string id(m.id);
        INFO(id);
        CHECK(ids.insert(id).second);
        REQUIRE(pot.count(id) == 1);
        CHECK(pot.at(id).msgid == m.english); // run the target weft-report-pot after a change
        REQUIRE(fr.count(id) == 1);
        const PoEntry &t = fr.at(id);
        CHECK(t.msgid == m.english); // else the translation is of an older English text
        CHECK_FALSE(t.msgstr.empty());
        CHECK_FALSE(t.fuzzy);
        CHECK(placeholders(t.msgstr) == placeholders(std::string(m.english)));
        CHECK(pot.at(id).msgidPlural == m.englishPlural);
        CHECK(t.msgidPlural == m.englishPlural);
        if (m.englishPlural.empty()) {
            // What the report prints is the catalogue's text, from the catalogue built in.
            CHECK(french->text(id) == t.msgstr);
        } else {
            CHECK_FALSE(t.msgstrPlural.empty());
            CHECK(placeholders(t.msgstrPlural) == placeholders(std::string(m.englishPlural)));
            // French: 0 and 1 take the singular, 2 and more the plural.
            const auto filled = [](std::string pattern, const std::string &n) {
                return pattern.replace(pattern.find("{1}"), 3, n);
            };
            CHECK(french->count(id, 1) == filled(t.msgstr, "1"));
            CHECK(french->count(id, 0) == filled(t.msgstr, "0"));
            CHECK(french->count(id, 7) == filled(t.msgstrPlural, "7"));
        }
    }
    for (const auto &[id, entry] : fr) {
        INFO(id);
        CHECK(ids.count(id) == 1); // no stale entries
    }
    CHECK(pot.size() == ids.size());
}

TEST_CASE("report message ids built from names all exist")
{
    for (core::DocumentKind kind : core::allDocumentKinds) {
        CHECK(findReportMessage("kind." + std::string(core::toString(kind))));
        CHECK(findReportMessage("kinds." + std::string(core::toString(kind))));
    }
    using core::ReviewDecision, core::ReviewState, core::ThemeStatus;
    for (ThemeStatus s : {ThemeStatus::Candidate, ThemeStatus::Reviewed, ThemeStatus::Final, ThemeStatus::Discarded})
        CHECK(findReportMessage("status." + std::string(core::toString(s))));
    for (ReviewState s : {ReviewState::None, ReviewState::Awaiting, ReviewState::Approved, ReviewState::SentBack})
        CHECK(findReportMessage("review." + std::string(core::toString(s))));
    for (ReviewDecision d : {ReviewDecision::Comment, ReviewDecision::Approve, ReviewDecision::SendBack,
                             ReviewDecision::Request})
        CHECK(findReportMessage("decision." + std::string(core::toString(d))));
}

TEST_CASE("report strings in English and French")
{
    const auto en = ReportStrings::forLanguage("en");
    const auto fr = ReportStrings::forLanguage("fr");
    REQUIRE(en.ok());
    REQUIRE(fr.ok());
    CHECK(en->text("theme.quotes") == "Exemplar quotes.");
    CHECK(fr->text("theme.quotes") == "Extraits exemplaires.");
    CHECK(fr->format("theme.reviewBy", {"approuvé", "Lea", "3 mars 2024"}) == "approuvé par Lea le 3 mars 2024");
    CHECK(fr->kindName(core::DocumentKind::Interview) == "entretien");
    CHECK(fr->number(3.14159, 2) == "3,14");
    CHECK(en->number(3.14159, 2) == "3.14");
    CHECK(fr->longDate("2019-03-21") == "21 mars 2019");
    CHECK(en->longDate("2019-03-21") == "21 March 2019");
    CHECK(fr->text("no.such.id") == "no.such.id");
    CHECK(en->count("count.excerpts", 1) == "1 excerpt");
    CHECK(en->count("count.excerpts", 0) == "0 excerpts");
    CHECK(en->count("count.excerpts", 12) == "12 excerpts");
    CHECK(fr->count("count.coders", 0) == "0 codeur");
    CHECK(fr->count("count.coders", 2) == "2 codeurs");
    CHECK(ReportStrings::languages() == std::vector<std::string>{"en", "fr"});
    const auto de = ReportStrings::forLanguage("de");
    REQUIRE_FALSE(de.ok());
    CHECK(de.error().message.find("en or fr") != std::string::npos);
}
