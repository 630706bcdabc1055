// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/htmlwriter.h"

#include "core/report/escaping.h"

#include <algorithm>
#include <numeric>

namespace weft::core {

namespace {

constexpr const char *kStyle = R"(
body { margin: 0; background: #fff; color: #222; }
main { max-width: 46rem; margin: 0 auto; padding: 2rem 1.5rem 4rem;
       font: 16px/1.55 "Noto Serif", Georgia, "Times New Roman", serif; }
h1, h2, h3, h4, .subtitle, caption, figcaption, th, nav { font-family: "Noto Sans", "Helvetica Neue", Arial, sans-serif; }
h1.title { font-size: 2.2rem; line-height: 1.2; margin: 3rem 0 1rem; }
.subtitle { font-size: 1.15rem; color: #444; margin: 0.3rem 0; }
h2 { font-size: 1.6rem; margin: 2.5rem 0 0.8rem; border-bottom: 1px solid #ccc; padding-bottom: 0.2rem; }
h3 { font-size: 1.25rem; margin: 2rem 0 0.6rem; }
h4 { font-size: 1.05rem; margin: 1.5rem 0 0.5rem; }
p.note { color: #555; font-size: 0.92rem; }
table { border-collapse: collapse; width: 100%; margin: 0.6rem 0 1.4rem; font-size: 0.92rem; }
caption { caption-side: top; text-align: left; font-size: 0.88rem; color: #444; padding-bottom: 0.3rem; }
th, td { border: 1px solid #bbb; padding: 0.25rem 0.5rem; vertical-align: top; text-align: left; }
th { background: #eef0f3; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
blockquote { margin: 1rem 0 1.2rem; padding: 0.2rem 0 0.2rem 1.2rem; border-left: 3px solid #9aa7b8; }
blockquote p { margin: 0 0 0.3rem; font-style: italic; }
blockquote footer { font-size: 0.9rem; color: #444; }
figure { margin: 1.2rem 0; }
figure img { max-width: 100%; height: auto; }
figcaption { font-size: 0.88rem; color: #444; }
nav.toc ul { list-style: none; padding-left: 1.2rem; }
nav.toc > ul { padding-left: 0; }
nav.toc a { text-decoration: none; }
.page-break { break-after: page; }
@media print { main { max-width: none; padding: 0; } h2, h3, h4 { break-after: avoid; } blockquote, tr { break-inside: avoid; } }
)";

std::string withBreaks(std::string escaped)
{
    std::string out;
    for (char c : escaped)
        out += c == '\n' ? std::string("<br>") : std::string(1, c);
    return out;
}

std::string runsHtml(const std::vector<TextRun> &runs)
{
    std::string out;
    for (const TextRun &r : runs) {
        std::string text = withBreaks(xmlEscape(r.text));
        if (r.italic)
            text = "<em>" + text + "</em>";
        if (r.bold)
            text = "<strong>" + text + "</strong>";
        out += text;
    }
    return out;
}

/// Nested <ul> from (level, html) items; a level may only go one deeper than the one before.
std::string nestedList(const std::vector<std::pair<int, std::string>> &items)
{
    std::string out = "<ul>";
    int depth = 0;
    bool open = false;
    for (const auto &[wanted, html] : items) {
        const int level = std::clamp(wanted, 0, depth + (open ? 1 : 0));
        if (level > depth) {
            out += "<ul>";
            depth = level;
        } else {
            if (open)
                out += "</li>";
            while (depth > level) {
                out += "</ul></li>";
                --depth;
            }
        }
        out += "\n<li>" + html;
        open = true;
    }
    if (open)
        out += "</li>";
    while (depth-- > 0)
        out += "</ul></li>";
    return out + "\n</ul>\n";
}

class Writer {
public:
    Writer(const ReportDocument &document, const FigureRenderer *figures)
        : m_document(document), m_figures(figures)
    {
    }

    std::string run()
    {
        const ReportMetadata &m = m_document.metadata;
        m_out = "<!DOCTYPE html>\n<html lang=\"" + xmlEscape(m.language) + "\">\n<head>\n"
                "<meta charset=\"utf-8\">\n"
                "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                "<meta name=\"generator\" content=\"Weft\">\n";
        if (!m.date.empty())
            m_out += "<meta name=\"date\" content=\"" + xmlEscape(m.date) + "\">\n";
        m_out += "<title>" + xmlEscape(m.title) + "</title>\n<style>" + kStyle +
                 "</style>\n</head>\n<body>\n<main>\n";
        for (const ReportBlock &block : m_document.blocks)
            std::visit([this](const auto &b) { write(b); }, block);
        m_out += "</main>\n</body>\n</html>\n";
        return m_out;
    }

private:
    void write(const Heading &h)
    {
        const std::string tag = "h" + std::to_string(std::clamp(h.level, 1, 5) + 1);
        m_out += "<" + tag + (h.bookmark.empty() ? "" : " id=\"" + xmlEscape(h.bookmark) + "\"") +
                 ">" + xmlEscape(h.text) + "</" + tag + ">\n";
    }
    void write(const Paragraph &p)
    {
        switch (p.role) {
        case ParagraphRole::Title: m_out += "<h1 class=\"title\">" + runsHtml(p.runs) + "</h1>\n"; return;
        case ParagraphRole::Subtitle: m_out += "<p class=\"subtitle\">" + runsHtml(p.runs) + "</p>\n"; return;
        case ParagraphRole::Note: m_out += "<p class=\"note\">" + runsHtml(p.runs) + "</p>\n"; return;
        case ParagraphRole::Body: break;
        }
        m_out += "<p>" + runsHtml(p.runs) + "</p>\n";
    }
    void write(const BulletList &l)
    {
        std::vector<std::pair<int, std::string>> items;
        for (const ListItem &item : l.items)
            items.emplace_back(item.level, runsHtml(item.runs));
        m_out += nestedList(items);
    }
    void write(const ReportTable &t)
    {
        if (t.header.empty())
            return;
        const auto isRight = [&](std::size_t c) {
            return c < t.align.size() && t.align[c] == ColumnAlign::Right;
        };
        m_out += "<table>\n";
        if (!t.caption.empty())
            m_out += "<caption>" + xmlEscape(t.caption) + "</caption>\n";
        if (t.columnWeights.size() == t.header.size()) {
            const int total = std::accumulate(t.columnWeights.begin(), t.columnWeights.end(), 0);
            if (total > 0) {
                m_out += "<colgroup>";
                for (int w : t.columnWeights)
                    m_out += "<col style=\"width:" + std::to_string(std::max(0, w) * 100 / total) + "%\">";
                m_out += "</colgroup>\n";
            }
        }
        m_out += "<thead><tr>";
        for (std::size_t c = 0; c < t.header.size(); ++c)
            m_out += std::string(isRight(c) ? "<th class=\"num\">" : "<th>") +
                     withBreaks(xmlEscape(t.header[c])) + "</th>";
        m_out += "</tr></thead>\n<tbody>\n";
        for (const auto &row : t.rows) {
            m_out += "<tr>";
            for (std::size_t c = 0; c < t.header.size(); ++c)
                m_out += std::string(isRight(c) ? "<td class=\"num\">" : "<td>") +
                         withBreaks(xmlEscape(c < row.size() ? row[c] : std::string())) + "</td>";
            m_out += "</tr>\n";
        }
        m_out += "</tbody>\n</table>\n";
    }
    void write(const Quote &q)
    {
        m_out += "<blockquote>\n<p>" + withBreaks(xmlEscape(q.text)) + "</p>\n";
        if (!q.attribution.empty())
            m_out += "<footer>— " + xmlEscape(q.attribution) + "</footer>\n";
        m_out += "</blockquote>\n";
    }
    void write(const Figure &f)
    {
        m_out += "<figure" + (f.id.empty() ? std::string() : " id=\"" + xmlEscape(f.id) + "\"") + ">\n";
        if (auto image = figureImage(f, m_figures, 1400)) {
            m_out += "<img src=\"data:image/png;base64," + base64Encode(image->bytes) + "\" alt=\"" +
                     xmlEscape(f.altText.empty() ? f.caption : f.altText) + "\" width=\"" +
                     std::to_string(image->width) + "\" height=\"" + std::to_string(image->height) +
                     "\">\n";
        } else if (!f.fallback.empty()) {
            std::vector<std::pair<int, std::string>> items;
            for (const ListItem &item : f.fallback)
                items.emplace_back(item.level, runsHtml(item.runs));
            m_out += nestedList(items);
        }
        if (!f.caption.empty())
            m_out += "<figcaption>" + xmlEscape(f.caption) + "</figcaption>\n";
        m_out += "</figure>\n";
    }
    void write(const PageBreak &) { m_out += "<div class=\"page-break\"></div>\n"; }
    void write(const TableOfContents &toc)
    {
        const auto headings = reportHeadings(m_document, toc.depth);
        if (headings.empty())
            return;
        m_out += "<nav class=\"toc\">\n";
        if (!toc.title.empty())
            m_out += "<h2>" + xmlEscape(toc.title) + "</h2>\n";
        std::vector<std::pair<int, std::string>> items;
        for (const Heading &h : headings) {
            items.emplace_back(h.level - 1, h.bookmark.empty()
                                                ? xmlEscape(h.text)
                                                : "<a href=\"#" + xmlEscape(h.bookmark) + "\">" +
                                                      xmlEscape(h.text) + "</a>");
        }
        m_out += nestedList(items) + "</nav>\n";
    }

    const ReportDocument &m_document;
    const FigureRenderer *m_figures;
    std::string m_out;
};

} // namespace

Result<std::string> HtmlWriter::write(const ReportDocument &document) const
{
    return Writer(document, m_figures).run();
}

} // namespace weft::core
