// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/markdownreader.h"

#include <catch2/catch.hpp>

#include <string>

using weft::ErrorCode;
using weft::core::ImportOptions;
using weft::core::MarkdownReader;

TEST_CASE("MarkdownReader keeps Markdown exactly as written", "[md]")
{
    const std::string markdown = "---\ntitle: Journal P03\n---\n\n# 2019-03-14\n\n"
                                 "Today *we* met **peers** at the [centre](http://x.org).\n\n"
                                 "- item one\n- item `two`\n\n> quoted \U0001F642\n";
    const auto doc = MarkdownReader().read(markdown, ImportOptions{});
    REQUIRE(doc.ok());
    CHECK(doc->text == markdown);
    CHECK(doc->encoding == "UTF-8");
    CHECK(MarkdownReader().extensions() == std::vector<std::string>{"md", "markdown"});
}

TEST_CASE("MarkdownReader stores NFC text with \\n line ends and no BOM", "[md]")
{
    const auto doc
            = MarkdownReader().read("\xEF\xBB\xBF# Cafe\u0301\r\nline\rend\r\n", ImportOptions{});
    REQUIRE(doc.ok());
    CHECK(doc->text == "# Caf\u00e9\nline\nend\n");
    CHECK(doc->encoding == "UTF-8");
}

TEST_CASE("MarkdownReader decodes legacy encodings and refuses binary data", "[md]")
{
    const auto cp1252 = MarkdownReader().read("# R\xe9sum\xe9 \x80\n", ImportOptions{});
    REQUIRE(cp1252.ok());
    CHECK(cp1252->text == "# R\u00e9sum\u00e9 \u20ac\n");

    const auto binary = MarkdownReader().read(std::string("#\x00\x01\x02", 4), ImportOptions{});
    REQUIRE_FALSE(binary.ok());
    CHECK(binary.error().code == ErrorCode::BadFormat);

    const auto empty = MarkdownReader().read("", ImportOptions{});
    REQUIRE(empty.ok());
    CHECK(empty->text.empty());
}
