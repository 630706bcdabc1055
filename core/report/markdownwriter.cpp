// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/markdownwriter.h"

#include "core/report/escaping.h"

#include <algorithm>
#include <cctype>

namespace weft::core {

namespace {

bool isPunctuationToEscape(char c)
{
    switch (c) {
    case '\\': case '`': case '*': case '_': case '[': case ']': case '<': case '>': case '|':
        return true;
    default:
        return false;
    }
}

/// Escapes what CommonMark would read as markup. Line starts get extra care: '#', '-', '+',
/// '=' and "1." there would turn a sentence into a heading or a list.
std::string escapeInline(std::string_view text, bool atLineStart)
{
    std::string out;
    out.reserve(text.size() + 8);
    bool lineStart = atLineStart;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (lineStart) {
            std::size_t digits = i;
            while (digits < text.size() && std::isdigit(static_cast<unsigned char>(text[digits])))
                ++digits;
            if (c == '#' || c == '-' || c == '+' || c == '=') {
                out += '\\';
            } else if (digits > i && digits < text.size() &&
                       (text[digits] == '.' || text[digits] == ')')) {
                out.append(text.substr(i, digits - i));
                out += '\\';
                i = digits - 1;
                lineStart = false;
                continue;
            }
        }
        if (isPunctuationToEscape(c) ||
            (c == '&' && i + 1 < text.size() &&
             (std::isalpha(static_cast<unsigned char>(text[i + 1])) || text[i + 1] == '#')))
            out += '\\';
        out += c;
        lineStart = c == '\n';
    }
    return out;
}

/// A hard line break inside a paragraph is a backslash at the end of the line.
std::string withBreaks(const std::string &escaped)
{
    std::string out;
    for (char c : escaped)
        out += c == '\n' ? std::string("\\\n") : std::string(1, c);
    return out;
}

/// One run with its emphasis. Markers hug the text: surrounding spaces go outside, or
/// CommonMark would not see them as emphasis.
std::string runText(const TextRun &run, bool atLineStart)
{
    const std::string &text = run.text;
    if (!run.bold && !run.italic)
        return withBreaks(escapeInline(text, atLineStart));
    const std::size_t first = text.find_first_not_of(' ');
    if (first == std::string::npos)
        return text;
    const std::size_t last = text.find_last_not_of(' ');
    const std::string marker = run.bold && run.italic ? "***" : run.bold ? "**" : "*";
    return text.substr(0, first) + marker +
           withBreaks(escapeInline(text.substr(first, last - first + 1), false)) + marker +
           text.substr(last + 1);
}

std::string runsText(const std::vector<TextRun> &runs)
{
    std::string out;
    for (const TextRun &r : runs)
        out += runText(r, out.empty() || out.back() == '\n');
    return out;
}

/// Table cells are one line: a newline would end the row.
std::string cellText(const std::string &text)
{
    std::string out;
    for (char c : escapeInline(text, false))
        out += c == '\n' ? std::string("<br>") : std::string(1, c);
    return out.empty() ? " " : out;
}

std::string itemsText(const std::vector<ListItem> &items)
{
    std::string out;
    for (const ListItem &item : items) {
        out += std::string(static_cast<std::size_t>(std::max(0, item.level)) * 2, ' ') + "- " +
               runsText(item.runs) + "\n";
    }
    return out;
}

class Writer {
public:
    Writer(const ReportDocument &document, const FigureRenderer *figures)
        : m_document(document), m_figures(figures)
    {
    }

    std::string run()
    {
        for (const ReportBlock &block : m_document.blocks) {
            const std::size_t before = m_out.size();
            std::visit([this](const auto &b) { write(b); }, block);
            if (m_out.size() != before)
                m_out += '\n';
        }
        while (m_out.size() > 1 && m_out[m_out.size() - 1] == '\n' && m_out[m_out.size() - 2] == '\n')
            m_out.pop_back();
        return m_out;
    }

private:
    void write(const Heading &h)
    {
        if (!h.bookmark.empty())
            m_out += "<a id=\"" + xmlEscape(h.bookmark) + "\"></a>\n";
        m_out += std::string(static_cast<std::size_t>(std::clamp(h.level, 1, 5)) + 1, '#') + " " +
                 cellText(h.text) + "\n";
    }
    void write(const Paragraph &p)
    {
        switch (p.role) {
        case ParagraphRole::Title: m_out += "# " + cellText(plainText(p.runs)) + "\n"; return;
        case ParagraphRole::Subtitle: m_out += "**" + cellText(plainText(p.runs)) + "**\n"; return;
        case ParagraphRole::Note:
        case ParagraphRole::Body: break;
        }
        m_out += runsText(p.runs) + "\n";
    }
    void write(const BulletList &l) { m_out += itemsText(l.items); }
    void write(const ReportTable &t)
    {
        if (t.header.empty())
            return;
        if (!t.caption.empty())
            m_out += "*" + cellText(t.caption) + "*\n\n";
        std::string header = "|", rule = "|";
        for (std::size_t c = 0; c < t.header.size(); ++c) {
            header += " " + cellText(t.header[c]) + " |";
            const bool right = c < t.align.size() && t.align[c] == ColumnAlign::Right;
            rule += right ? " ---: |" : " --- |";
        }
        m_out += header + "\n" + rule + "\n";
        for (const auto &row : t.rows) {
            std::string line = "|";
            for (std::size_t c = 0; c < t.header.size(); ++c)
                line += " " + cellText(c < row.size() ? row[c] : std::string()) + " |";
            m_out += line + "\n";
        }
    }
    void write(const Quote &q)
    {
        std::string text = escapeInline(q.text, true);
        m_out += "> ";
        for (char c : text)
            m_out += c == '\n' ? std::string("\n> ") : std::string(1, c);
        m_out += "\n";
        if (!q.attribution.empty())
            m_out += ">\n> — " + cellText(q.attribution) + "\n";
    }
    void write(const Figure &f)
    {
        if (auto image = figureImage(f, m_figures, 1200)) {
            m_out += "![" + cellText(f.altText.empty() ? f.caption : f.altText) +
                     "](data:image/png;base64," + base64Encode(image->bytes) + ")\n\n";
        } else if (!f.fallback.empty()) {
            m_out += itemsText(f.fallback) + "\n";
        }
        if (!f.caption.empty())
            m_out += "*" + cellText(f.caption) + "*\n";
    }
    void write(const PageBreak &) {}
    void write(const TableOfContents &toc)
    {
        const auto headings = reportHeadings(m_document, toc.depth);
        if (headings.empty())
            return;
        if (!toc.title.empty())
            m_out += "**" + cellText(toc.title) + "**\n\n";
        for (const Heading &h : headings) {
            m_out += std::string(static_cast<std::size_t>(std::max(0, h.level - 1)) * 2, ' ') + "- ";
            m_out += h.bookmark.empty() ? cellText(h.text)
                                        : "[" + cellText(h.text) + "](#" + h.bookmark + ")";
            m_out += "\n";
        }
    }

    const ReportDocument &m_document;
    const FigureRenderer *m_figures;
    std::string m_out;
};

} // namespace

Result<std::string> MarkdownWriter::write(const ReportDocument &document) const
{
    return Writer(document, m_figures).run();
}

} // namespace weft::core
