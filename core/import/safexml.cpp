// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/safexml.h"
#include "core/text/utf8.h"

#include "core/import/ziparchive.h"
#include "core/text/normalize.h"

#include <algorithm>
#include <cstring>

namespace weft::core {

namespace {

constexpr std::string_view kXmlNamespace = "http://www.w3.org/XML/1998/namespace";

char asciiLower(char c)
{
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

/// True when `bytes` at `pos` spells `word` (lowercase) in any letter case.
bool matchesIgnoringCase(std::string_view bytes, std::size_t pos, std::string_view word)
{
    if (bytes.size() - pos < word.size())
        return false;
    for (std::size_t i = 0; i < word.size(); ++i) {
        if (asciiLower(bytes[pos + i]) != word[i])
            return false;
    }
    return true;
}

/// UTF-16 with a byte order mark to UTF-8. False on a lone surrogate or an odd byte count,
/// which a real UTF-16 part never has.
bool utf16ToUtf8(std::string_view bytes, bool bigEndian, std::string &out)
{
    if (bytes.size() % 2 != 0)
        return false;
    out.clear();
    out.reserve(bytes.size() * 3 / 2);
    const auto unitAt = [&](std::size_t i) {
        const auto a = static_cast<unsigned char>(bytes[i]);
        const auto b = static_cast<unsigned char>(bytes[i + 1]);
        return static_cast<char16_t>(bigEndian ? (a << 8) | b : (b << 8) | a);
    };
    for (std::size_t i = 0; i < bytes.size(); i += 2) {
        const char16_t unit = unitAt(i);
        if (unit >= 0xD800 && unit <= 0xDBFF) {
            if (i + 3 >= bytes.size())
                return false;
            const char16_t low = unitAt(i + 2);
            if (low < 0xDC00 || low > 0xDFFF)
                return false;
            appendCodePoint(out, 0x10000 + ((static_cast<char32_t>(unit) - 0xD800) << 10) +
                                         (static_cast<char32_t>(low) - 0xDC00));
            i += 2;
        } else if (unit >= 0xDC00 && unit <= 0xDFFF) {
            return false;
        } else {
            appendCodePoint(out, unit);
        }
    }
    return true;
}

/// The deepest element nesting, found without recursion so a hostile depth cannot hurt here.
std::size_t maxDepth(const pugi::xml_node &root)
{
    std::size_t depth = 0;
    std::size_t deepest = 0;
    pugi::xml_node node = root.first_child();
    if (!node)
        return 0;
    depth = 1;
    while (node) {
        deepest = std::max(deepest, depth);
        if (deepest > kMaxXmlDepth)
            return deepest;
        if (node.first_child()) {
            node = node.first_child();
            ++depth;
            continue;
        }
        while (node && !node.next_sibling()) {
            node = node.parent();
            --depth;
            if (node == root)
                return deepest;
        }
        if (node)
            node = node.next_sibling();
    }
    return deepest;
}

} // namespace

bool containsDoctype(std::string_view bytes)
{
    std::size_t pos = bytes.find("<!");
    while (pos != std::string_view::npos) {
        if (matchesIgnoringCase(bytes, pos + 2, "doctype") ||
            matchesIgnoringCase(bytes, pos + 2, "entity"))
            return true;
        pos = bytes.find("<!", pos + 2);
    }
    return false;
}

void appendCodePoint(std::string &out, char32_t cp)
{
    text::detail::appendUtf8(out, (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF ? 0xFFFD : cp);
}

std::string_view localName(const char *qualifiedName)
{
    const std::string_view name(qualifiedName);
    const std::size_t colon = name.find(':');
    return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

Result<void> parseXmlPart(std::string_view bytes, std::string_view extension,
                          std::string_view partName, pugi::xml_document &document)
{
    const std::string where =
            "the ." + std::string(extension) + " part \"" + std::string(partName) + "\"";
    std::string converted;
    std::string_view utf8 = bytes;
    if (bytes.size() >= 2 && (static_cast<unsigned char>(bytes[0]) == 0xFF ||
                              static_cast<unsigned char>(bytes[0]) == 0xFE)) {
        const bool little = static_cast<unsigned char>(bytes[0]) == 0xFF &&
                            static_cast<unsigned char>(bytes[1]) == 0xFE;
        const bool big = static_cast<unsigned char>(bytes[0]) == 0xFE &&
                         static_cast<unsigned char>(bytes[1]) == 0xFF;
        if (little || big) {
            if (!utf16ToUtf8(bytes.substr(2), big, converted)) {
                return makeError(ErrorCode::BadFormat,
                                 where + " is not valid UTF-16; the file is damaged");
            }
            utf8 = converted;
        }
    }
    if (!text::isValidUtf8(utf8)) {
        return makeError(ErrorCode::BadFormat,
                         where + " is not valid UTF-8 text; the file is damaged or was "
                                 "written by a broken program");
    }
    if (containsDoctype(utf8)) {
        return makeError(ErrorCode::BadFormat,
                         where + " contains a DTD (document type declaration), which Office "
                                 "and OpenDocument files never do; refused for safety");
    }
    // parse_ws_pcdata: whitespace-only text nodes are content ("<w:t> </w:t>", ODF spaces
    // between spans). No parse_doctype: there is none left to parse.
    const unsigned options = pugi::parse_default | pugi::parse_ws_pcdata;
    const pugi::xml_parse_result parsed =
            document.load_buffer(utf8.data(), utf8.size(), options, pugi::encoding_utf8);
    if (!parsed) {
        return makeError(ErrorCode::BadFormat,
                         where + " is not well-formed XML (" + parsed.description() +
                                 " at byte " + std::to_string(parsed.offset) +
                                 "); the file is damaged");
    }
    if (maxDepth(document) > kMaxXmlDepth) {
        return makeError(ErrorCode::BadFormat,
                         where + " nests elements more than " + std::to_string(kMaxXmlDepth) +
                                 " levels deep, which no real document does; refused for "
                                 "safety");
    }
    return {};
}

Result<void> readXmlPart(ZipArchive &archive, std::string_view partName,
                         pugi::xml_document &document)
{
    const std::string entry = archive.findIgnoringCase(partName);
    if (entry.empty()) {
        return makeError(ErrorCode::NotFound, "the ." + archive.kind().extension +
                                                      " has no part \"" + std::string(partName) +
                                                      "\"");
    }
    auto bytes = archive.read(entry);
    if (!bytes)
        return bytes.error();
    return parseXmlPart(*bytes, archive.kind().extension, entry, document);
}

std::string relationshipsPartFor(std::string_view sourcePart)
{
    const std::size_t slash = sourcePart.rfind('/');
    const std::string_view dir =
            slash == std::string_view::npos ? std::string_view() : sourcePart.substr(0, slash + 1);
    const std::string_view file =
            slash == std::string_view::npos ? sourcePart : sourcePart.substr(slash + 1);
    return std::string(dir) + "_rels/" + std::string(file) + ".rels";
}

std::string resolvePartTarget(std::string_view sourcePart, std::string_view target)
{
    // Fragments and queries never name a part of their own.
    target = target.substr(0, std::min(target.find('#'), target.find('?')));
    if (target.empty())
        return {};
    std::string decoded;
    for (std::size_t i = 0; i < target.size(); ++i) {
        const auto hex = [](char c) -> int {
            if (c >= '0' && c <= '9')
                return c - '0';
            if (c >= 'a' && c <= 'f')
                return c - 'a' + 10;
            if (c >= 'A' && c <= 'F')
                return c - 'A' + 10;
            return -1;
        };
        if (target[i] == '%' && i + 2 < target.size() &&
            hex(target[i + 1]) >= 0 && hex(target[i + 2]) >= 0) {
            decoded.push_back(static_cast<char>(hex(target[i + 1]) * 16 + hex(target[i + 2])));
            i += 2;
        } else {
            decoded.push_back(target[i]);
        }
    }
    if (decoded.find('\\') != std::string::npos || decoded.find(':') != std::string::npos)
        return {}; // a backslash path or a URI scheme is no part of this package
    std::vector<std::string> segments;
    if (decoded.front() != '/') {
        const std::size_t slash = sourcePart.rfind('/');
        if (slash != std::string_view::npos) {
            std::size_t start = 0;
            const std::string_view dir = sourcePart.substr(0, slash);
            while (start <= dir.size()) {
                const std::size_t end = std::min(dir.find('/', start), dir.size());
                segments.emplace_back(dir.substr(start, end - start));
                start = end + 1;
            }
        }
    }
    std::size_t start = 0;
    while (start <= decoded.size()) {
        const std::size_t end = std::min(decoded.find('/', start), decoded.size());
        const std::string segment = decoded.substr(start, end - start);
        start = end + 1;
        if (segment.empty() || segment == ".")
            continue;
        if (segment == "..") {
            if (segments.empty())
                return {}; // would leave the package
            segments.pop_back();
            continue;
        }
        segments.push_back(segment);
    }
    std::string out;
    for (const std::string &segment : segments) {
        if (segment.empty())
            continue;
        if (!out.empty())
            out.push_back('/');
        out += segment;
    }
    return out;
}

Result<std::vector<Relationship>> readRelationships(ZipArchive &archive,
                                                   std::string_view sourcePart)
{
    std::vector<Relationship> out;
    const std::string relsPart = relationshipsPartFor(sourcePart);
    if (archive.findIgnoringCase(relsPart).empty())
        return out;
    pugi::xml_document document;
    WEFT_TRY(readXmlPart(archive, relsPart, document));
    // Package parts have a fixed, flat shape: matching local names is enough here.
    for (const pugi::xml_node &node : document.document_element().children()) {
        if (node.type() != pugi::node_element || localName(node.name()) != "Relationship")
            continue;
        Relationship relationship;
        relationship.id = node.attribute("Id").value();
        relationship.type = node.attribute("Type").value();
        relationship.written = node.attribute("Target").value();
        relationship.external = std::string_view(node.attribute("TargetMode").value()) == "External";
        if (!relationship.external)
            relationship.target = resolvePartTarget(sourcePart, relationship.written);
        out.push_back(std::move(relationship));
    }
    return out;
}

const Relationship *findRelationship(const std::vector<Relationship> &relationships,
                                     std::string_view typeName)
{
    const std::string suffix = "/" + std::string(typeName);
    for (const Relationship &relationship : relationships) {
        const std::string_view type = relationship.type;
        if (!relationship.target.empty() && type.size() >= suffix.size() &&
            type.substr(type.size() - suffix.size()) == suffix)
            return &relationship;
    }
    return nullptr;
}

Result<std::vector<std::string>> partsWithContentType(ZipArchive &archive,
                                                      std::string_view contentType)
{
    std::vector<std::string> out;
    if (archive.findIgnoringCase("[Content_Types].xml").empty())
        return out;
    pugi::xml_document document;
    WEFT_TRY(readXmlPart(archive, "[Content_Types].xml", document));
    for (const pugi::xml_node &node : document.document_element().children()) {
        if (node.type() != pugi::node_element || localName(node.name()) != "Override")
            continue;
        if (std::string_view(node.attribute("ContentType").value()) != contentType)
            continue;
        std::string part = resolvePartTarget("", node.attribute("PartName").value());
        if (!part.empty())
            out.push_back(std::move(part));
    }
    return out;
}

Result<std::string> findMainPart(ZipArchive &archive,
                                 const std::vector<std::string_view> &contentTypes,
                                 std::string_view fallback)
{
    auto relationships = readRelationships(archive, "");
    if (!relationships)
        return relationships.error();
    std::string unsafeTarget;
    for (const Relationship &relationship : *relationships) {
        const std::string_view type = relationship.type;
        const std::string_view suffix = "/officeDocument";
        if (type.size() < suffix.size() || type.substr(type.size() - suffix.size()) != suffix ||
            relationship.external)
            continue;
        if (relationship.target.empty()) {
            unsafeTarget = relationship.written;
            continue;
        }
        std::string name = archive.findIgnoringCase(relationship.target);
        if (!name.empty())
            return name;
    }
    for (std::string_view contentType : contentTypes) {
        auto parts = partsWithContentType(archive, contentType);
        if (!parts)
            return parts.error();
        for (const std::string &part : *parts) {
            std::string name = archive.findIgnoringCase(part);
            if (!name.empty())
                return name;
        }
    }
    std::string name = archive.findIgnoringCase(fallback);
    if (name.empty() && !unsafeTarget.empty()) {
        std::string shown = unsafeTarget.substr(0, 120);
        for (char &c : shown) {
            if (static_cast<unsigned char>(c) < 0x20)
                c = '?';
        }
        return makeError(ErrorCode::BadFormat,
                         "the ." + archive.kind().extension + " names its main part \"" + shown +
                                 "\", a path outside the archive; refused for safety");
    }
    return name;
}

std::size_t XmlNamespaces::enter(const pugi::xml_node &element)
{
    const std::size_t mark = m_bindings.size();
    for (const pugi::xml_attribute &attribute : element.attributes()) {
        const char *name = attribute.name();
        if (std::strncmp(name, "xmlns", 5) != 0)
            continue;
        if (name[5] == '\0')
            m_bindings.emplace_back(std::string_view(), attribute.value());
        else if (name[5] == ':')
            m_bindings.emplace_back(std::string_view(name + 6), attribute.value());
    }
    return mark;
}

std::string_view XmlNamespaces::uri(std::string_view prefix) const
{
    for (auto it = m_bindings.rbegin(); it != m_bindings.rend(); ++it) {
        if (it->first == prefix)
            return it->second;
    }
    if (prefix == "xml")
        return kXmlNamespace;
    return {};
}

std::string_view XmlNamespaces::elementUri(const pugi::xml_node &element) const
{
    const std::string_view name(element.name());
    const std::size_t colon = name.find(':');
    return uri(colon == std::string_view::npos ? std::string_view() : name.substr(0, colon));
}

std::string_view XmlNamespaces::attributeUri(const pugi::xml_attribute &attribute) const
{
    const std::string_view name(attribute.name());
    const std::size_t colon = name.find(':');
    return colon == std::string_view::npos ? std::string_view() : uri(name.substr(0, colon));
}

pugi::xml_attribute XmlNamespaces::attribute(const pugi::xml_node &element, std::string_view uri,
                                             std::string_view local) const
{
    for (const pugi::xml_attribute &candidate : element.attributes()) {
        if (localName(candidate.name()) == local && attributeUri(candidate) == uri)
            return candidate;
    }
    return {};
}

} // namespace weft::core
