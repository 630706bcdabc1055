// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The sample study with four themes, and readers of report files, shared by the report tests.

#include "clitestsupport.h"

#include "core/import/ziparchive.h"

#include <pugixml.hpp>

#include <cstdlib>
#include <regex>
#include <string>
#include <vector>

namespace weft::test {

struct Theme {
    std::string path;
    std::string name;
    std::string definition;
};

inline const std::vector<Theme> kThemes{
    {"Peers make it sayable", "Peers make it sayable",
     "Participants could talk about sexual health because the educators were close to them in age."},
    {"Peers make it sayable/Safe rooms", "Safe rooms",
     "Confidentiality agreements & small groups made the sessions feel safe enough to speak."},
    {"From knowing to doing", "From knowing to doing",
     "Knowledge turned into action: getting tested, talking with partners, passing it on."},
    {"What gets in the way", "What gets in the way",
     "Practical and social barriers (time, transport, stigma) that kept people away."},
};

/// The sample study with four themes, built once: every test reads it, none changes it.
inline const CliWorkspace &study()
{
    static const CliWorkspace ws = [] {
        CliWorkspace w;
        const std::string sample = WEFT_SAMPLE_DIR;
        w.ok({"new", "S.weft", "--title", "Peer Health Education Program"});
        w.ok({"import", "S.weft", sample + "/interviews", sample + "/journals", sample + "/feedback"});
        w.ok({"participants", "import", "S.weft", sample + "/participants.csv"});
        w.ok({"code", "S.weft", "--batch", sample + "/codings.jsonl"});
        for (const Theme &t : kThemes)
            w.ok({"themes", "add", "S.weft", t.path, "--definition", t.definition});
        w.ok({"themes", "link", "S.weft", "Peers make it sayable", "--code", "Trust/Peer educators", "--code",
              "Trust/Professionals"});
        w.ok({"themes", "link", "S.weft", "Peers make it sayable/Safe rooms", "--code", "Safety/Confidentiality"});
        w.ok({"themes", "link", "S.weft", "From knowing to doing", "--code", "Skills", "--code", "Change"});
        w.ok({"themes", "link", "S.weft", "What gets in the way", "--code", "Barriers"});
        w.ok({"themes", "review", "S.weft", "Peers make it sayable", "--approve", "--reviewer", "Lea"});
        w.ok({"themes", "add", "S.weft", "Abandoned idea", "--status", "discarded"});
        w.ok({"themes", "add", "S.weft", "Abandoned idea/Its child"});
        w.ok({"codes", "add", "S.weft", "Barriers/Transport", "--description", "Getting there: buses, distance, \"cost\"."});
        return w;
    }();
    return ws;
}

inline std::string collapse(const std::string &text)
{
    std::string out;
    bool space = false;
    for (char c : text) {
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
            space = !out.empty();
            continue;
        }
        if (space)
            out += ' ';
        space = false;
        out += c;
    }
    return out;
}

struct ReportQuote {
    std::string text;
    std::string attribution;
};

/// Quotes of a Markdown report: "> text" lines followed by "> — attribution".
inline std::vector<ReportQuote> markdownQuotes(const std::string &md)
{
    std::vector<ReportQuote> quotes;
    const std::regex pattern("\n> ([^\n]+)\n>\n> \xE2\x80\x94 ([^\n]+)\n");
    for (auto it = std::sregex_iterator(md.begin(), md.end(), pattern); it != std::sregex_iterator(); ++it) {
        std::string text;
        const std::string raw = (*it)[1];
        for (std::size_t i = 0; i < raw.size(); ++i) {
            if (raw[i] == '\\' && i + 1 < raw.size())
                ++i; // Markdown escapes
            text += raw[i];
        }
        quotes.push_back({text, (*it)[2]});
    }
    return quotes;
}

inline std::string htmlEscaped(const std::string &text)
{
    std::string out;
    for (char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        default: out += c;
        }
    }
    return out;
}

inline std::string documentXml(const std::string &docx)
{
    auto zip = weft::core::ZipArchive::open(docx, weft::core::ArchiveKind{"docx", "Word"});
    REQUIRE(zip.ok());
    auto xml = zip->read("word/document.xml");
    REQUIRE(xml.ok());
    return *xml;
}

/// The text of all w:t elements, each paragraph on its own line.
inline std::string docxText(const std::string &docx)
{
    pugi::xml_document doc;
    const std::string xml = documentXml(docx);
    REQUIRE(doc.load_string(xml.c_str()));
    std::string text;
    for (const auto &p : doc.select_nodes("//w:p")) {
        for (const auto &t : p.node().select_nodes(".//w:t"))
            text += t.node().text().get();
        text += '\n';
    }
    return text;
}

inline bool haveTool(const char *name)
{
    return std::system((std::string("command -v ") + name + " >/dev/null 2>&1").c_str()) == 0;
}

} // namespace weft::test
