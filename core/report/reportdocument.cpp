// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/reportdocument.h"

namespace weft::core {

namespace {

nlohmann::json runsJson(const std::vector<TextRun> &runs)
{
    nlohmann::json out = nlohmann::json::array();
    for (const TextRun &r : runs) {
        nlohmann::json run = {{"text", r.text}};
        if (r.bold)
            run["bold"] = true;
        if (r.italic)
            run["italic"] = true;
        out.push_back(std::move(run));
    }
    return out;
}

nlohmann::json itemsJson(const std::vector<ListItem> &items)
{
    nlohmann::json out = nlohmann::json::array();
    for (const ListItem &item : items)
        out.push_back({{"level", item.level}, {"runs", runsJson(item.runs)}});
    return out;
}

const char *roleName(ParagraphRole role)
{
    switch (role) {
    case ParagraphRole::Title: return "title";
    case ParagraphRole::Subtitle: return "subtitle";
    case ParagraphRole::Note: return "note";
    case ParagraphRole::Body: break;
    }
    return "body";
}

struct BlockJson {
    nlohmann::json operator()(const Heading &h) const
    {
        return {{"type", "heading"}, {"level", h.level}, {"text", h.text}, {"bookmark", h.bookmark}};
    }
    nlohmann::json operator()(const Paragraph &p) const
    {
        return {{"type", "paragraph"}, {"role", roleName(p.role)}, {"runs", runsJson(p.runs)}};
    }
    nlohmann::json operator()(const BulletList &l) const
    {
        return {{"type", "list"}, {"items", itemsJson(l.items)}};
    }
    nlohmann::json operator()(const ReportTable &t) const
    {
        nlohmann::json align = nlohmann::json::array();
        for (ColumnAlign a : t.align)
            align.push_back(a == ColumnAlign::Right ? "right" : "left");
        return {{"type", "table"},         {"caption", t.caption}, {"header", t.header},
                {"rows", t.rows},          {"weights", t.columnWeights}, {"align", align}};
    }
    nlohmann::json operator()(const Quote &q) const
    {
        return {{"type", "quote"}, {"text", q.text}, {"attribution", q.attribution}};
    }
    nlohmann::json operator()(const Figure &f) const
    {
        return {{"type", "figure"},
                {"id", f.id},
                {"caption", f.caption},
                {"alt", f.altText},
                {"kind", f.spec.kind},
                {"data", f.spec.data},
                {"png_bytes", f.png ? f.png->size() : 0},
                {"fallback", itemsJson(f.fallback)}};
    }
    nlohmann::json operator()(const PageBreak &) const { return {{"type", "page_break"}}; }
    nlohmann::json operator()(const TableOfContents &t) const
    {
        return {{"type", "toc"}, {"title", t.title}, {"depth", t.depth}};
    }
};

} // namespace

std::string plainText(const std::vector<TextRun> &runs)
{
    std::string out;
    for (const TextRun &r : runs)
        out += r.text;
    return out;
}

std::vector<Heading> reportHeadings(const ReportDocument &document, int depth)
{
    std::vector<Heading> out;
    for (const ReportBlock &block : document.blocks) {
        if (const auto *h = std::get_if<Heading>(&block); h && h->level <= depth)
            out.push_back(*h);
    }
    return out;
}

nlohmann::json reportToJson(const ReportDocument &document)
{
    const ReportMetadata &m = document.metadata;
    nlohmann::json blocks = nlohmann::json::array();
    for (const ReportBlock &block : document.blocks)
        blocks.push_back(std::visit(BlockJson{}, block));
    return {{"metadata",
             {{"title", m.title},
              {"subtitle", m.subtitle},
              {"authors", m.authors},
              {"date", m.date},
              {"created", m.created},
              {"modified", m.modified},
              {"language", m.language}}},
            {"blocks", std::move(blocks)}};
}

} // namespace weft::core
