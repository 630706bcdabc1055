// SPDX-License-Identifier: GPL-3.0-or-later
#include "zipfixtures.h"

#include <zip.h>

#include <algorithm>
#include <cstring>
#include <stdexcept>

namespace weft::core::test {

namespace {

/// State of a libzip source that yields zero bytes without storing them.
struct ZeroSource {
    std::uint64_t size = 0;
    std::uint64_t position = 0;
    zip_error_t error{};
};

zip_int64_t zeroSourceCallback(void *state, void *data, zip_uint64_t length, zip_source_cmd_t command)
{
    auto *source = static_cast<ZeroSource *>(state);
    switch (command) {
    case ZIP_SOURCE_OPEN:
        source->position = 0;
        return 0;
    case ZIP_SOURCE_READ: {
        const std::uint64_t n = std::min<std::uint64_t>(length, source->size - source->position);
        std::memset(data, 0, static_cast<std::size_t>(n));
        source->position += n;
        return static_cast<zip_int64_t>(n);
    }
    case ZIP_SOURCE_CLOSE:
        return 0;
    case ZIP_SOURCE_STAT: {
        auto *stat = static_cast<zip_stat_t *>(data);
        zip_stat_init(stat);
        stat->size = source->size;
        stat->valid |= ZIP_STAT_SIZE;
        return sizeof(zip_stat_t);
    }
    case ZIP_SOURCE_ERROR:
        return zip_error_to_data(&source->error, data, length);
    case ZIP_SOURCE_FREE:
        zip_error_fini(&source->error);
        delete source;
        return 0;
    case ZIP_SOURCE_SUPPORTS:
        return zip_source_make_command_bitmap(ZIP_SOURCE_OPEN, ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE,
                                              ZIP_SOURCE_STAT, ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE,
                                              -1);
    default:
        zip_error_set(&source->error, ZIP_ER_OPNOTSUPP, 0);
        return -1;
    }
}

void fail(const std::string &what, zip_t *archive)
{
    throw std::runtime_error("zip fixture: " + what + ": " +
                             (archive ? zip_strerror(archive) : "no archive"));
}

std::uint16_t readU16(const std::string &s, std::size_t at)
{
    return static_cast<std::uint16_t>(static_cast<unsigned char>(s[at]) |
                                      (static_cast<unsigned char>(s[at + 1]) << 8));
}

void writeU32(std::string &s, std::size_t at, std::uint32_t value)
{
    for (int i = 0; i < 4; ++i)
        s[at + static_cast<std::size_t>(i)] = static_cast<char>((value >> (8 * i)) & 0xFFu);
}

const char *kXmlHeader = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

const char *kWordNamespaces =
        " xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
        " xmlns:m=\"http://schemas.openxmlformats.org/officeDocument/2006/math\""
        " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
        " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""
        " xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\""
        " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
        " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
        " xmlns:v=\"urn:schemas-microsoft-com:vml\""
        " xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\""
        " mc:Ignorable=\"w14\"";

const char *kRelationshipTypes = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

std::string relationship(const std::string &id, const std::string &type, const std::string &target)
{
    return "<Relationship Id=\"" + id + "\" Type=\"" + kRelationshipTypes + type +
           "\" Target=\"" + target + "\"/>";
}

std::string relationships(const std::string &content)
{
    return std::string(kXmlHeader) +
           "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
           content + "</Relationships>";
}

std::string contentTypes(const std::string &overrides)
{
    return std::string(kXmlHeader) +
           "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
           "<Default Extension=\"rels\" "
           "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
           "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
           overrides + "</Types>";
}

std::string override(const std::string &part, const std::string &type)
{
    return "<Override PartName=\"/" + part + "\" ContentType=\"" + type + "\"/>";
}

} // namespace

ZipBuilder &ZipBuilder::add(std::string name, std::string data, int level)
{
    m_entries.push_back(Entry{std::move(name), std::move(data), false, level, {}, 0});
    return *this;
}

ZipBuilder &ZipBuilder::addStored(std::string name, std::string data)
{
    m_entries.push_back(Entry{std::move(name), std::move(data), true, 0, {}, 0});
    return *this;
}

ZipBuilder &ZipBuilder::addEncrypted(std::string name, std::string data, std::string password)
{
    m_entries.push_back(Entry{std::move(name), std::move(data), false, 6, std::move(password), 0});
    return *this;
}

ZipBuilder &ZipBuilder::addZeros(std::string name, std::uint64_t count)
{
    m_entries.push_back(Entry{std::move(name), {}, false, 9, {}, count});
    return *this;
}

std::string ZipBuilder::build() const
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    if (!buffer)
        fail("buffer", nullptr);
    zip_source_keep(buffer); // survives zip_close, which writes the archive into it
    zip_t *archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
    if (!archive) {
        zip_source_free(buffer);
        fail("open", nullptr);
    }
    for (const Entry &entry : m_entries) {
        zip_source_t *source = nullptr;
        if (entry.zeros > 0) {
            auto *state = new ZeroSource{entry.zeros, 0, {}};
            zip_error_init(&state->error);
            source = zip_source_function(archive, zeroSourceCallback, state);
            if (!source) {
                delete state;
                fail("zero source", archive);
            }
        } else {
            source = zip_source_buffer(archive, entry.data.data(), entry.data.size(), 0);
        }
        if (!source)
            fail("source", archive);
        const zip_int64_t index = zip_file_add(archive, entry.name.c_str(), source,
                                               ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE);
        if (index < 0) {
            zip_source_free(source);
            fail("add " + entry.name, archive);
        }
        const auto at = static_cast<zip_uint64_t>(index);
        if (zip_set_file_compression(archive, at, entry.store ? ZIP_CM_STORE : ZIP_CM_DEFLATE,
                                     entry.store ? 0 : static_cast<zip_uint32_t>(entry.level)) != 0)
            fail("compression", archive);
        if (!entry.password.empty() &&
            zip_file_set_encryption(archive, at, ZIP_EM_AES_256, entry.password.c_str()) != 0)
            fail("encryption", archive);
    }
    if (zip_close(archive) != 0) {
        const std::string message = zip_strerror(archive);
        zip_discard(archive);
        zip_source_free(buffer);
        throw std::runtime_error("zip fixture: close: " + message);
    }
    zip_stat_t stat;
    zip_stat_init(&stat);
    std::string out;
    if (zip_source_open(buffer) == 0) {
        if (zip_source_stat(buffer, &stat) == 0) {
            out.resize(static_cast<std::size_t>(stat.size));
            const zip_int64_t n = zip_source_read(buffer, out.data(), stat.size);
            out.resize(n > 0 ? static_cast<std::size_t>(n) : 0);
        }
        zip_source_close(buffer);
    }
    zip_source_free(buffer);
    zip_error_fini(&error);
    return out;
}

std::string withDeclaredSize(std::string zip, std::string_view entryName, std::uint32_t size)
{
    const auto nameAt = [&](std::size_t at, std::size_t length) {
        return at + length <= zip.size() && std::string_view(zip).substr(at, length) == entryName;
    };
    for (std::size_t at = 0; at + 46 <= zip.size(); ++at) {
        if (zip.compare(at, 4, "PK\x03\x04") == 0 && nameAt(at + 30, readU16(zip, at + 26)) &&
            readU16(zip, at + 26) == entryName.size())
            writeU32(zip, at + 22, size); // local file header
        else if (zip.compare(at, 4, "PK\x01\x02") == 0 && nameAt(at + 46, readU16(zip, at + 28)) &&
                 readU16(zip, at + 28) == entryName.size())
            writeU32(zip, at + 24, size); // central directory header
    }
    return zip;
}

std::string wordDocumentXml(std::string_view bodyContent)
{
    return std::string(kXmlHeader) + "<w:document" + kWordNamespaces + "><w:body>" +
           std::string(bodyContent) +
           "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr></w:body></w:document>";
}

std::string wordNotesXml(std::string_view element, std::string_view notes)
{
    const std::string e(element);
    return std::string(kXmlHeader) + "<w:" + e + "s" + kWordNamespaces + ">" + "<w:" + e +
           " w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:" + e +
           ">" + "<w:" + e +
           " w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:r><w:t>SEPARATOR</w:t>"
           "<w:continuationSeparator/></w:r></w:p></w:" +
           e + ">" + std::string(notes) + "</w:" + e + "s>";
}

ZipBuilder docxBuilder(const DocxFixture &fixture)
{
    const std::string wordml = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
    std::string overrides = override(fixture.mainPart, wordml + "document.main+xml");
    std::string documentRelationships;
    if (!fixture.footnotes.empty()) {
        overrides += override("word/footnotes.xml", wordml + "footnotes+xml");
        documentRelationships += relationship("rId1", "footnotes", "footnotes.xml");
    }
    if (!fixture.endnotes.empty()) {
        overrides += override("word/endnotes.xml", wordml + "endnotes+xml");
        documentRelationships += relationship("rId2", "endnotes", "endnotes.xml");
    }
    ZipBuilder builder;
    builder.add("[Content_Types].xml", contentTypes(overrides));
    builder.add("_rels/.rels",
                relationships(relationship("rId1", "officeDocument", fixture.mainPart)));
    builder.add(fixture.mainPart, fixture.document);
    if (fixture.mainPart == "word/document.xml" && !documentRelationships.empty())
        builder.add("word/_rels/document.xml.rels", relationships(documentRelationships));
    if (!fixture.footnotes.empty())
        builder.add("word/footnotes.xml", fixture.footnotes);
    if (!fixture.endnotes.empty())
        builder.add("word/endnotes.xml", fixture.endnotes);
    for (const auto &[name, data] : fixture.extraEntries)
        builder.add(name, data);
    return builder;
}

std::string makeDocx(const DocxFixture &fixture)
{
    return docxBuilder(fixture).build();
}

std::string makeDocxBody(std::string_view bodyContent)
{
    DocxFixture fixture;
    fixture.document = wordDocumentXml(bodyContent);
    return makeDocx(fixture);
}

std::string odfContentXml(std::string_view textContent)
{
    return std::string(kXmlHeader) +
           "<office:document-content"
           " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
           " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
           " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
           " xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\""
           " xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\""
           " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
           " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
           " office:version=\"1.3\"><office:body><office:text>" +
           std::string(textContent) + "</office:text></office:body></office:document-content>";
}

std::string makeOdt(std::string_view contentXml, std::string_view mimetype)
{
    ZipBuilder builder;
    if (!mimetype.empty())
        builder.addStored("mimetype", std::string(mimetype));
    builder.add("META-INF/manifest.xml",
                std::string(kXmlHeader) +
                        "<manifest:manifest "
                        "xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" "
                        "manifest:version=\"1.3\">"
                        "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"" +
                        std::string(mimetype) +
                        "\"/><manifest:file-entry manifest:full-path=\"content.xml\" "
                        "manifest:media-type=\"text/xml\"/></manifest:manifest>");
    builder.add("content.xml", std::string(contentXml));
    return builder.build();
}

std::string makeOdtText(std::string_view textContent)
{
    return makeOdt(odfContentXml(textContent));
}

std::string makeXlsx(const XlsxFixture &fixture)
{
    const std::string main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const std::string sml = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
    std::string overrides = override("xl/workbook.xml", sml + "sheet.main+xml") +
                            override("xl/styles.xml", sml + "styles+xml");
    std::string sheets;
    std::string workbookRelationships;
    ZipBuilder builder;
    std::vector<std::pair<std::string, std::string>> sheetParts;
    for (std::size_t i = 0; i < fixture.sheets.size(); ++i) {
        const std::string n = std::to_string(i + 1);
        const std::string part = "xl/worksheets/sheet" + n + ".xml";
        overrides += override(part, sml + "worksheet+xml");
        sheets += "<sheet name=\"" + fixture.sheets[i].name + "\" sheetId=\"" + n + "\"" +
                  (fixture.sheets[i].hidden ? " state=\"hidden\"" : "") + " r:id=\"rId" + n +
                  "\"/>";
        workbookRelationships += relationship("rId" + n, "worksheet", "worksheets/sheet" + n + ".xml");
        sheetParts.emplace_back(part, std::string(kXmlHeader) + "<worksheet xmlns=\"" + main +
                                              "\"><sheetData>" + fixture.sheets[i].sheetData +
                                              "</sheetData></worksheet>");
    }
    workbookRelationships += relationship("rIdStyles", "styles", "styles.xml");
    if (!fixture.sharedStrings.empty()) {
        overrides += override("xl/sharedStrings.xml", sml + "sharedStrings+xml");
        workbookRelationships += relationship("rIdStrings", "sharedStrings", "sharedStrings.xml");
    }
    builder.add("[Content_Types].xml", contentTypes(overrides));
    builder.add("_rels/.rels", relationships(relationship("rId1", "officeDocument", "xl/workbook.xml")));
    builder.add("xl/workbook.xml",
                std::string(kXmlHeader) + "<workbook xmlns=\"" + main +
                        "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                        "relationships\">" +
                        (fixture.date1904 ? "<workbookPr date1904=\"1\"/>" : "<workbookPr/>") +
                        "<sheets>" + sheets + "</sheets></workbook>");
    builder.add("xl/_rels/workbook.xml.rels", relationships(workbookRelationships));
    for (const auto &[part, xml] : sheetParts) {
        if (fixture.storeSheets)
            builder.addStored(part, xml);
        else
            builder.add(part, xml);
    }
    if (!fixture.sharedStrings.empty()) {
        std::string sst = std::string(kXmlHeader) + "<sst xmlns=\"" + main + "\" count=\"" +
                          std::to_string(fixture.sharedStrings.size()) + "\">";
        for (const std::string &si : fixture.sharedStrings)
            sst += "<si>" + si + "</si>";
        builder.add("xl/sharedStrings.xml", sst + "</sst>");
    }
    std::string styles = std::string(kXmlHeader) + "<styleSheet xmlns=\"" + main + "\">";
    if (!fixture.numFmts.empty()) {
        styles += "<numFmts count=\"" + std::to_string(fixture.numFmts.size()) + "\">";
        for (const auto &[id, code] : fixture.numFmts)
            styles += "<numFmt numFmtId=\"" + std::to_string(id) + "\" formatCode=\"" + code + "\"/>";
        styles += "</numFmts>";
    }
    styles += "<fonts count=\"1\"><font/></fonts><fills count=\"1\"><fill/></fills>"
              "<borders count=\"1\"><border/></borders>"
              "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\"/></cellStyleXfs>"
              "<cellXfs count=\"" +
              std::to_string(fixture.cellXfs.size()) + "\">";
    for (unsigned id : fixture.cellXfs)
        styles += "<xf numFmtId=\"" + std::to_string(id) + "\" applyNumberFormat=\"1\"/>";
    styles += "</cellXfs></styleSheet>";
    builder.add("xl/styles.xml", styles);
    return builder.build();
}

std::string truncated(std::string_view bytes, std::size_t size)
{
    return std::string(bytes.substr(0, std::min(size, bytes.size())));
}

} // namespace weft::core::test
