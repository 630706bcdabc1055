// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/report/figurerenderer.h"
#include "core/report/reportdocument.h"
#include "core/util/result.h"

#include <optional>
#include <string>
#include <string_view>

namespace weft::services {

enum class ReportFormat { Docx, Html, Markdown, Pdf };

/// "docx", "html" (or "htm"), "md" (or "markdown"), "pdf"; case-insensitive.
std::optional<ReportFormat> reportFormatFromName(std::string_view name);
/// The format an output file name asks for by its extension.
std::optional<ReportFormat> reportFormatFromPath(const std::string &path);
std::string_view reportFormatName(ReportFormat format);

/// The report's bytes in a format. PDF is drawn with Qt, which this Qt-free layer cannot
/// link: it is an error here and comes from the app's report renderer.
Result<std::string> renderReport(const core::ReportDocument &report, ReportFormat format,
                                 const core::FigureRenderer *figures = nullptr);

/// Writes through a temporary file in the same folder and a rename, so that a reader never
/// sees half a file and a failure leaves an existing file as it was.
Result<void> writeFileAtomically(const std::string &path, const std::string &bytes);

} // namespace weft::services
