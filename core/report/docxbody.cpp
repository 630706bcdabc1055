// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/docxbody.h"

#include "core/report/docxtablelayout.h"
#include "core/report/escaping.h"

#include <algorithm>
#include <cctype>
#include <numeric>

namespace weft::core::docx {

namespace {

/// A run of text. Newlines become line breaks and tabs tab characters, as Word stores them.
std::string runXml(const std::string &text, bool bold = false, bool italic = false,
                   const std::string &style = {})
{
    std::string props;
    if (!style.empty())
        props += "<w:rStyle w:val=\"" + style + "\"/>";
    if (bold)
        props += "<w:b/><w:bCs/>";
    if (italic)
        props += "<w:i/><w:iCs/>";
    const std::string open = "<w:r>" + (props.empty() ? std::string() : "<w:rPr>" + props + "</w:rPr>");
    std::string out = open;
    std::string pending;
    const auto flush = [&] {
        if (!pending.empty())
            out += "<w:t xml:space=\"preserve\">" + xmlEscape(pending) + "</w:t>";
        pending.clear();
    };
    for (char c : text) {
        if (c == '\n') {
            flush();
            out += "<w:br/>";
        } else if (c == '\t') {
            flush();
            out += "<w:tab/>";
        } else if (c != '\r') {
            pending += c;
        }
    }
    flush();
    return out + "</w:r>";
}

std::string runsXml(const std::vector<TextRun> &runs)
{
    std::string out;
    for (const TextRun &r : runs)
        out += runXml(r.text, r.bold, r.italic);
    return out;
}

std::string paragraphXml(const std::string &style, const std::string &content,
                         const std::string &extraProps = {})
{
    std::string props;
    if (!style.empty())
        props += "<w:pStyle w:val=\"" + style + "\"/>";
    props += extraProps;
    return "<w:p>" + (props.empty() ? std::string() : "<w:pPr>" + props + "</w:pPr>") + content +
           "</w:p>\n";
}

constexpr const char *kDocumentNamespaces =
    " xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
    " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
    " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
    " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
    " xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"";

} // namespace

DocxBody::DocxBody(const ReportDocument &document, const FigureRenderer *figures)
    : m_document(document), m_figures(figures)
{
}

std::string DocxBody::documentXml()
{
    m_out = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    m_out += std::string("<w:document") + kDocumentNamespaces + "><w:body>\n";
    m_images.clear();
    m_nextBookmarkId = 1;
    m_nextDrawingId = 1;
    for (std::size_t i = 0; i < m_document.blocks.size(); ++i) {
        // A paragraph that introduces a table, list, quote or figure stays on its page.
        const ReportBlock *next = i + 1 < m_document.blocks.size() ? &m_document.blocks[i + 1] : nullptr;
        m_keepWithNext = next && (std::holds_alternative<ReportTable>(*next) || std::holds_alternative<BulletList>(*next) ||
                                  std::holds_alternative<Quote>(*next) || std::holds_alternative<Figure>(*next));
        std::visit([this](const auto &b) { write(b); }, m_document.blocks[i]);
    }
    // The title page (first page) has no footer: titlePg with no first-page footer.
    m_out += "<w:sectPr><w:footerReference w:type=\"default\" r:id=\"rId4\"/>"
             "<w:pgSz w:w=\"" + std::to_string(kPageWidthTwips) + "\" w:h=\"" +
             std::to_string(kPageHeightTwips) + "\"/><w:pgMar w:top=\"" + std::to_string(kMarginTwips) +
             "\" w:right=\"" + std::to_string(kMarginTwips) + "\" w:bottom=\"" +
             std::to_string(kMarginTwips) + "\" w:left=\"" + std::to_string(kMarginTwips) +
             "\" w:header=\"709\" w:footer=\"709\" w:gutter=\"0\"/><w:cols w:space=\"708\"/>"
             "<w:titlePg/></w:sectPr>\n</w:body></w:document>";
    return m_out;
}

std::string DocxBody::bookmarkName(const Heading &heading) const
{
    // Word bookmark names: at most 40 characters of letters, digits and '_'. A leading '_'
    // hides them from the user's bookmark list, as Word's own _Toc bookmarks are.
    std::string name = "_Toc_";
    for (char c : heading.bookmark)
        name += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
    return name.substr(0, 40);
}

void DocxBody::write(const Heading &heading)
{
    const int level = std::clamp(heading.level, 1, 3);
    std::string content;
    if (heading.bookmark.empty()) {
        content = runXml(heading.text);
    } else {
        const std::string id = std::to_string(m_nextBookmarkId++);
        content = "<w:bookmarkStart w:id=\"" + id + "\" w:name=\"" + bookmarkName(heading) + "\"/>" +
                  runXml(heading.text) + "<w:bookmarkEnd w:id=\"" + id + "\"/>";
    }
    m_out += paragraphXml("Heading" + std::to_string(level), content);
}

void DocxBody::write(const Paragraph &paragraph)
{
    switch (paragraph.role) {
    case ParagraphRole::Title: m_out += paragraphXml("Title", runsXml(paragraph.runs)); return;
    case ParagraphRole::Subtitle: m_out += paragraphXml("Subtitle", runsXml(paragraph.runs)); return;
    case ParagraphRole::Note:
        m_out += paragraphXml("Note", runsXml(paragraph.runs), m_keepWithNext ? "<w:keepNext/>" : "");
        return;
    case ParagraphRole::Body: break;
    }
    m_out += paragraphXml({}, runsXml(paragraph.runs), m_keepWithNext ? "<w:keepNext/>" : "");
}

void DocxBody::writeListItems(const std::vector<ListItem> &items)
{
    for (const ListItem &item : items) {
        const int level = std::clamp(item.level, 0, 2);
        m_out += paragraphXml("ListParagraph", runsXml(item.runs),
                              "<w:numPr><w:ilvl w:val=\"" + std::to_string(level) +
                                  "\"/><w:numId w:val=\"1\"/></w:numPr>");
    }
}

void DocxBody::write(const BulletList &list) { writeListItems(list.items); }

void DocxBody::write(const ReportTable &table)
{
    if (table.header.empty())
        return;
    if (!table.caption.empty())
        m_out += paragraphXml("Caption", runXml(table.caption));
    const std::vector<int> widths = columnWidths(table, kTextWidthTwips);
    // A short table stays on one page: every row but the last keeps with the next. Long tables
    // may break, and then their header row repeats.
    const bool together = table.rows.size() <= 20;
    const auto cell = [&](std::size_t c, const std::string &text, bool header, bool keep) {
        const bool right = c < table.align.size() && table.align[c] == ColumnAlign::Right;
        std::string props = "<w:tcW w:w=\"" + std::to_string(widths[c]) + "\" w:type=\"dxa\"/>";
        if (header)
            props += "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"E7EBF0\"/>";
        return "<w:tc><w:tcPr>" + props + "</w:tcPr>" +
               paragraphXml(header ? "TableHeading" : "TableText", runXml(text),
                            std::string(keep && !header ? "<w:keepNext/>" : "") +
                                (right ? "<w:jc w:val=\"right\"/>" : "")) +
               "</w:tc>";
    };
    m_out += "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"" +
             std::to_string(kTextWidthTwips) +
             "\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/><w:tblLook w:val=\"04A0\" "
             "w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" "
             "w:noHBand=\"1\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>";
    for (int w : widths)
        m_out += "<w:gridCol w:w=\"" + std::to_string(w) + "\"/>";
    m_out += "</w:tblGrid>\n";
    // The header row repeats on every page the table runs over; no row splits across pages.
    m_out += "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>";
    for (std::size_t c = 0; c < table.header.size(); ++c)
        m_out += cell(c, table.header[c], true, true);
    m_out += "</w:tr>\n";
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        const auto &row = table.rows[r];
        const bool keep = together && r + 1 < table.rows.size();
        m_out += "<w:tr><w:trPr><w:cantSplit/></w:trPr>";
        for (std::size_t c = 0; c < table.header.size(); ++c)
            m_out += cell(c, c < row.size() ? row[c] : std::string(), false, keep);
        m_out += "</w:tr>\n";
    }
    m_out += "</w:tbl>\n";
    // A table directly followed by another would merge with it; a small gap also reads better.
    m_out += paragraphXml({}, {}, "<w:spacing w:after=\"0\"/>");
}

void DocxBody::write(const Quote &quote)
{
    m_out += paragraphXml("Quote", runXml(quote.text));
    if (!quote.attribution.empty())
        m_out += paragraphXml("QuoteAttribution", runXml("\xE2\x80\x94 " + quote.attribution));
}

void DocxBody::write(const Figure &figure)
{
    if (auto image = figureImage(figure, m_figures, 1600))
        writeDrawing(*image, figure);
    else
        writeListItems(figure.fallback);
    if (!figure.caption.empty())
        m_out += paragraphXml("Caption", runXml(figure.caption));
}

void DocxBody::writeDrawing(const PngImage &image, const Figure &figure)
{
    const int n = m_nextDrawingId++;
    ImagePart part;
    part.relationshipId = "rIdImg" + std::to_string(n);
    part.target = "media/image" + std::to_string(n) + ".png";
    part.bytes = image.bytes;
    m_images.push_back(std::move(part));
    // Size at 96 dpi, scaled down to the text width (EMU: 9525 per pixel, 635 per twip).
    constexpr long long kMaxWidth = static_cast<long long>(kTextWidthTwips) * 635;
    long long cx = static_cast<long long>(image.width) * 9525;
    long long cy = static_cast<long long>(image.height) * 9525;
    if (cx > kMaxWidth) {
        cy = cy * kMaxWidth / cx;
        cx = kMaxWidth;
    }
    const std::string ext = "cx=\"" + std::to_string(cx) + "\" cy=\"" + std::to_string(cy) + "\"";
    const std::string id = std::to_string(n);
    const std::string alt = xmlEscape(figure.altText.empty() ? figure.caption : figure.altText);
    const std::string drawing =
        "<w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\"><wp:extent " + ext +
        "/><wp:docPr id=\"" + id + "\" name=\"Figure " + id + "\" descr=\"" + alt +
        "\"/><wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect=\"1\"/></wp:cNvGraphicFramePr>"
        "<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">"
        "<pic:pic><pic:nvPicPr><pic:cNvPr id=\"" + id + "\" name=\"image" + id +
        ".png\"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed=\"" +
        m_images.back().relationshipId +
        "\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x=\"0\" "
        "y=\"0\"/><a:ext " + ext + "/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom>"
        "</pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>";
    m_out += paragraphXml("FigureParagraph", drawing);
}

void DocxBody::write(const PageBreak &)
{
    m_out += "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>\n";
}

void DocxBody::write(const TableOfContents &toc)
{
    const auto headings = reportHeadings(m_document, std::clamp(toc.depth, 1, 3));
    if (!toc.title.empty())
        m_out += paragraphXml("TOCHeading", runXml(toc.title));
    const std::string instruction =
        " TOC \\o \"1-" + std::to_string(std::clamp(toc.depth, 1, 3)) + "\" \\h \\z \\u ";
    const std::string begin = "<w:r><w:fldChar w:fldCharType=\"begin\" w:dirty=\"true\"/></w:r>"
                              "<w:r><w:instrText xml:space=\"preserve\">" + xmlEscape(instruction) +
                              "</w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>";
    const std::string end = "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
    if (headings.empty()) {
        m_out += paragraphXml("TOC1", begin + end);
        return;
    }
    for (std::size_t i = 0; i < headings.size(); ++i) {
        const Heading &h = headings[i];
        std::string content = i == 0 ? begin : std::string();
        if (h.bookmark.empty()) {
            content += runXml(h.text);
        } else {
            const std::string name = bookmarkName(h);
            content += "<w:hyperlink w:anchor=\"" + name + "\" w:history=\"1\">" + runXml(h.text) +
                       "</w:hyperlink>";
        }
        if (i + 1 == headings.size())
            content += end;
        m_out += paragraphXml("TOC" + std::to_string(std::clamp(h.level, 1, 3)), content);
    }
}

} // namespace weft::core::docx
