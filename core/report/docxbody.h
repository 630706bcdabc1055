// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/report/docxparts.h"
#include "core/report/figurerenderer.h"
#include "core/report/reportdocument.h"

#include <string>
#include <vector>

namespace weft::core::docx {

/// Writes word/document.xml from the report model, collecting the image parts its figures
/// need. Headings carry bookmarks that the table of contents links to. The table of contents
/// is a real TOC field: Word rebuilds it with page numbers on open (settings ask it to), and
/// LibreOffice keeps it as an index the user can update. Page numbers cannot be known without
/// laying the pages out, so the entries cached in the field are a linked outline without
/// numbers, which reads as intended in any viewer that never updates fields (LibreOffice's
/// PDF export among them: it shows cached TOC content as it is, PAGEREF fields included).
class DocxBody {
public:
    DocxBody(const ReportDocument &document, const FigureRenderer *figures);

    /// The complete document part.
    std::string documentXml();
    /// The images referenced by the part, valid after documentXml().
    const std::vector<ImagePart> &images() const { return m_images; }

private:
    void write(const Heading &heading);
    void write(const Paragraph &paragraph);
    void write(const BulletList &list);
    void write(const ReportTable &table);
    void write(const Quote &quote);
    void write(const Figure &figure);
    void write(const PageBreak &);
    void write(const TableOfContents &toc);

    void writeListItems(const std::vector<ListItem> &items);
    void writeDrawing(const PngImage &image, const Figure &figure);
    std::string bookmarkName(const Heading &heading) const;

    const ReportDocument &m_document;
    const FigureRenderer *m_figures;
    std::string m_out;
    std::vector<ImagePart> m_images;
    int m_nextBookmarkId = 1;
    int m_nextDrawingId = 1;
    bool m_keepWithNext = false; ///< the block being written introduces the next one
};

} // namespace weft::core::docx
