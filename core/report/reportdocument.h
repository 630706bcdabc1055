// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The neutral report model: what a report says, with no trace of any output format. Services
// build it from a project; one writer per format (Markdown, HTML, DOCX, and the Qt PDF writer in
// app/) turns it into bytes. Keeping every format decision in the writers is what lets the same
// findings come out identically in each, and lets tests compare the model itself.

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace weft::core {

/// A stretch of text with one emphasis. Text may hold '\n' for a line break within a paragraph.
struct TextRun {
    std::string text;
    bool bold = false;
    bool italic = false;
};

/// What the report is and where it comes from. Dates come from the project, never the clock,
/// so the same project gives the same bytes.
struct ReportMetadata {
    std::string title;
    std::string subtitle;
    std::vector<std::string> authors;
    std::string date;     ///< the report's date as shown, "YYYY-MM-DD"
    std::string created;  ///< ISO 8601 UTC, document properties "created"
    std::string modified; ///< ISO 8601 UTC, document properties "modified"
    std::string language = "en"; ///< BCP 47 language of the fixed text ("en", "fr")
};

struct Heading {
    int level = 1;        ///< 1..3
    std::string text;
    std::string bookmark; ///< stable anchor id ("theme-2"); unique within the document
};

/// How a paragraph reads in the document. Title and Subtitle belong on the title page.
enum class ParagraphRole { Body, Title, Subtitle, Note };

struct Paragraph {
    std::vector<TextRun> runs;
    ParagraphRole role = ParagraphRole::Body;
};

struct ListItem {
    std::vector<TextRun> runs;
    int level = 0; ///< nesting depth, 0..2
};

struct BulletList {
    std::vector<ListItem> items;
};

enum class ColumnAlign { Left, Right };

/// A table with one header row. Cells are plain text.
struct ReportTable {
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;
    std::string caption;
    /// Relative column widths (any positive numbers), a hint: HTML uses it as is, DOCX sizes
    /// columns from their content and uses it only for a table without rows. Empty or of the
    /// wrong length means no hint.
    std::vector<int> columnWeights;
    /// Per-column alignment; numbers read best right-aligned. Missing columns are left-aligned.
    std::vector<ColumnAlign> align;
};

/// A quotation from the data with its source, e.g. "P03, interview, 00:14:20".
struct Quote {
    std::string text;
    std::string attribution;
};

/// What a figure shows, for a renderer that draws it (see FigureRenderer). `kind` names the
/// drawing ("thematic-map"); `data` is its input in a documented JSON shape.
struct FigureSpec {
    std::string kind;
    nlohmann::json data;
};

/// A figure: PNG bytes when the builder has them, else drawn on demand by a FigureRenderer,
/// else written as its `fallback` list so the reader still gets the content.
struct Figure {
    std::string id;
    std::string caption;
    std::string altText;
    FigureSpec spec;
    std::optional<std::string> png;
    std::vector<ListItem> fallback;
};

struct PageBreak {};

/// Where the table of contents goes; writers list headings down to `depth`.
struct TableOfContents {
    std::string title;
    int depth = 3;
};

using ReportBlock =
    std::variant<Heading, Paragraph, BulletList, ReportTable, Quote, Figure, PageBreak, TableOfContents>;

struct ReportDocument {
    ReportMetadata metadata;
    std::vector<ReportBlock> blocks;
};

/// The concatenated text of runs.
std::string plainText(const std::vector<TextRun> &runs);

/// The headings down to `depth`, in document order (for tables of contents).
std::vector<Heading> reportHeadings(const ReportDocument &document, int depth);

/// The model as JSON, for golden tests and debugging. PNG bytes appear as their size only.
nlohmann::json reportToJson(const ReportDocument &document);

} // namespace weft::core
