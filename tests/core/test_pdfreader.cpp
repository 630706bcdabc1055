// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/pdfreader.h"

#include "core/text/normalize.h"
#include "pdffixtures.h"

#include <catch2/catch.hpp>

#include <fcntl.h>
#include <unistd.h>

#include <cstdio>
#include <string>

using Catch::Matchers::Contains;
using weft::ErrorCode;
using weft::core::ImportOptions;
using weft::core::PdfReader;
using namespace weft::core::test;

namespace {

/// Sends file descriptor 2 to a file while alive, so a test can check that nothing was
/// written to stderr.
class StderrCapture {
public:
    explicit StderrCapture(const std::filesystem::path &file)
        : m_file(file)
    {
        std::fflush(stderr);
        m_saved = ::dup(2);
        const int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        ::dup2(fd, 2);
        ::close(fd);
    }
    ~StderrCapture() { restore(); }
    StderrCapture(const StderrCapture &) = delete;
    StderrCapture &operator=(const StderrCapture &) = delete;

    std::string finish()
    {
        restore();
        return readFile(m_file);
    }

private:
    void restore()
    {
        if (m_saved < 0)
            return;
        std::fflush(stderr);
        ::dup2(m_saved, 2);
        ::close(m_saved);
        m_saved = -1;
    }

    std::filesystem::path m_file;
    int m_saved = -1;
};

const std::vector<PdfPageLines> kThreePages{
        {"Interview date: 2019-03-14", "Participant: P03", "",
                "Interviewer: How did the sessions go?", "", "P03: They went well, I think.",
                "We met every week."},
        {"Page two (with parentheses) and a back\\slash."},
        {"Caf\u00e9 \u2014 \u201cdone\u201d \u20ac5."}};

const std::string kThreePagesText = "Interview date: 2019-03-14\nParticipant: P03\n\n"
                                    "Interviewer: How did the sessions go?\n\n"
                                    "P03: They went well, I think.\nWe met every week.\n\n"
                                    "Page two (with parentheses) and a back\\slash.\n\n"
                                    "Caf\u00e9 \u2014 \u201cdone\u201d \u20ac5.";

} // namespace

TEST_CASE("PdfReader reads the text layer of every page in order", "[pdf]")
{
    const auto doc = PdfReader().read(makeTextPdf(kThreePages), ImportOptions{});
    REQUIRE(doc.ok());
    CHECK(doc->text == kThreePagesText);
    CHECK(weft::core::text::toStoredText(doc->text) == doc->text);
}

TEST_CASE(
        "PdfReader keeps single-spaced lines together and empty lines as paragraph breaks", "[pdf]")
{
    const auto doc = PdfReader().read(
            makeTextPdf({{"Heading", "", "Line one of a paragraph", "line two of it",
                    "line three of it", "", "", "Next paragraph after two empty lines"}}),
            ImportOptions{});
    REQUIRE(doc.ok());
    CHECK(doc->text
            == "Heading\n\nLine one of a paragraph\nline two of it\nline three of it\n\n"
               "Next paragraph after two empty lines");
}

TEST_CASE("PdfReader follows columns, not the drawing order", "[pdf]")
{
    std::vector<PdfTextRun> runs;
    for (int i = 0; i < 6; ++i) {
        const double y = 700 - 14 * i;
        // drawn line by line across both columns, as some generators do
        runs.push_back({72, y, 11, "Left column line " + std::to_string(i + 1) + " text"});
        runs.push_back({330, y, 11, "Right column line " + std::to_string(i + 1)});
    }
    const auto doc = PdfReader().read(makePositionedTextPdf(runs), ImportOptions{});
    REQUIRE(doc.ok());
    std::string expected;
    for (int i = 1; i <= 6; ++i)
        expected += "Left column line " + std::to_string(i) + " text\n";
    expected += "\n"; // the reading order jumps back up the page
    for (int i = 1; i <= 6; ++i)
        expected += "Right column line " + std::to_string(i) + (i < 6 ? "\n" : "");
    CHECK(doc->text == expected);
}

TEST_CASE("PdfReader keeps superscripts in their line", "[pdf]")
{
    const auto doc = PdfReader().read(
            makePositionedTextPdf({{72, 700, 11, "A claim"}, {110, 704, 7, "12"},
                    {119, 700, 11, "with a note mark."}, {72, 686, 11, "Next line."}}),
            ImportOptions{});
    REQUIRE(doc.ok());
    CHECK(doc->text == "A claim 12 with a note mark.\nNext line.");
}

TEST_CASE("PdfReader skips empty pages", "[pdf]")
{
    const auto doc
            = PdfReader().read(makeTextPdf({{"first"}, {}, {"", ""}, {"last"}}), ImportOptions{});
    REQUIRE(doc.ok());
    CHECK(doc->text == "first\n\nlast");
}

TEST_CASE("PdfReader refuses a PDF without a text layer", "[pdf]")
{
    const auto doc = PdfReader().read(makeShapesOnlyPdf(), ImportOptions{});
    REQUIRE_FALSE(doc.ok());
    CHECK(doc.error().code == ErrorCode::BadFormat);
    CHECK_THAT(doc.error().message, Contains("no text layer") && Contains("OCR"));

    const auto blank = PdfReader().read(makeTextPdf({{}, {}}), ImportOptions{});
    REQUIRE_FALSE(blank.ok());
    CHECK_THAT(blank.error().message, Contains("no text layer"));
}

TEST_CASE(
        "PdfReader refuses garbage, damaged and truncated files without a word on stderr", "[pdf]")
{
    ScratchDir dir;
    const std::string good = makeTextPdf(kThreePages);
    const std::vector<std::string> bad{
            "",
            "hello, this is not a PDF",
            std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16),
            "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ngarbage\n%%EOF",
            "%PDF-1.4\n" + std::string(5000, '\xff'),
            good.substr(0, 40),
    };
    for (const std::string &bytes : bad) {
        StderrCapture capture(dir.file("stderr.txt"));
        const auto doc = PdfReader().read(bytes, ImportOptions{});
        const std::string errors = capture.finish();
        REQUIRE_FALSE(doc.ok());
        CHECK(doc.error().code == ErrorCode::BadFormat);
        CHECK(errors.empty());
    }

    // a PDF cut anywhere either yields its surviving text or one clear error; no crash
    for (std::size_t cut = 50; cut < good.size(); cut += 37) {
        StderrCapture capture(dir.file("stderr.txt"));
        const auto doc = PdfReader().read(good.substr(0, cut), ImportOptions{});
        const std::string errors = capture.finish();
        CHECK(errors.empty());
        if (doc.ok())
            CHECK(weft::core::text::isValidUtf8(doc->text));
        else
            CHECK(doc.error().code == ErrorCode::BadFormat);
    }

    // a damaged xref table is repaired by poppler, as viewers do
    std::string brokenXref = good;
    brokenXref.replace(brokenXref.find("startxref\n") + 10, 3, "999");
    StderrCapture capture(dir.file("stderr.txt"));
    const auto repaired = PdfReader().read(brokenXref, ImportOptions{});
    CHECK(capture.finish().empty());
    REQUIRE(repaired.ok());
    CHECK(repaired->text == kThreePagesText);
}

TEST_CASE(
        "PdfReader refuses a PDF that needs a password and reads an owner-only one", "[pdf][qpdf]")
{
    if (!haveProgram("qpdf")) {
        WARN("qpdf not found: skipping the encrypted PDF tests (install the qpdf package)");
        return;
    }
    ScratchDir dir;
    writeFile(dir.file("plain.pdf"), makeTextPdf(kThreePages));
    const auto plain = dir.file("plain.pdf").string();

    SECTION("a user password is needed to open: refused with what to do")
    {
        const auto locked = dir.file("locked.pdf").string();
        REQUIRE(runQuietly(
                "qpdf --encrypt USERPW OWNERPW 256 -- '" + plain + "' '" + locked + "'"));
        const auto doc = PdfReader().read(readFile(locked), ImportOptions{});
        REQUIRE_FALSE(doc.ok());
        CHECK(doc.error().code == ErrorCode::BadFormat);
        CHECK(doc.error().message
                == "the PDF is protected by a password; remove the password (or print it to a "
                   "new PDF) and import again");
    }
    SECTION("only an owner password (copy/print restrictions): imported")
    {
        const auto restricted = dir.file("restricted.pdf").string();
        REQUIRE(runQuietly("qpdf --encrypt '' OWNERPW 256 --extract=n --print=none -- '" + plain
                + "' '" + restricted + "'"));
        const auto doc = PdfReader().read(readFile(restricted), ImportOptions{});
        REQUIRE(doc.ok());
        CHECK(doc->text == kThreePagesText);
    }
    SECTION("older RC4 encryption with a user password: refused too")
    {
        const auto locked = dir.file("rc4.pdf").string();
        REQUIRE(runQuietly("qpdf --allow-weak-crypto --encrypt USERPW OWNERPW 128 "
                           "--use-aes=n -- '"
                + plain + "' '" + locked + "'"));
        const auto doc = PdfReader().read(readFile(locked), ImportOptions{});
        REQUIRE_FALSE(doc.ok());
        CHECK_THAT(doc.error().message, Contains("password"));
    }
}

TEST_CASE("PdfReader reads a LibreOffice PDF like the text it was made from", "[pdf][soffice]")
{
    if (!haveProgram("soffice")) {
        WARN("soffice not found: skipping the LibreOffice PDF comparison "
             "(install libreoffice-writer-nogui)");
        return;
    }
    std::string text = "Interview date: 2019-03-14\nParticipant: P03\n\n";
    for (int turn = 0; turn < 40; ++turn) {
        text += turn % 2 == 0 ? "Interviewer: " : "P03: ";
        for (int word = 0; word < 10 + turn * 3 % 70; ++word)
            text += word % 7 == 3   ? "caf\u00e9 "
                    : word % 5 == 1 ? "\u201cpeer\u201d "
                                    : "sessions ";
        text += "end.\n\n";
    }
    ScratchDir dir;
    writeFile(dir.file("interview.txt"), text);
    const auto pdfPath = convertWithLibreOffice(dir.file("interview.txt"), "pdf", dir.path());
    REQUIRE_FALSE(pdfPath.empty());
    const auto doc = PdfReader().read(readFile(pdfPath), ImportOptions{});
    REQUIRE(doc.ok());
    CHECK(withoutWhitespace(doc->text) == withoutWhitespace(text));
    // the header block and the turns keep their empty lines
    CHECK(doc->text.starts_with("Interview date: 2019-03-14\nParticipant: P03\n\nInterviewer: "));
    CHECK(doc->text.find("end.\n\nP03: ") != std::string::npos);
}
