// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/odtreader.h"

#include "core/import/safexml.h"
#include "core/import/textlines.h"
#include "core/import/ziparchive.h"
#include "core/text/normalize.h"

#include <algorithm>
#include <array>
#include <charconv>

namespace weft::core {

namespace {

constexpr std::string_view kOffice = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
constexpr std::string_view kText = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
constexpr std::string_view kTable = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
constexpr std::string_view kDraw = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";
constexpr std::string_view kSvg = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0";
constexpr std::string_view kManifest = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0";

/// Text, and its template, web and master variants: all keep their text in office:text.
constexpr std::string_view kTextMimeType = "application/vnd.oasis.opendocument.text";

/// text:s text:c="1000000000" must not allocate a gigabyte; repeated table rows and cells
/// likewise. The overall text cap stops many small repeats.
constexpr long kMaxRepeat = 1000;

ArchiveKind odtKind()
{
    return {"odt", "LibreOffice Writer"};
}

enum class Ns { Other, Office, Text, Table, Draw, Svg };

Ns classify(std::string_view uri)
{
    if (uri == kText)
        return Ns::Text;
    if (uri == kTable)
        return Ns::Table;
    if (uri == kOffice)
        return Ns::Office;
    if (uri == kDraw)
        return Ns::Draw;
    if (uri == kSvg)
        return Ns::Svg;
    return Ns::Other;
}

/// ODF white space: space, tab, carriage return, line feed (ODF 1.2 part 1, 6.1.2).
bool isOdfSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

std::string trimmed(std::string_view s)
{
    while (!s.empty() && isOdfSpace(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && isOdfSpace(s.back()))
        s.remove_suffix(1);
    return std::string(s);
}

/// Turns office:text into lines: paragraphs and headings one line each, table rows as
/// tab-separated cells, notes collected for the end. Character data is collapsed the ODF way:
/// runs of white space are one space, and none at the start or end of a paragraph.
class OdtWalker {
public:
    /// The text of `officeText`, then its notes after a blank line.
    std::string render(const pugi::xml_node &officeText);
    void enterAncestors(const pugi::xml_node &node);

    bool tooLarge() const { return m_budget.exceeded(); }

private:
    struct Blocks {
        std::vector<std::string> lines;
    };
    struct Target {
        Blocks *blocks = nullptr;
        bool lineOpen = false;
        std::size_t line = 0;
        bool pendingSpace = false; ///< collapsed white space, written before the next character
        bool afterTextBox = false;
    };
    struct Note {
        bool endnote = false;
        std::string label;
        std::string text;
    };

    void walkChildren(const pugi::xml_node &parent);
    void element(const pugi::xml_node &node);
    void characters(std::string_view data);
    void paragraph(const pugi::xml_node &node);
    void table(const pugi::xml_node &node);
    void row(const pugi::xml_node &node);
    void rowCells(const pugi::xml_node &node, std::vector<std::string> &cells);
    std::string cell(const pugi::xml_node &node);
    void textBox(const pugi::xml_node &node);
    void note(const pugi::xml_node &node);
    long repeatAttribute(const pugi::xml_node &node, std::string_view uri,
                         std::string_view local) const;

    std::string &line();
    void append(std::string_view s);
    std::string_view lineBreak() const { return m_cellDepth > 0 ? " " : "\n"; }

    XmlNamespaces m_ns;
    Target m_target;
    int m_cellDepth = 0;
    std::vector<Note> m_notes;
    ImportBudget m_budget;
};

void OdtWalker::enterAncestors(const pugi::xml_node &node)
{
    // Namespace declarations of office:document-content and office:body apply inside.
    std::vector<pugi::xml_node> chain;
    for (pugi::xml_node n = node.parent(); n && n.type() == pugi::node_element; n = n.parent())
        chain.push_back(n);
    for (auto it = chain.rbegin(); it != chain.rend(); ++it)
        m_ns.enter(*it); // never left: the walker lives for one render()
}

std::string OdtWalker::render(const pugi::xml_node &officeText)
{
    Blocks body;
    m_target = Target{&body};
    {
        NamespaceScope scope(m_ns, officeText);
        walkChildren(officeText);
    }
    std::string out = joinLines(body.lines, "\n", false);
    std::vector<std::string> notes;
    for (bool endnotes : {false, true}) {
        for (const Note &n : m_notes) {
            if (n.endnote == endnotes)
                notes.push_back("[" + n.label + "]" + (n.text.empty() ? "" : " ") + n.text);
        }
    }
    if (!notes.empty())
        out += "\n\n" + joinLines(notes, "\n", false);
    return out;
}

void OdtWalker::walkChildren(const pugi::xml_node &parent)
{
    for (pugi::xml_node child = parent.first_child(); child; child = child.next_sibling()) {
        if (child.type() == pugi::node_element)
            element(child);
        else if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata)
            characters(child.value());
    }
}

void OdtWalker::element(const pugi::xml_node &node)
{
    NamespaceScope scope(m_ns, node);
    const Ns ns = classify(m_ns.elementUri(node));
    const std::string_view name = localName(node.name());
    switch (ns) {
    case Ns::Text:
        if (name == "p" || name == "h") {
            paragraph(node);
        } else if (name == "s") {
            const long count = repeatAttribute(node, kText, "c");
            append(std::string(static_cast<std::size_t>(count), ' '));
        } else if (name == "tab") {
            append("\t");
        } else if (name == "line-break") {
            append(lineBreak());
        } else if (name == "note") {
            note(node);
        } else if (name == "tracked-changes" || name == "ruby-text" || name == "number" ||
                   name == "sequence-decls" || name == "variable-decls" ||
                   name == "user-field-decls" || name == "dde-connection-decls" ||
                   (name.size() > 7 && name.substr(name.size() - 7) == "-source")) {
            // Deleted text of tracked changes, ruby guides, cached list labels, declarations
            // and index templates are not the document's text.
        } else {
            walkChildren(node); // spans, links, lists, sections, fields, index bodies ...
        }
        break;
    case Ns::Table:
        if (name == "table")
            table(node);
        else
            walkChildren(node);
        break;
    case Ns::Office:
        if (name != "annotation" && name != "annotation-end" && name != "forms")
            walkChildren(node); // comments and form controls are not imported
        break;
    case Ns::Draw:
        if (name == "text-box")
            textBox(node);
        else
            walkChildren(node);
        break;
    case Ns::Svg:
        break; // title and description of a drawing: alternative text, not shown
    case Ns::Other:
        walkChildren(node);
        break;
    }
}

void OdtWalker::characters(std::string_view data)
{
    if (!m_target.lineOpen)
        return; // white space between block elements (pretty-printed XML)
    std::string run;
    run.reserve(data.size());
    std::string &current = line();
    for (char c : data) {
        if (isOdfSpace(c)) {
            if (!current.empty() || !run.empty())
                m_target.pendingSpace = true;
            continue;
        }
        if (m_target.pendingSpace) {
            run.push_back(' ');
            m_target.pendingSpace = false;
        }
        run.push_back(c);
    }
    if (!run.empty()) {
        const bool pending = m_target.pendingSpace;
        m_target.pendingSpace = false;
        append(run);
        m_target.pendingSpace = pending;
    }
}

void OdtWalker::paragraph(const pugi::xml_node &node)
{
    const Target saved = m_target;
    Blocks &blocks = *m_target.blocks;
    blocks.lines.emplace_back();
    m_target.line = blocks.lines.size() - 1;
    m_target.lineOpen = true;
    m_target.pendingSpace = false; // white space at the end of a paragraph is dropped
    m_target.afterTextBox = false;
    walkChildren(node);
    m_target = saved;
}

void OdtWalker::table(const pugi::xml_node &node)
{
    for (const pugi::xml_node &child : node.children()) {
        if (child.type() != pugi::node_element)
            continue;
        NamespaceScope scope(m_ns, child);
        if (classify(m_ns.elementUri(child)) != Ns::Table)
            continue;
        const std::string_view name = localName(child.name());
        if (name == "table-row")
            row(child);
        else if (name == "table-header-rows" || name == "table-rows" ||
                 name == "table-row-group")
            table(child);
    }
}

void OdtWalker::row(const pugi::xml_node &node)
{
    std::vector<std::string> cells;
    rowCells(node, cells);
    const std::string joined = joinLines(cells, m_cellDepth > 0 ? " " : "\t", m_cellDepth > 0);
    const long repeat = repeatAttribute(node, kTable, "number-rows-repeated");
    Blocks &blocks = *m_target.blocks;
    for (long i = 0; i < repeat && !m_budget.exceeded(); ++i) {
        blocks.lines.push_back(joined);
        m_budget.spend(joined.size() + 1);
    }
    m_target.lineOpen = false;
}

void OdtWalker::rowCells(const pugi::xml_node &node, std::vector<std::string> &cells)
{
    for (const pugi::xml_node &child : node.children()) {
        if (child.type() != pugi::node_element)
            continue;
        NamespaceScope scope(m_ns, child);
        if (classify(m_ns.elementUri(child)) != Ns::Table)
            continue;
        const std::string_view name = localName(child.name());
        if (name == "table-cell" || name == "covered-table-cell") {
            // A covered cell lies under a merged one: an empty cell keeps the columns aligned.
            const std::string content = cell(child);
            const long repeat = repeatAttribute(child, kTable, "number-columns-repeated");
            for (long i = 0; i < repeat; ++i)
                cells.push_back(content);
        }
    }
}

std::string OdtWalker::cell(const pugi::xml_node &node)
{
    Blocks blocks;
    const Target saved = m_target;
    m_target = Target{&blocks};
    ++m_cellDepth;
    walkChildren(node);
    --m_cellDepth;
    m_target = saved;
    return joinLines(blocks.lines, " ", true);
}

void OdtWalker::textBox(const pugi::xml_node &node)
{
    Blocks blocks;
    const Target saved = m_target;
    m_target = Target{&blocks};
    walkChildren(node);
    m_target = saved;
    const std::string content = joinLines(blocks.lines, lineBreak(), true);
    if (content.empty())
        return;
    appendTextBox(line(), content, lineBreak(), m_budget);
    m_target.afterTextBox = true;
    m_target.pendingSpace = false;
}

void OdtWalker::note(const pugi::xml_node &node)
{
    Note out;
    out.endnote = std::string_view(m_ns.attribute(node, kText, "note-class").value()) == "endnote";
    pugi::xml_node body;
    for (const pugi::xml_node &child : node.children()) {
        if (child.type() != pugi::node_element)
            continue;
        NamespaceScope scope(m_ns, child);
        if (classify(m_ns.elementUri(child)) != Ns::Text)
            continue;
        const std::string_view name = localName(child.name());
        if (name == "note-citation") {
            out.label = trimmed(child.text().get());
            if (out.label.empty())
                out.label = m_ns.attribute(child, kText, "label").value();
        } else if (name == "note-body") {
            Blocks blocks;
            const Target saved = m_target;
            m_target = Target{&blocks};
            walkChildren(child);
            m_target = saved;
            out.text = joinLines(blocks.lines, "\n", false);
        }
    }
    if (out.label.empty())
        out.label = std::to_string(m_notes.size() + 1);
    // The citation stays where the note is anchored; its body goes to the end.
    append("[" + out.label + "]");
    m_budget.spend(out.text.size());
    m_notes.push_back(std::move(out));
}

long OdtWalker::repeatAttribute(const pugi::xml_node &node, std::string_view uri,
                                std::string_view local) const
{
    const std::string_view value = m_ns.attribute(node, uri, local).value();
    long parsed = 0;
    const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), parsed);
    if (value.empty() || ec != std::errc() || end != value.data() + value.size())
        return 1;
    return std::clamp(parsed, 1L, kMaxRepeat);
}

std::string &OdtWalker::line()
{
    if (!m_target.lineOpen) {
        Blocks &blocks = *m_target.blocks;
        blocks.lines.emplace_back();
        m_target.line = blocks.lines.size() - 1;
        m_target.lineOpen = true;
        m_target.pendingSpace = false;
    }
    return m_target.blocks->lines[m_target.line];
}

void OdtWalker::append(std::string_view s)
{
    if (m_budget.exceeded() || s.empty())
        return;
    std::string &current = line();
    if (m_target.afterTextBox) {
        current += lineBreak();
        m_target.afterTextBox = false;
    }
    if (m_target.pendingSpace) {
        current.push_back(' ');
        m_target.pendingSpace = false;
    }
    current += s;
    m_budget.spend(s.size());
}

/// The mimetype entry, when present, must say "text document"; anything else is named.
Result<void> checkMimeType(ZipArchive &archive)
{
    if (!archive.contains("mimetype"))
        return {};
    auto bytes = archive.read("mimetype");
    if (!bytes)
        return bytes.error();
    const std::string mime = trimmed(*bytes);
    if (mime.rfind(kTextMimeType, 0) == 0)
        return {};
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 4> others{{
            {"application/vnd.oasis.opendocument.spreadsheet", "a spreadsheet (.ods)"},
            {"application/vnd.oasis.opendocument.presentation", "a presentation (.odp)"},
            {"application/vnd.oasis.opendocument.graphics", "a drawing (.odg)"},
            {"application/vnd.oasis.opendocument.formula", "a formula (.odf)"},
    }};
    for (const auto &[type, what] : others) {
        if (mime == type) {
            return makeError(ErrorCode::BadFormat,
                             "the file is an OpenDocument " + std::string(what.substr(2)) +
                                     ", not a text document; save it as .odt or PDF");
        }
    }
    return makeError(ErrorCode::BadFormat,
                     "the file is not a valid .odt (its mimetype is not an OpenDocument text); "
                     "re-save it from LibreOffice Writer");
}

/// A password-protected .odt is a normal zip whose content.xml is encrypted by ODF itself;
/// the manifest says so. Better to say that than "not valid UTF-8".
Result<void> checkNotEncrypted(ZipArchive &archive)
{
    const std::string part = archive.findIgnoringCase("META-INF/manifest.xml");
    if (part.empty())
        return {};
    pugi::xml_document manifest;
    WEFT_TRY(readXmlPart(archive, part, manifest));
    XmlNamespaces ns;
    const pugi::xml_node root = manifest.document_element();
    NamespaceScope rootScope(ns, root);
    for (const pugi::xml_node &entry : root.children()) {
        if (entry.type() != pugi::node_element)
            continue;
        NamespaceScope scope(ns, entry);
        if (std::string_view(ns.attribute(entry, kManifest, "full-path").value()) !=
            "content.xml")
            continue;
        for (const pugi::xml_node &child : entry.children()) {
            if (child.type() == pugi::node_element &&
                localName(child.name()) == "encryption-data") {
                return makeError(ErrorCode::BadFormat,
                                 "the .odt is password-protected; save it without a password "
                                 "in LibreOffice Writer and import it again");
            }
        }
    }
    return {};
}

} // namespace

Result<ImportedDocument> OdtReader::read(std::string_view bytes,
                                         const ImportOptions & /*options*/) const
{
    auto archive = ZipArchive::open(bytes, odtKind());
    if (!archive)
        return archive.error();
    WEFT_TRY(checkMimeType(*archive));
    WEFT_TRY(checkNotEncrypted(*archive));
    if (!archive->contains("content.xml")) {
        return makeError(ErrorCode::BadFormat,
                         "the .odt has no content.xml; it is damaged or not an OpenDocument "
                         "text; re-save it from LibreOffice Writer");
    }
    pugi::xml_document document;
    WEFT_TRY(readXmlPart(*archive, "content.xml", document));

    // office:document-content / office:body / office:text
    XmlNamespaces ns;
    const pugi::xml_node root = document.document_element();
    pugi::xml_node officeText;
    std::string otherBody;
    {
        NamespaceScope rootScope(ns, root);
        if (classify(ns.elementUri(root)) != Ns::Office ||
            localName(root.name()) != "document-content") {
            return makeError(ErrorCode::BadFormat,
                             "the .odt content.xml is not an OpenDocument content part; "
                             "re-save it from LibreOffice Writer");
        }
        for (const pugi::xml_node &child : root.children()) {
            if (child.type() != pugi::node_element)
                continue;
            NamespaceScope scope(ns, child);
            if (classify(ns.elementUri(child)) != Ns::Office || localName(child.name()) != "body")
                continue;
            for (const pugi::xml_node &content : child.children()) {
                if (content.type() != pugi::node_element)
                    continue;
                NamespaceScope contentScope(ns, content);
                if (classify(ns.elementUri(content)) != Ns::Office)
                    continue;
                if (localName(content.name()) == "text")
                    officeText = content;
                else if (otherBody.empty())
                    otherBody = localName(content.name());
            }
        }
    }
    if (!officeText) {
        if (!otherBody.empty()) {
            return makeError(ErrorCode::BadFormat,
                             "the file is an OpenDocument " + otherBody +
                                     " document, not a text document; save it as .odt or PDF");
        }
        return makeError(ErrorCode::BadFormat,
                         "the .odt has no text body; re-save it from LibreOffice Writer");
    }

    OdtWalker walker;
    walker.enterAncestors(officeText);
    const std::string assembled = walker.render(officeText);
    if (walker.tooLarge()) {
        return makeError(ErrorCode::BadFormat,
                         "the .odt holds more than 256 MB of text; split it into smaller "
                         "documents");
    }
    ImportedDocument out;
    out.encoding = "UTF-8";
    out.text = text::toStoredText(assembled);
    return out;
}

} // namespace weft::core
