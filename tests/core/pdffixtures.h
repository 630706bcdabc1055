// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Test fixtures for the import readers: small PDFs written byte by byte, a scratch directory
// and helpers to run the optional external tools (qpdf, LibreOffice) some tests use. Writing
// the PDFs here keeps the tests free of binary fixture files and of any PDF library.

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace weft::core::test {

/// One PDF page: its lines from top to bottom; an empty string leaves an empty line.
using PdfPageLines = std::vector<std::string>;

/// A valid PDF 1.4 with one Helvetica (WinAnsiEncoding) text object per page and a correct
/// cross-reference table. Lines are UTF-8; characters outside Windows-1252 become '?'.
std::string makeTextPdf(const std::vector<PdfPageLines> &pages);

/// A piece of text placed on a page: x and y of its baseline in points from the bottom left.
struct PdfTextRun {
    double x = 72;
    double y = 720;
    double size = 12;
    std::string text;
};

/// A valid one-page PDF drawing `runs` in the order given, which need not be reading order.
std::string makePositionedTextPdf(const std::vector<PdfTextRun> &runs);

/// A valid one-page PDF that only draws shapes: what a scan without OCR looks like to a text
/// extractor.
std::string makeShapesOnlyPdf();

/// A fresh directory under the system temp directory, removed with everything in it.
class ScratchDir {
public:
    ScratchDir();
    ~ScratchDir();
    ScratchDir(const ScratchDir &) = delete;
    ScratchDir &operator=(const ScratchDir &) = delete;

    const std::filesystem::path &path() const { return m_path; }
    std::filesystem::path file(std::string_view name) const { return m_path / name; }

private:
    std::filesystem::path m_path;
};

void writeFile(const std::filesystem::path &path, std::string_view bytes);
std::string readFile(const std::filesystem::path &path);

/// True when `program` is on PATH.
bool haveProgram(const std::string &program);

/// Runs a shell command with its output discarded; true when it exits with status 0.
bool runQuietly(const std::string &command);

/// Converts `input` with LibreOffice (headless, its own throw-away profile) to `format`
/// ("pdf", "rtf", ...) in `outDir`; returns the output path, empty on failure.
std::filesystem::path convertWithLibreOffice(const std::filesystem::path &input,
        const std::string &format, const std::filesystem::path &outDir);

/// `s` without any whitespace, for comparing text "modulo whitespace".
std::string withoutWhitespace(std::string_view s);

} // namespace weft::core::test
