// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/docxparts.h"

#include "core/report/escaping.h"

namespace weft::core::docx {

namespace {

constexpr const char *kXmlDeclaration =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

/// W3CDTF as Word writes it: whole seconds and a Z. Our timestamps carry milliseconds.
std::string w3cdtf(const std::string &iso)
{
    if (iso.size() >= 19 && iso[10] == 'T')
        return iso.substr(0, 19) + "Z";
    if (iso.size() == 10)
        return iso + "T00:00:00Z";
    return "1980-01-01T00:00:00Z";
}

/// One paragraph style. `pPr`/`rPr` are the inner XML of those elements, in schema order.
std::string paragraphStyle(const std::string &id, const std::string &name, const std::string &basedOn,
                           const std::string &next, int priority, const std::string &pPr,
                           const std::string &rPr, bool quick = true)
{
    std::string s = "<w:style w:type=\"paragraph\" w:styleId=\"" + id + "\"><w:name w:val=\"" +
                    name + "\"/>";
    if (!basedOn.empty())
        s += "<w:basedOn w:val=\"" + basedOn + "\"/>";
    if (!next.empty())
        s += "<w:next w:val=\"" + next + "\"/>";
    s += "<w:uiPriority w:val=\"" + std::to_string(priority) + "\"/>";
    if (quick)
        s += "<w:qFormat/>";
    if (!pPr.empty())
        s += "<w:pPr>" + pPr + "</w:pPr>";
    if (!rPr.empty())
        s += "<w:rPr>" + rPr + "</w:rPr>";
    return s + "</w:style>\n";
}

std::string heading(int level, int before, int size, const std::string &color)
{
    const std::string n = std::to_string(level);
    return paragraphStyle("Heading" + n, "heading " + n, "Normal", "Normal", 9,
                          "<w:keepNext/><w:keepLines/><w:spacing w:before=\"" +
                              std::to_string(before) + "\" w:after=\"120\"/><w:outlineLvl w:val=\"" +
                              std::to_string(level - 1) + "\"/>",
                          "<w:b/>"
                          "<w:color w:val=\"" + color + "\"/><w:sz w:val=\"" + std::to_string(size) +
                              "\"/><w:szCs w:val=\"" + std::to_string(size) + "\"/>");
}

std::string tocLevel(int level)
{
    const std::string n = std::to_string(level);
    return paragraphStyle("TOC" + n, "toc " + n, "Normal", "Normal", 39,
                          "<w:tabs><w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\"" +
                              std::to_string(kTextWidthTwips) + "\"/></w:tabs><w:spacing w:after=\"" +
                              (level == 1 ? "80" : "40") + "\"/><w:ind w:left=\"" +
                              std::to_string((level - 1) * 360) + "\"/>",
                          level == 1 ? "<w:b/>" : "", false);
}

} // namespace

std::string wordLanguage(const std::string &language)
{
    if (language == "fr")
        return "fr-FR";
    if (language == "en" || language.empty())
        return "en-GB";
    return language;
}

std::string contentTypesXml(bool hasImages)
{
    std::string s = kXmlDeclaration;
    s += "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
         "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
         "<Default Extension=\"xml\" ContentType=\"application/xml\"/>";
    if (hasImages)
        s += "<Default Extension=\"png\" ContentType=\"image/png\"/>";
    s += "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
         "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
         "<Override PartName=\"/word/settings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>"
         "<Override PartName=\"/word/numbering.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml\"/>"
         "<Override PartName=\"/word/footer1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/>"
         "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
         "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
         "</Types>";
    return s;
}

std::string packageRelationshipsXml()
{
    std::string s = kXmlDeclaration;
    s += "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
         "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
         "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
         "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\" Target=\"docProps/app.xml\"/>"
         "</Relationships>";
    return s;
}

std::string documentRelationshipsXml(const std::vector<ImagePart> &images)
{
    const std::string base = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    std::string s = kXmlDeclaration;
    s += "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
    s += "<Relationship Id=\"rId1\" Type=\"" + base + "styles\" Target=\"styles.xml\"/>";
    s += "<Relationship Id=\"rId2\" Type=\"" + base + "settings\" Target=\"settings.xml\"/>";
    s += "<Relationship Id=\"rId3\" Type=\"" + base + "numbering\" Target=\"numbering.xml\"/>";
    s += "<Relationship Id=\"rId4\" Type=\"" + base + "footer\" Target=\"footer1.xml\"/>";
    for (const ImagePart &image : images) {
        s += "<Relationship Id=\"" + image.relationshipId + "\" Type=\"" + base +
             "image\" Target=\"" + image.target + "\"/>";
    }
    return s + "</Relationships>";
}

std::string stylesXml(const std::string &language)
{
    std::string s = kXmlDeclaration;
    s += std::string("<w:styles xmlns:w=\"") + kMainNamespace + "\">\n";
    // One family for everything: Calibri 11 pt, which LibreOffice maps to the metric-compatible
    // Carlito. No theme fonts: the package has no theme part for them to come from.
    s += "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Calibri\" w:eastAsia=\"Calibri\" "
         "w:hAnsi=\"Calibri\" w:cs=\"Calibri\"/><w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/>"
         "<w:lang w:val=\"" + xmlEscape(language) + "\" w:eastAsia=\"" + xmlEscape(language) +
         "\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"140\" "
         "w:line=\"264\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>\n";
    s += "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/>"
         "<w:qFormat/></w:style>\n";
    s += "<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\">"
         "<w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/>"
         "<w:unhideWhenUsed/></w:style>\n";
    s += "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>"
         "<w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w=\"0\" "
         "w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/>"
         "<w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr>"
         "</w:style>\n";
    s += "<w:style w:type=\"numbering\" w:default=\"1\" w:styleId=\"NoList\"><w:name w:val=\"No List\"/>"
         "<w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/></w:style>\n";
    s += paragraphStyle("Title", "Title", "Normal", "Normal", 10,
                        "<w:spacing w:before=\"2400\" w:after=\"360\"/><w:contextualSpacing/>",
                        "<w:b/><w:color w:val=\"1F3550\"/><w:kern w:val=\"28\"/><w:sz w:val=\"52\"/><w:szCs w:val=\"52\"/>");
    s += paragraphStyle("Subtitle", "Subtitle", "Normal", "Normal", 11, "<w:spacing w:after=\"120\"/>",
                        "<w:color w:val=\"44546A\"/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/>");
    s += heading(1, 480, 32, "1F3550");
    s += heading(2, 360, 26, "2E4A6B");
    s += heading(3, 240, 23, "2E4A6B");
    s += paragraphStyle("Quote", "Quote", "Normal", "QuoteAttribution", 29,
                        "<w:keepNext/><w:keepLines/><w:pBdr><w:left w:val=\"single\" w:sz=\"12\" w:space=\"8\" "
                        "w:color=\"9AA7B8\"/></w:pBdr><w:spacing w:before=\"160\" w:after=\"40\"/>"
                        "<w:ind w:left=\"567\" w:right=\"567\"/>",
                        "<w:i/><w:iCs/><w:color w:val=\"262626\"/>");
    s += paragraphStyle("QuoteAttribution", "Quote Attribution", "Normal", "Normal", 30,
                        "<w:spacing w:after=\"200\"/><w:ind w:left=\"567\" w:right=\"567\"/><w:jc w:val=\"right\"/>",
                        "<w:color w:val=\"44546A\"/><w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/>");
    s += paragraphStyle("Caption", "caption", "Normal", "Normal", 35,
                        "<w:keepNext/><w:spacing w:before=\"160\" w:after=\"80\"/>",
                        "<w:b/><w:color w:val=\"44546A\"/><w:sz w:val=\"19\"/><w:szCs w:val=\"19\"/>");
    s += paragraphStyle("Note", "Note", "Normal", "Normal", 36, "",
                        "<w:i/><w:color w:val=\"595959\"/><w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/>");
    s += paragraphStyle("ListParagraph", "List Paragraph", "Normal", "", 34,
                        "<w:spacing w:after=\"60\"/><w:ind w:left=\"720\"/><w:contextualSpacing/>", "");
    s += paragraphStyle("TableText", "Table Text", "Normal", "", 37, "<w:spacing w:before=\"20\" w:after=\"20\" w:line=\"240\" w:lineRule=\"auto\"/>",
                        "<w:sz w:val=\"19\"/><w:szCs w:val=\"19\"/>");
    s += paragraphStyle("TableHeading", "Table Heading", "TableText", "", 38, "<w:keepNext/>", "<w:b/>");
    s += paragraphStyle("FigureParagraph", "Figure", "Normal", "Caption", 38,
                        "<w:keepNext/><w:spacing w:before=\"120\" w:after=\"0\"/><w:jc w:val=\"center\"/>", "");
    s += paragraphStyle("TOCHeading", "TOC Heading", "Heading1", "Normal", 39,
                        "<w:outlineLvl w:val=\"9\"/>", "");
    s += tocLevel(1) + tocLevel(2) + tocLevel(3);
    s += paragraphStyle("Footer", "footer", "Normal", "", 99,
                        "<w:tabs><w:tab w:val=\"center\" w:pos=\"4536\"/><w:tab w:val=\"right\" w:pos=\"9072\"/></w:tabs>"
                        "<w:spacing w:after=\"0\"/>",
                        "<w:color w:val=\"595959\"/><w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>", false);
    s += "<w:style w:type=\"character\" w:styleId=\"Hyperlink\"><w:name w:val=\"Hyperlink\"/>"
         "<w:basedOn w:val=\"DefaultParagraphFont\"/><w:uiPriority w:val=\"99\"/><w:unhideWhenUsed/>"
         "<w:rPr><w:color w:val=\"1F4E79\"/></w:rPr></w:style>\n";
    // Table Grid as Word defines it (single borders all round), with room in the cells.
    s += "<w:style w:type=\"table\" w:styleId=\"TableGrid\"><w:name w:val=\"Table Grid\"/>"
         "<w:basedOn w:val=\"TableNormal\"/><w:uiPriority w:val=\"39\"/><w:pPr><w:spacing w:after=\"0\" "
         "w:line=\"240\" w:lineRule=\"auto\"/></w:pPr><w:tblPr><w:tblBorders>"
         "<w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"A6A6A6\"/>"
         "<w:left w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"A6A6A6\"/>"
         "<w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"A6A6A6\"/>"
         "<w:right w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"A6A6A6\"/>"
         "<w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"A6A6A6\"/>"
         "<w:insideV w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"A6A6A6\"/>"
         "</w:tblBorders><w:tblCellMar><w:top w:w=\"40\" w:type=\"dxa\"/><w:left w:w=\"100\" w:type=\"dxa\"/>"
         "<w:bottom w:w=\"40\" w:type=\"dxa\"/><w:right w:w=\"100\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr>"
         "</w:style>\n";
    return s + "</w:styles>";
}

std::string settingsXml(const std::string &language)
{
    std::string s = kXmlDeclaration;
    s += std::string("<w:settings xmlns:w=\"") + kMainNamespace + "\">"
         "<w:zoom w:percent=\"100\"/><w:defaultTabStop w:val=\"720\"/>"
         "<w:characterSpacingControl w:val=\"doNotCompress\"/>"
         // Word rebuilds the table of contents (with page numbers) when the file is opened.
         "<w:updateFields w:val=\"true\"/>"
         "<w:compat><w:compatSetting w:name=\"compatibilityMode\" "
         "w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
         "<w:themeFontLang w:val=\"" + xmlEscape(language) + "\"/>"
         "</w:settings>";
    return s;
}

std::string numberingXml()
{
    // One bullet list definition with three levels; every list in the report uses it.
    static const char *kBullets[] = {"\xE2\x80\xA2", "\xE2\x97\xA6", "\xE2\x96\xAA"}; // • ◦ ▪
    std::string s = kXmlDeclaration;
    s += std::string("<w:numbering xmlns:w=\"") + kMainNamespace + "\">";
    s += "<w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"hybridMultilevel\"/>";
    for (int level = 0; level < 3; ++level) {
        s += "<w:lvl w:ilvl=\"" + std::to_string(level) + "\"><w:start w:val=\"1\"/>"
             "<w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"" + std::string(kBullets[level]) +
             "\"/><w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"" + std::to_string(360 * (level + 1)) +
             "\" w:hanging=\"360\"/></w:pPr></w:lvl>";
    }
    s += "</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num></w:numbering>";
    return s;
}

std::string footerXml()
{
    std::string s = kXmlDeclaration;
    s += std::string("<w:ftr xmlns:w=\"") + kMainNamespace + "\">"
         "<w:p><w:pPr><w:pStyle w:val=\"Footer\"/><w:jc w:val=\"center\"/></w:pPr>"
         "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
         "<w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>"
         "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>2</w:t></w:r>"
         "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p></w:ftr>";
    return s;
}

std::string corePropertiesXml(const ReportMetadata &metadata, const std::string &language)
{
    std::string s = kXmlDeclaration;
    s += "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
         "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
         "xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">";
    s += "<dc:title>" + xmlEscape(metadata.title) + "</dc:title>";
    if (!metadata.subtitle.empty())
        s += "<dc:subject>" + xmlEscape(metadata.subtitle) + "</dc:subject>";
    s += "<dc:language>" + xmlEscape(language) + "</dc:language>";
    s += "<dcterms:created xsi:type=\"dcterms:W3CDTF\">" + w3cdtf(metadata.created) + "</dcterms:created>";
    s += "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">" +
         w3cdtf(metadata.modified.empty() ? metadata.created : metadata.modified) + "</dcterms:modified>";
    return s + "</cp:coreProperties>";
}

std::string appPropertiesXml()
{
    std::string s = kXmlDeclaration;
    s += "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\" "
         "xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
         "<Application>Weft</Application><DocSecurity>0</DocSecurity></Properties>";
    return s;
}

} // namespace weft::core::docx
