// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdffixtures.h"

#include <unistd.h>

#include <array>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>
#include <stdexcept>

namespace weft::core::test {

namespace {

/// Windows-1252 bytes 0x80..0x9F and the characters they stand for.
constexpr std::array<std::pair<char32_t, unsigned char>, 27> kWinAnsiHigh{{
        {0x20AC, 0x80},
        {0x201A, 0x82},
        {0x0192, 0x83},
        {0x201E, 0x84},
        {0x2026, 0x85},
        {0x2020, 0x86},
        {0x2021, 0x87},
        {0x02C6, 0x88},
        {0x2030, 0x89},
        {0x0160, 0x8A},
        {0x2039, 0x8B},
        {0x0152, 0x8C},
        {0x017D, 0x8E},
        {0x2018, 0x91},
        {0x2019, 0x92},
        {0x201C, 0x93},
        {0x201D, 0x94},
        {0x2022, 0x95},
        {0x2013, 0x96},
        {0x2014, 0x97},
        {0x02DC, 0x98},
        {0x2122, 0x99},
        {0x0161, 0x9A},
        {0x203A, 0x9B},
        {0x0153, 0x9C},
        {0x017E, 0x9E},
        {0x0178, 0x9F},
}};

/// Decodes well-formed UTF-8 (test input); a bad byte yields U+FFFD.
std::vector<char32_t> codePoints(std::string_view s)
{
    std::vector<char32_t> out;
    for (std::size_t i = 0; i < s.size();) {
        const auto b = static_cast<unsigned char>(s[i]);
        int extra = b < 0x80 ? 0 : b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : b >= 0xC0 ? 1 : -1;
        if (extra < 0 || i + static_cast<std::size_t>(extra) >= s.size()) {
            out.push_back(0xFFFD);
            ++i;
            continue;
        }
        char32_t cp = extra == 0 ? b : b & (0x3F >> extra);
        for (int k = 1; k <= extra; ++k)
            cp = (cp << 6)
                    | (static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]) & 0x3F);
        out.push_back(cp);
        i += static_cast<std::size_t>(extra) + 1;
    }
    return out;
}

/// A PDF literal string "(...)" in WinAnsiEncoding.
std::string pdfString(std::string_view utf8)
{
    std::string out = "(";
    for (const char32_t cp : codePoints(utf8)) {
        unsigned char byte = '?';
        if (cp < 0x80 || (cp >= 0xA0 && cp <= 0xFF)) {
            byte = static_cast<unsigned char>(cp);
        } else {
            for (const auto &[ch, b] : kWinAnsiHigh) {
                if (ch == cp)
                    byte = b;
            }
        }
        if (byte == '(' || byte == ')' || byte == '\\') {
            out.push_back('\\');
            out.push_back(static_cast<char>(byte));
        } else if (byte < 0x20 || byte >= 0x80) {
            std::array<char, 8> octal{};
            std::snprintf(octal.data(), octal.size(), "\\%03o", static_cast<unsigned>(byte));
            out += octal.data();
        } else {
            out.push_back(static_cast<char>(byte));
        }
    }
    out += ")";
    return out;
}

/// Assembles numbered objects (1-based, in order) into a PDF with a correct xref table.
std::string assemblePdf(const std::vector<std::string> &objects)
{
    std::string pdf = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
    std::vector<std::size_t> offsets;
    for (std::size_t i = 0; i < objects.size(); ++i) {
        offsets.push_back(pdf.size());
        pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const std::size_t xref = pdf.size();
    pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const std::size_t offset : offsets) {
        std::array<char, 32> line{};
        std::snprintf(line.data(), line.size(), "%010zu 00000 n \n", offset);
        pdf += line.data();
    }
    pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1)
            + " /Root 1 0 R >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
    return pdf;
}

std::string streamObject(const std::string &content)
{
    return "<< /Length " + std::to_string(content.size()) + " >>\nstream\n" + content
            + "\nendstream";
}

/// Objects 1 (catalog), 2 (pages), 3 (font), then a page and its content per page.
std::string pdfWithContents(const std::vector<std::string> &contents)
{
    std::vector<std::string> objects(3);
    std::string kids;
    for (std::size_t i = 0; i < contents.size(); ++i) {
        const std::size_t pageObject = 4 + 2 * i;
        kids += std::to_string(pageObject) + " 0 R ";
        objects.push_back("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << "
                          "/Font << /F1 3 0 R >> >> /Contents "
                + std::to_string(pageObject + 1) + " 0 R >>");
        objects.push_back(streamObject(contents[i]));
    }
    objects[0] = "<< /Type /Catalog /Pages 2 0 R >>";
    objects[1] = "<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(contents.size())
            + " >>";
    objects[2] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding "
                 "/WinAnsiEncoding >>";
    return assemblePdf(objects);
}

std::string shellQuote(const std::string &s)
{
    std::string out = "'";
    for (const char c : s) {
        if (c == '\'')
            out += "'\\''";
        else
            out.push_back(c);
    }
    return out + "'";
}

} // namespace

std::string makeTextPdf(const std::vector<PdfPageLines> &pages)
{
    std::vector<std::string> contents;
    for (const PdfPageLines &lines : pages) {
        std::string content = "BT\n/F1 12 Tf\n14 TL\n72 720 Td\n";
        for (const std::string &line : lines) {
            if (!line.empty())
                content += pdfString(line) + " Tj\n";
            content += "T*\n";
        }
        content += "ET";
        contents.push_back(content);
    }
    return pdfWithContents(contents);
}

std::string makePositionedTextPdf(const std::vector<PdfTextRun> &runs)
{
    std::string content = "BT\n";
    for (const PdfTextRun &run : runs) {
        std::array<char, 96> place{};
        std::snprintf(place.data(), place.size(), "/F1 %.2f Tf\n1 0 0 1 %.2f %.2f Tm\n", run.size,
                run.x, run.y);
        content += place.data() + pdfString(run.text) + " Tj\n";
    }
    content += "ET";
    return pdfWithContents({content});
}

std::string makeShapesOnlyPdf()
{
    return pdfWithContents({"0.2 0.2 0.2 rg\n72 600 300 100 re f\n0 0 1 RG\n4 w\n72 500 m 400 "
                            "560 l S"});
}

ScratchDir::ScratchDir()
{
    static std::atomic<unsigned> counter{0};
    std::random_device random;
    const auto base = std::filesystem::temp_directory_path();
    for (int attempt = 0; attempt < 100; ++attempt) {
        const auto candidate = base
                / ("weft-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++) + "-"
                        + std::to_string(random()));
        std::error_code ec;
        if (std::filesystem::create_directory(candidate, ec)) {
            m_path = candidate;
            return;
        }
    }
    throw std::runtime_error("cannot create a scratch directory");
}

ScratchDir::~ScratchDir()
{
    std::error_code ec;
    std::filesystem::remove_all(m_path, ec);
}

void writeFile(const std::filesystem::path &path, std::string_view bytes)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out)
        throw std::runtime_error("cannot write " + path.string());
}

std::string readFile(const std::filesystem::path &path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream content;
    content << in.rdbuf();
    return content.str();
}

bool haveProgram(const std::string &program)
{
    return runQuietly("command -v " + shellQuote(program));
}

bool runQuietly(const std::string &command)
{
    return std::system((command + " >/dev/null 2>&1").c_str()) == 0;
}

std::filesystem::path convertWithLibreOffice(const std::filesystem::path &input,
        const std::string &format, const std::filesystem::path &outDir)
{
    const std::filesystem::path profile = outDir / "lo-profile";
    const std::string command = "timeout 300 soffice -env:UserInstallation=file://"
            + profile.string() + " --headless --norestore "
            + "\"--infilter=Text (encoded):UTF8,LF,,,\" --convert-to " + format + " --outdir "
            + shellQuote(outDir.string()) + " " + shellQuote(input.string());
    const std::filesystem::path output = outDir / (input.stem().string() + "." + format);
    if (!runQuietly(command) || !std::filesystem::exists(output))
        return {};
    return output;
}

std::string withoutWhitespace(std::string_view s)
{
    std::string out;
    for (const char c : s) {
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f')
            out.push_back(c);
    }
    return out;
}

} // namespace weft::core::test
