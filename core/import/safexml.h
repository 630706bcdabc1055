// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Parsing the XML parts of office archives, which come from untrusted files. OOXML and ODF
// parts never carry a document type declaration, and a DTD is the door to every XML attack
// (billion laughs, quadratic blow-up, external entities reading local files), so any DOCTYPE
// is refused before the parser sees the bytes. pugixml itself never expands custom entities
// (only the five predefined ones and numeric references), and silently skips a DOCTYPE by
// default: that silence is exactly what we must not rely on.

#include "core/util/result.h"

#include <pugixml.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace weft::core {

class ZipArchive;

/// Deeper nesting than this is refused: real documents stay far below it (a table in a table in
/// a list is a few dozen levels), and the readers walk the tree recursively.
inline constexpr std::size_t kMaxXmlDepth = 256;

/// Parses `bytes` (the part `partName` of a file of type `.extension`) into `document`.
/// BadFormat, with a message naming the part, when the part holds a DOCTYPE or ENTITY
/// declaration, is not valid UTF-8 (UTF-16 with a byte order mark is accepted and converted),
/// is not well-formed, or nests deeper than kMaxXmlDepth. Whitespace-only text is kept: in
/// `<w:t xml:space="preserve"> </w:t>` that space is part of the document.
Result<void> parseXmlPart(std::string_view bytes, std::string_view extension,
                          std::string_view partName, pugi::xml_document &document);

/// Reads the part `partName` from the archive (OPC part names ignore ASCII case) and parses it
/// with parseXmlPart. NotFound when the archive has no such part.
Result<void> readXmlPart(ZipArchive &archive, std::string_view partName,
                         pugi::xml_document &document);

/// True when the bytes hold `<!DOCTYPE` or `<!ENTITY` in any letter case.
bool containsDoctype(std::string_view bytes);

/// Appends the UTF-8 form of `cp`; surrogates and values above U+10FFFF become U+FFFD.
void appendCodePoint(std::string &out, char32_t cp);

/// The part of a qualified name after its prefix: "w:p" -> "p", "p" -> "p".
std::string_view localName(const char *qualifiedName);

/// Resolves namespace prefixes during a recursive walk (pugixml is not namespace-aware).
/// Matching on prefixes alone would break on files that bind another prefix, or the default
/// namespace, to the same URI; some generators do. Call enter() on each element before asking
/// about its names and leave() with the returned mark when done with it.
class XmlNamespaces {
public:
    /// Records the xmlns declarations of `element`; returns the mark to pass to leave().
    std::size_t enter(const pugi::xml_node &element);
    void leave(std::size_t mark) { m_bindings.resize(mark); }

    /// The namespace URI bound to `prefix` ("" = default namespace), or "" when unbound.
    std::string_view uri(std::string_view prefix) const;

    /// The namespace URI of an element (after enter()) and of an attribute. Unprefixed
    /// attributes are in no namespace.
    std::string_view elementUri(const pugi::xml_node &element) const;
    std::string_view attributeUri(const pugi::xml_attribute &attribute) const;

    /// The attribute {uri}local of `element`, or an empty attribute.
    pugi::xml_attribute attribute(const pugi::xml_node &element, std::string_view uri,
                                  std::string_view local) const;

private:
    std::vector<std::pair<std::string_view, std::string_view>> m_bindings; ///< prefix, uri
};

/// Enters an element for the lifetime of the guard; keeps enter()/leave() balanced on every
/// return path of a recursive walker.
class NamespaceScope {
public:
    NamespaceScope(XmlNamespaces &namespaces, const pugi::xml_node &element)
        : m_namespaces(namespaces), m_mark(namespaces.enter(element))
    {
    }
    ~NamespaceScope() { m_namespaces.leave(m_mark); }
    NamespaceScope(const NamespaceScope &) = delete;
    NamespaceScope &operator=(const NamespaceScope &) = delete;

private:
    XmlNamespaces &m_namespaces;
    std::size_t m_mark;
};

/// One relationship of an Office Open XML package part (ECMA-376 Part 2, OPC).
struct Relationship {
    std::string id;
    std::string type;   ///< full type URI; compare its last segment (transitional and strict
                        ///< OOXML use different prefixes for the same relationship)
    std::string target; ///< resolved part name without leading "/", "" when external or when
                        ///< the target would leave the package
    std::string written; ///< the Target attribute as written, for messages
    bool external = false;
};

/// "word/document.xml" -> "word/_rels/document.xml.rels"; "" (the package) -> "_rels/.rels".
std::string relationshipsPartFor(std::string_view sourcePart);

/// Resolves a relationship target against its source part: "footnotes.xml" from
/// "word/document.xml" is "word/footnotes.xml", "/xl/x.xml" is "xl/x.xml". Percent escapes are
/// decoded. "" when the target climbs above the package root or is otherwise unusable.
std::string resolvePartTarget(std::string_view sourcePart, std::string_view target);

/// The relationships of `sourcePart` ("" for the package itself); empty when the part has no
/// relationships part. Errors only for a relationships part that is present but unsafe or broken.
Result<std::vector<Relationship>> readRelationships(ZipArchive &archive,
                                                   std::string_view sourcePart);

/// The first internal relationship whose type URI ends in "/" + `typeName`, or nullptr.
const Relationship *findRelationship(const std::vector<Relationship> &relationships,
                                     std::string_view typeName);

/// The part names (without leading "/") that [Content_Types].xml declares with `contentType`.
Result<std::vector<std::string>> partsWithContentType(ZipArchive &archive,
                                                      std::string_view contentType);

/// The archive entry of the package's main part: the target of the package's officeDocument
/// relationship, else the first part declared with one of `contentTypes`, else `fallback`;
/// "" when none exists. BadFormat when the package names its main part only through a path
/// that would leave the package ("../../evil"): such an archive is refused, never followed.
Result<std::string> findMainPart(ZipArchive &archive,
                                 const std::vector<std::string_view> &contentTypes,
                                 std::string_view fallback);

} // namespace weft::core
