// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/report/figurerenderer.h"
#include "core/report/reportwriter.h"

namespace weft::core {

/// CommonMark with GitHub tables. Anchors are written as `<a id>` before each heading, so the
/// table of contents links work whatever slug rule the viewer uses. Figures with an image are
/// embedded as data: URIs; without one their fallback list is written. Page breaks have no
/// Markdown form and are dropped.
class MarkdownWriter : public ReportWriter {
public:
    explicit MarkdownWriter(const FigureRenderer *figures = nullptr) : m_figures(figures) {}
    Result<std::string> write(const ReportDocument &document) const override;

private:
    const FigureRenderer *m_figures;
};

} // namespace weft::core
