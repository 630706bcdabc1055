// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Real zip archives for the import tests, written with libzip in memory: minimal but valid
// .docx/.odt/.xlsx packages assembled from XML strings, and the hostile ones (bombs, lying
// sizes, encrypted entries, evil names). Building them in the test keeps every fixture
// readable next to the assertion that uses it, and no binary file in the repository.

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace weft::core::test {

/// Collects entries and writes them as one zip archive, in the order added.
class ZipBuilder {
public:
    /// A deflated entry (compression level 1..9).
    ZipBuilder &add(std::string name, std::string data, int level = 6);
    /// A stored (uncompressed) entry, as ODF requires for "mimetype".
    ZipBuilder &addStored(std::string name, std::string data);
    /// An entry encrypted with WinZip AES-256 under `password`.
    ZipBuilder &addEncrypted(std::string name, std::string data, std::string password);
    /// `count` zero bytes deflated at level 9, generated while compressing so the test never
    /// holds them in memory (100 MB of zeros compress to about 100 KB).
    ZipBuilder &addZeros(std::string name, std::uint64_t count);

    /// The archive's bytes.
    std::string build() const;

private:
    struct Entry {
        std::string name;
        std::string data;
        bool store = false;
        int level = 6;
        std::string password;
        std::uint64_t zeros = 0;
    };
    std::vector<Entry> m_entries;
};

/// The archive with the uncompressed size of `entryName` rewritten in its local header and in
/// the central directory: how a zip bomb lies about what it will inflate to.
std::string withDeclaredSize(std::string zip, std::string_view entryName, std::uint32_t size);

/// A WordprocessingML document part around `bodyContent` (the children of w:body). Declares
/// the prefixes w, m, r, mc, wps, wp, a, v and w14.
std::string wordDocumentXml(std::string_view bodyContent);

/// word/footnotes.xml (`element` "footnote") or word/endnotes.xml ("endnote") with the usual
/// separator notes (ids -1 and 0) and then `notes` (w:footnote/w:endnote elements).
std::string wordNotesXml(std::string_view element, std::string_view notes);

/// The parts of a .docx. Empty optional parts are left out.
struct DocxFixture {
    std::string document;                       ///< the main part's XML
    std::string footnotes;                      ///< word/footnotes.xml
    std::string endnotes;                       ///< word/endnotes.xml
    std::string mainPart = "word/document.xml"; ///< where the main part is stored and pointed to
    std::vector<std::pair<std::string, std::string>> extraEntries;
};

ZipBuilder docxBuilder(const DocxFixture &fixture);
std::string makeDocx(const DocxFixture &fixture);
/// A .docx whose body holds `bodyContent`.
std::string makeDocxBody(std::string_view bodyContent);

/// content.xml around `textContent` (the children of office:text). Declares office, text,
/// table, draw, svg, fo and style.
std::string odfContentXml(std::string_view textContent);

/// An .odt: stored mimetype first (unless `mimetype` is empty), manifest, content.xml.
std::string makeOdt(std::string_view contentXml,
                    std::string_view mimetype = "application/vnd.oasis.opendocument.text");
/// An .odt whose office:text holds `textContent`.
std::string makeOdtText(std::string_view textContent);

struct XlsxSheet {
    std::string name;
    std::string sheetData; ///< the children of <sheetData>: <row>/<c> elements
    bool hidden = false;
};

/// The parts of an .xlsx: sheets, shared strings (each the inner XML of one <si>), and
/// number formats (custom id/code pairs; cellXfs lists the numFmtId of each cell style).
struct XlsxFixture {
    std::vector<XlsxSheet> sheets;
    std::vector<std::string> sharedStrings;
    std::vector<std::pair<unsigned, std::string>> numFmts;
    std::vector<unsigned> cellXfs{0};
    bool date1904 = false;
    bool storeSheets = false; ///< sheets uncompressed (huge repetitive sheets stay under the ratio cap)
};

std::string makeXlsx(const XlsxFixture &fixture);

/// The first `size` bytes of `bytes`.
std::string truncated(std::string_view bytes, std::size_t size);

} // namespace weft::core::test
