// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The PDF writer: the neutral report model laid out with QTextDocument and printed with
// QPdfWriter, page by page, so that every page carries "page N of M" and the table of
// contents shows the page of each heading (the document is laid out once to find them, then
// again with the numbers filled in). Fonts: Noto Sans, then DejaVu Sans (Debian's
// fonts-noto-core, fonts-dejavu-core), embedded by Qt. Requires a QGuiApplication.
// Deterministic apart from the creation date QPdfWriter stamps.

#include "core/report/figurerenderer.h"
#include "core/report/reportwriter.h"

namespace weft::render {

enum class PdfPageSize { A4, Letter };

class PdfReportWriter : public core::ReportWriter {
public:
    explicit PdfReportWriter(const core::FigureRenderer *figures = nullptr,
                             PdfPageSize pageSize = PdfPageSize::A4)
        : m_figures(figures), m_pageSize(pageSize)
    {
    }
    Result<std::string> write(const core::ReportDocument &document) const override;

private:
    const core::FigureRenderer *m_figures;
    PdfPageSize m_pageSize;
};

} // namespace weft::render
