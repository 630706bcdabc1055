// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/docxwriter.h"

#include "core/report/docxbody.h"
#include "core/report/docxparts.h"
#include "core/report/zipwriter.h"

namespace weft::core {

Result<std::string> DocxWriter::write(const ReportDocument &document) const
{
    const ReportMetadata &m = document.metadata;
    const std::string language = docx::wordLanguage(m.language);
    docx::DocxBody body(document, m_figures);
    std::string documentXml = body.documentXml();

    ZipWriter zip(m.modified.empty() ? m.created : m.modified);
    // [Content_Types].xml first: some readers sniff the package from its first entry.
    zip.add("[Content_Types].xml", docx::contentTypesXml(!body.images().empty()));
    zip.add("_rels/.rels", docx::packageRelationshipsXml());
    zip.add("word/document.xml", std::move(documentXml));
    zip.add("word/_rels/document.xml.rels", docx::documentRelationshipsXml(body.images()));
    zip.add("word/styles.xml", docx::stylesXml(language));
    zip.add("word/settings.xml", docx::settingsXml(language));
    zip.add("word/numbering.xml", docx::numberingXml());
    zip.add("word/footer1.xml", docx::footerXml());
    for (const docx::ImagePart &image : body.images())
        zip.add("word/" + image.target, image.bytes, true); // PNG is compressed already
    zip.add("docProps/core.xml", docx::corePropertiesXml(m, language));
    zip.add("docProps/app.xml", docx::appPropertiesXml());
    return zip.finish();
}

} // namespace weft::core
