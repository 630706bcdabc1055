// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/safexml.h"
#include "core/import/ziparchive.h"

#include "zipfixtures.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <string>

using namespace weft::core;
using namespace weft::core::test;
using Catch::Matchers::Contains;
using weft::ErrorCode;

namespace {

const ArchiveKind kDocx{"docx", "Word"};

/// 100 MB of zeros deflated at level 9 (about 100 KB), built once for the bomb tests.
const std::string &hundredMegabyteBomb()
{
    static const std::string bytes =
            ZipBuilder().add("word/document.xml", "<w:document/>").addZeros("big.bin", 100u << 20).build();
    return bytes;
}

/// Pseudo-random printable text: compresses about 1.2:1, never trips the ratio cap.
std::string noise(std::size_t size)
{
    std::string out(size, ' ');
    unsigned state = 2463534242u;
    for (char &c : out) {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        c = static_cast<char>('!' + state % 90);
    }
    return out;
}

} // namespace

TEST_CASE("ZipArchive lists entries and reads one by exact name", "[zip]")
{
    const std::string bytes = ZipBuilder()
                                      .add("[Content_Types].xml", "<Types/>")
                                      .add("word/document.xml", "<w:document>caf\u00e9</w:document>")
                                      .addStored("mimetype", "application/x-test")
                                      .build();
    auto archive = ZipArchive::open(bytes, kDocx);
    REQUIRE(archive.ok());
    CHECK(archive->entryNames() ==
          std::vector<std::string>{"[Content_Types].xml", "word/document.xml", "mimetype"});
    CHECK(archive->contains("word/document.xml"));
    CHECK_FALSE(archive->contains("Word/Document.xml"));
    CHECK(archive->findIgnoringCase("Word/Document.XML") == "word/document.xml");
    CHECK(archive->findIgnoringCase("word/other.xml").empty());

    auto document = archive->read("word/document.xml");
    REQUIRE(document.ok());
    CHECK(*document == "<w:document>caf\u00e9</w:document>");
    auto stored = archive->read("mimetype");
    REQUIRE(stored.ok());
    CHECK(*stored == "application/x-test");
    CHECK(archive->totalRead() == document->size() + stored->size());

    auto missing = archive->read("word/missing.xml");
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == ErrorCode::NotFound);
}

TEST_CASE("ZipArchive refuses empty input, non-zip bytes and old binary Office files", "[zip]")
{
    auto empty = ZipArchive::open("", kDocx);
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().code == ErrorCode::BadFormat);
    CHECK_THAT(empty.error().message, Contains("empty"));

    auto text = ZipArchive::open("Dear diary, today I went to the first session.\n", kDocx);
    REQUIRE_FALSE(text.ok());
    CHECK(text.error().code == ErrorCode::BadFormat);
    CHECK(text.error().message ==
          "the file is not a valid .docx (not a zip archive); re-save it from Word");

    const std::string ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + std::string(600, '\0'));
    auto old = ZipArchive::open(ole, kDocx);
    REQUIRE_FALSE(old.ok());
    CHECK(old.error().code == ErrorCode::BadFormat);
    CHECK_THAT(old.error().message, Contains("password-protected") && Contains("old"));
}

TEST_CASE("ZipArchive reports a truncated or corrupted archive as damaged", "[zip]")
{
    const std::string bytes =
            ZipBuilder().add("word/document.xml", noise(20000)).add("b.xml", "<b/>").build();
    for (std::size_t cut : {bytes.size() / 2, bytes.size() - 10, std::size_t{40}}) {
        auto archive = ZipArchive::open(truncated(bytes, cut), kDocx);
        REQUIRE_FALSE(archive.ok());
        CHECK(archive.error().code == ErrorCode::BadFormat);
        CHECK_THAT(archive.error().message, Contains("truncated or damaged"));
    }

    // The directory survives, the compressed data does not: the damage shows when reading.
    std::string corrupt = bytes;
    for (std::size_t i = 200; i < 5000; ++i)
        corrupt[i] = static_cast<char>(corrupt[i] ^ 0x5A);
    auto archive = ZipArchive::open(corrupt, kDocx);
    REQUIRE(archive.ok());
    auto read = archive->read("word/document.xml");
    REQUIRE_FALSE(read.ok());
    CHECK(read.error().code == ErrorCode::BadFormat);
    CHECK_THAT(read.error().message, Contains("truncated or damaged"));
}

TEST_CASE("ZipArchive refuses an entry declaring more than 64 MB without inflating it",
          "[zip][hostile]")
{
    const std::string bomb = hundredMegabyteBomb(); // the archive reads it in place
    auto archive = ZipArchive::open(bomb, kDocx);
    REQUIRE(archive.ok());
    const auto start = std::chrono::steady_clock::now();
    auto read = archive->read("big.bin");
    const auto elapsed = std::chrono::steady_clock::now() - start;
    REQUIRE_FALSE(read.ok());
    CHECK(read.error().code == ErrorCode::BadFormat);
    CHECK_THAT(read.error().message,
               Contains("expands beyond 64 MB") && Contains("zip bomb") && Contains(".docx"));
    CHECK(archive->totalRead() == 0);
    CHECK(elapsed < std::chrono::milliseconds(100)); // decided on the header alone
    // The archive stays usable for its honest parts.
    CHECK(archive->read("word/document.xml").ok());
}

TEST_CASE("ZipArchive stops inflating an entry that lies about its size", "[zip][hostile]")
{
    // The headers claim 1000 bytes; the data inflates to 100 MB. libzip itself does not stop
    // at the declared size, so the archive must count what it inflates.
    const std::string lying = withDeclaredSize(hundredMegabyteBomb(), "big.bin", 1000);
    auto archive = ZipArchive::open(lying, kDocx);
    REQUIRE(archive.ok());
    auto read = archive->read("big.bin");
    REQUIRE_FALSE(read.ok());
    CHECK(read.error().code == ErrorCode::BadFormat);
    CHECK_THAT(read.error().message, Contains("zip bomb"));
    CHECK(archive->totalRead() == 0);
}

TEST_CASE("ZipArchive refuses a high-ratio entry below the size cap", "[zip][hostile]")
{
    const std::string bytes = ZipBuilder().addZeros("word/document.xml", 10u << 20).build();
    CHECK(bytes.size() < 100u * 1024u);
    auto archive = ZipArchive::open(bytes, kDocx);
    REQUIRE(archive.ok());
    auto read = archive->read("word/document.xml");
    REQUIRE_FALSE(read.ok());
    CHECK(read.error().code == ErrorCode::BadFormat);
    CHECK_THAT(read.error().message, Contains("compressed more than 200:1") && Contains("zip bomb"));

    // Small entries may have any ratio: an empty part compresses to two bytes.
    const std::string small = ZipBuilder().add("a.xml", std::string(4000, ' ')).build();
    auto smallArchive = ZipArchive::open(small, kDocx);
    REQUIRE(smallArchive.ok());
    CHECK(smallArchive->read("a.xml").ok());
}

TEST_CASE("ZipArchive caps the bytes inflated from one archive in total", "[zip][hostile]")
{
    const std::string bytes = ZipBuilder()
                                      .add("a.bin", noise(600 * 1024))
                                      .add("b.bin", noise(600 * 1024))
                                      .build();
    ZipLimits limits;
    limits.maxTotalBytes = 1024 * 1024;
    auto archive = ZipArchive::open(bytes, kDocx, limits);
    REQUIRE(archive.ok());
    CHECK(archive->read("a.bin").ok());
    auto second = archive->read("b.bin");
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().code == ErrorCode::BadFormat);
    CHECK_THAT(second.error().message, Contains("in total"));
}

TEST_CASE("ZipArchive never matches entry names that could escape a directory", "[zip][hostile]")
{
    const std::string bytes = ZipBuilder()
                                      .add("../../evil", "evil")
                                      .add("/etc/passwd", "evil")
                                      .add("word\\document.xml", "evil")
                                      .add("C:/evil.xml", "evil")
                                      .add("word/../../evil.xml", "evil")
                                      .add("word/document.xml", "good")
                                      .build();
    auto archive = ZipArchive::open(bytes, kDocx);
    REQUIRE(archive.ok());
    CHECK(archive->entryNames().size() == 6);
    for (const char *name : {"../../evil", "/etc/passwd", "word\\document.xml", "C:/evil.xml",
                             "word/../../evil.xml"}) {
        INFO(name);
        CHECK_FALSE(archive->contains(name));
        auto read = archive->read(name);
        REQUIRE_FALSE(read.ok());
        CHECK(read.error().code == ErrorCode::NotFound);
    }
    CHECK(archive->findIgnoringCase("../../EVIL").empty());
    auto good = archive->read("word/document.xml");
    REQUIRE(good.ok());
    CHECK(*good == "good");

    CHECK(ZipArchive::isSafeEntryName("word/media/image1.png"));
    CHECK(ZipArchive::isSafeEntryName("a..b/c.xml"));
    CHECK_FALSE(ZipArchive::isSafeEntryName(""));
    CHECK_FALSE(ZipArchive::isSafeEntryName(".."));
    CHECK_FALSE(ZipArchive::isSafeEntryName("a/.."));
    CHECK_FALSE(ZipArchive::isSafeEntryName("a\\..\\b"));
}

TEST_CASE("ZipArchive refuses encrypted entries", "[zip][hostile]")
{
    const std::string bytes = ZipBuilder()
                                      .add("[Content_Types].xml", "<Types/>")
                                      .addEncrypted("word/document.xml", "<secret/>", "hunter2")
                                      .build();
    auto archive = ZipArchive::open(bytes, kDocx);
    REQUIRE(archive.ok());
    auto read = archive->read("word/document.xml");
    REQUIRE_FALSE(read.ok());
    CHECK(read.error().code == ErrorCode::BadFormat);
    CHECK_THAT(read.error().message, Contains("password"));
}

TEST_CASE("ZipArchive refuses an archive of more than 10,000 entries", "[zip][hostile]")
{
    ZipBuilder builder;
    for (int i = 0; i <= 10000; ++i)
        builder.addStored("f" + std::to_string(i), "");
    auto archive = ZipArchive::open(builder.build(), kDocx);
    REQUIRE_FALSE(archive.ok());
    CHECK(archive.error().code == ErrorCode::BadFormat);
    CHECK_THAT(archive.error().message, Contains("more than 10000 entries"));
}

TEST_CASE("ZipArchive refuses to pick one of two entries with the same name", "[zip][hostile]")
{
    std::string bytes = ZipBuilder().add("a.xml", "first").add("b.xml", "second").build();
    // Rename b.xml to a.xml in both headers: libzip will not write duplicates itself.
    for (std::size_t at = bytes.find("b.xml"); at != std::string::npos; at = bytes.find("b.xml", at))
        bytes[at] = 'a';
    auto archive = ZipArchive::open(bytes, kDocx);
    if (!archive.ok()) {
        CHECK(archive.error().code == ErrorCode::BadFormat); // refusing outright is fine too
        return;
    }
    auto read = archive->read("a.xml");
    REQUIRE_FALSE(read.ok());
    CHECK(read.error().code == ErrorCode::BadFormat);
    CHECK_THAT(read.error().message, Contains("two entries"));
}

TEST_CASE("parseXmlPart refuses any DOCTYPE, invalid UTF-8 and absurd nesting", "[zip][xml]")
{
    pugi::xml_document document;
    const auto refused = [&](const std::string &xml) {
        auto parsed = parseXmlPart(xml, "docx", "word/document.xml", document);
        return parsed.ok() ? std::string() : parsed.error().message;
    };
    CHECK_THAT(refused("<?xml version=\"1.0\"?><!DOCTYPE a><a/>"),
               Contains("contains a DTD") && Contains("word/document.xml"));
    CHECK_THAT(refused("<!doctype a [<!ENTITY x \"y\">]><a>&x;</a>"), Contains("DTD"));
    CHECK_THAT(refused("<a><!ENTITY x \"y\"></a>"), Contains("DTD"));
    CHECK_THAT(refused("<a>\xC3\x28</a>"), Contains("not valid UTF-8"));
    CHECK_THAT(refused("<a><b></a>"), Contains("not well-formed"));
    std::string deep;
    for (int i = 0; i < 5000; ++i)
        deep += "<d>";
    for (int i = 0; i < 5000; ++i)
        deep += "</d>";
    CHECK_THAT(refused(deep), Contains("levels deep"));

    // Escaped markup in text is text; whitespace-only text survives; UTF-16 with BOM converts.
    REQUIRE(parseXmlPart("<a>&lt;!DOCTYPE html&gt; &amp; &#x1F642;</a>", "docx", "p", document).ok());
    CHECK(std::string(document.child("a").text().get()) == "<!DOCTYPE html> & \U0001F642");
    REQUIRE(parseXmlPart("<a><t> </t></a>", "docx", "p", document).ok());
    CHECK(std::string(document.child("a").child("t").text().get()) == " ");
    const std::string utf16("\xFF\xFE<\0a\0>\0\xE9\0<\0/\0a\0>\0", 18);
    REQUIRE(parseXmlPart(utf16, "docx", "p", document).ok());
    CHECK(std::string(document.child("a").text().get()) == "\u00e9");
}

TEST_CASE("resolvePartTarget resolves relationship targets inside the package only", "[zip][xml]")
{
    CHECK(resolvePartTarget("word/document.xml", "footnotes.xml") == "word/footnotes.xml");
    CHECK(resolvePartTarget("word/document.xml", "/word/x.xml") == "word/x.xml");
    CHECK(resolvePartTarget("word/document.xml", "../customXml/item1.xml") == "customXml/item1.xml");
    CHECK(resolvePartTarget("", "word/document.xml") == "word/document.xml");
    CHECK(resolvePartTarget("word/document.xml", "media/image%201.png") == "word/media/image 1.png");
    CHECK(resolvePartTarget("", "../../evil").empty());
    CHECK(resolvePartTarget("word/document.xml", "../../evil").empty());
    CHECK(resolvePartTarget("word/document.xml", "http://example.com/x").empty());
    CHECK(resolvePartTarget("word/document.xml", "..\\evil").empty());
    CHECK(relationshipsPartFor("word/document.xml") == "word/_rels/document.xml.rels");
    CHECK(relationshipsPartFor("") == "_rels/.rels");
}
