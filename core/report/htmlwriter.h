// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/report/figurerenderer.h"
#include "core/report/reportwriter.h"

namespace weft::core {

/// One self-contained HTML5 file: inline CSS (screen and print), figures as data: URIs, no
/// script and no external resource, so it can be mailed or previewed as it is. All text is
/// escaped; headings carry their bookmark as id for the table of contents.
class HtmlWriter : public ReportWriter {
public:
    explicit HtmlWriter(const FigureRenderer *figures = nullptr) : m_figures(figures) {}
    Result<std::string> write(const ReportDocument &document) const override;

private:
    const FigureRenderer *m_figures;
};

} // namespace weft::core
