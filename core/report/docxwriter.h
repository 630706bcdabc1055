// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/report/figurerenderer.h"
#include "core/report/reportwriter.h"

namespace weft::core {

/// Word .docx (OOXML transitional): styles (Title, Heading 1-3, Quote, Caption, Table Grid, TOC
/// 1-3), bullet numbering, a TOC field, tables with repeating header rows, figures as PNG parts,
/// a page-number footer, and document properties without any user or machine name. Entries are
/// written in a fixed order and stamped with the report's modification date, so the same
/// report gives the same bytes.
class DocxWriter : public ReportWriter {
public:
    explicit DocxWriter(const FigureRenderer *figures = nullptr) : m_figures(figures) {}
    Result<std::string> write(const ReportDocument &document) const override;

private:
    const FigureRenderer *m_figures;
};

} // namespace weft::core
