// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/docxreader.h"

#include "core/import/safexml.h"
#include "core/import/textlines.h"
#include "core/import/ziparchive.h"
#include "core/text/normalize.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <unordered_map>

namespace weft::core {

namespace {

constexpr std::string_view kWordMain =
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr std::string_view kWordStrict = "http://purl.oclc.org/ooxml/wordprocessingml/main";
constexpr std::string_view kMarkupCompatibility =
        "http://schemas.openxmlformats.org/markup-compatibility/2006";
constexpr std::string_view kMath = "http://schemas.openxmlformats.org/officeDocument/2006/math";
constexpr std::string_view kMathStrict = "http://purl.oclc.org/ooxml/officeDocument/math";
constexpr std::string_view kXml = "http://www.w3.org/XML/1998/namespace";

/// Content types of a main document part: document, macro-enabled document and the templates.
constexpr std::array<std::string_view, 4> kMainContentTypes{
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        "application/vnd.ms-word.document.macroEnabled.main+xml",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
        "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
};

/// Gaps and spans in a table row are padded with empty cells; Word allows 63 columns.
constexpr long kMaxGridSpan = 64;

ArchiveKind docxKind()
{
    return {"docx", "Word"};
}

enum class Ns { Other, Word, Compatibility, Math };

Ns classify(std::string_view uri)
{
    if (uri == kWordMain || uri == kWordStrict)
        return Ns::Word;
    if (uri == kMarkupCompatibility)
        return Ns::Compatibility;
    if (uri == kMath || uri == kMathStrict)
        return Ns::Math;
    return Ns::Other;
}

/// Word elements whose content is never displayed text: properties, deleted or moved-away
/// revisions, field instructions, ruby guides.
bool isSkippedWordElement(std::string_view name)
{
    static constexpr std::array<std::string_view, 22> skipped{
            "del",       "moveFrom", "delText",     "delInstrText", "instrText", "rPr",
            "sectPr",    "tblPr",    "tblGrid",     "trPr",         "tcPr",      "sdtPr",
            "sdtEndPr",  "rt",       "rubyPr",      "tblPrEx",      "customXmlPr", "smartTagPr",
            "fldData",   "pPr",      "footnotePr",  "endnotePr",
    };
    return std::find(skipped.begin(), skipped.end(), name) != skipped.end();
}

/// Endnotes are numbered i, ii, iii by default in Word; footnotes 1, 2, 3.
std::string romanLower(unsigned n)
{
    static constexpr std::array<std::pair<unsigned, std::string_view>, 13> digits{{
            {1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"}, {90, "xc"},
            {50, "l"}, {40, "xl"}, {10, "x"}, {9, "ix"}, {5, "v"}, {4, "iv"}, {1, "i"},
    }};
    std::string out;
    for (const auto &[value, letters] : digits) {
        while (n >= value) {
            out += letters;
            n -= value;
        }
    }
    return out;
}

bool isXmlSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

enum class NoteKind { Foot, End };

/// The notes of footnotes.xml or endnotes.xml by id; separators are left out.
struct NoteBodies {
    pugi::xml_node root;
    std::unordered_map<std::string, pugi::xml_node> byId;
};

/// Turns a WordprocessingML body into lines of text. Containers (the body, a table cell, a text
/// box, a note) collect their paragraphs as lines; a cell joins its lines with spaces so that a
/// table row stays one line.
class DocxWalker {
public:
    DocxWalker(const NoteBodies &footnotes, const NoteBodies &endnotes)
        : m_footnotes(footnotes), m_endnotes(endnotes)
    {
    }

    /// The text of the body, then the notes it references after a blank line.
    std::string render(const pugi::xml_node &documentElement);

    bool tooLarge() const { return m_budget.exceeded(); }
    /// The body embeds content as another file (w:altChunk), which only Word can merge in.
    bool hasAltChunk() const { return m_altChunk; }

private:
    struct Blocks {
        std::vector<std::string> lines;
        bool joinNext = false; ///< the last paragraph mark was deleted: next paragraph joins it
    };
    /// Where text goes: the container, and whether a line of it is open for runs.
    struct Target {
        Blocks *blocks = nullptr;
        bool lineOpen = false;
        std::size_t line = 0;
        bool afterTextBox = false;
    };
    struct Reference {
        NoteKind kind;
        std::string id;
        std::string label;
    };

    void walkChildren(const pugi::xml_node &parent);
    void element(const pugi::xml_node &node);
    void alternateContent(const pugi::xml_node &node);
    void paragraph(const pugi::xml_node &node);
    bool paragraphMarkDeleted(const pugi::xml_node &pPr);
    void table(const pugi::xml_node &node);
    void row(const pugi::xml_node &node);
    void rowContent(const pugi::xml_node &node, std::vector<std::string> &cells, bool &deleted,
                    long &gridAfter);
    std::string cell(const pugi::xml_node &node, long &span);
    void textBox(const pugi::xml_node &node);
    void fieldChar(const pugi::xml_node &node);
    void noteReference(const pugi::xml_node &node, NoteKind kind);
    void symbol(const pugi::xml_node &node);
    std::string renderNote(const Reference &reference);

    std::string text(const pugi::xml_node &node, bool preserveSpace) const;
    pugi::xml_attribute wordAttribute(const pugi::xml_node &node, std::string_view local) const;
    long longAttribute(const pugi::xml_node &node, std::string_view local, long fallback) const;
    std::string &line();
    void openLine();
    void appendShown(std::string_view s);
    void append(std::string_view s);
    std::string_view lineBreak() const { return m_cellDepth > 0 ? " " : "\n"; }

    const NoteBodies &m_footnotes;
    const NoteBodies &m_endnotes;
    XmlNamespaces m_ns;
    Target m_target;
    bool m_markDeleted = false;
    int m_cellDepth = 0;
    std::vector<bool> m_fields;       ///< open complex fields: true once past "separate"
    std::size_t m_fieldsInCode = 0;   ///< open fields still in their instruction part
    std::vector<Reference> m_references;
    unsigned m_footnoteCount = 0;
    unsigned m_endnoteCount = 0;
    ImportBudget m_budget;
    bool m_altChunk = false;
};

std::string DocxWalker::render(const pugi::xml_node &documentElement)
{
    Blocks body;
    m_target = Target{&body};
    {
        NamespaceScope rootScope(m_ns, documentElement);
        for (const pugi::xml_node &child : documentElement.children()) {
            if (child.type() != pugi::node_element)
                continue;
            NamespaceScope scope(m_ns, child);
            if (classify(m_ns.elementUri(child)) == Ns::Word && localName(child.name()) == "body")
                walkChildren(child);
        }
    }
    std::string out = joinLines(body.lines, "\n", false);

    std::vector<std::string> notes;
    for (NoteKind kind : {NoteKind::Foot, NoteKind::End}) {
        for (std::size_t i = 0; i < m_references.size(); ++i) {
            if (m_references[i].kind != kind)
                continue;
            const Reference reference = m_references[i];
            std::string noteText = renderNote(reference);
            notes.push_back("[" + reference.label + "]" + (noteText.empty() ? "" : " ") +
                            noteText);
        }
    }
    if (!notes.empty())
        out += "\n\n" + joinLines(notes, "\n", false);
    return out;
}

std::string DocxWalker::renderNote(const Reference &reference)
{
    const NoteBodies &bodies = reference.kind == NoteKind::Foot ? m_footnotes : m_endnotes;
    const auto found = bodies.byId.find(reference.id);
    if (found == bodies.byId.end())
        return {};
    Blocks note;
    m_target = Target{&note};
    m_fields.clear();
    m_fieldsInCode = 0;
    {
        NamespaceScope rootScope(m_ns, bodies.root);
        NamespaceScope noteScope(m_ns, found->second);
        walkChildren(found->second);
    }
    std::string out = joinLines(note.lines, "\n", false);
    // The note's own number mark (w:footnoteRef) is usually followed by a space.
    const auto first = std::find_if(out.begin(), out.end(), [](char c) { return !isXmlSpace(c); });
    out.erase(out.begin(), first);
    return out;
}

void DocxWalker::walkChildren(const pugi::xml_node &parent)
{
    for (pugi::xml_node child = parent.first_child(); child; child = child.next_sibling()) {
        if (child.type() == pugi::node_element)
            element(child);
    }
}

void DocxWalker::element(const pugi::xml_node &node)
{
    NamespaceScope scope(m_ns, node);
    const Ns ns = classify(m_ns.elementUri(node));
    const std::string_view name = localName(node.name());
    if (ns == Ns::Compatibility) {
        if (name == "AlternateContent")
            alternateContent(node);
        return;
    }
    if (ns == Ns::Math) {
        if (name == "t")
            appendShown(text(node, true));
        else
            walkChildren(node);
        return;
    }
    if (ns != Ns::Word) {
        walkChildren(node); // drawings and extensions: may hold a text box further down
        return;
    }
    if (name == "p") {
        paragraph(node);
    } else if (name == "tbl") {
        table(node);
    } else if (name == "t") {
        appendShown(text(node, m_ns.attribute(node, kXml, "space").value() ==
                                       std::string_view("preserve")));
    } else if (name == "tab" || name == "ptab") {
        appendShown("\t");
    } else if (name == "br" || name == "cr") {
        appendShown(lineBreak());
    } else if (name == "noBreakHyphen") {
        appendShown("\u2011");
    } else if (name == "sym") {
        symbol(node);
    } else if (name == "fldChar") {
        fieldChar(node);
    } else if (name == "footnoteReference") {
        noteReference(node, NoteKind::Foot);
    } else if (name == "endnoteReference") {
        noteReference(node, NoteKind::End);
    } else if (name == "txbxContent") {
        textBox(node);
    } else if (name == "altChunk") {
        m_altChunk = true;
    } else if (name == "pPr") {
        if (paragraphMarkDeleted(node))
            m_markDeleted = true;
    } else if (!isSkippedWordElement(name)) {
        walkChildren(node); // runs, hyperlinks, insertions, content controls, smart tags ...
    }
}

void DocxWalker::alternateContent(const pugi::xml_node &node)
{
    // The choices and the fallback render the same content (a modern text box and its VML
    // twin): take the first choice, or the fallback when there is none, never both.
    for (std::string_view wanted : {"Choice", "Fallback"}) {
        for (const pugi::xml_node &child : node.children()) {
            if (child.type() != pugi::node_element)
                continue;
            NamespaceScope scope(m_ns, child);
            if (classify(m_ns.elementUri(child)) == Ns::Compatibility &&
                localName(child.name()) == wanted) {
                walkChildren(child);
                return;
            }
        }
    }
}

void DocxWalker::paragraph(const pugi::xml_node &node)
{
    const Target saved = m_target;
    const bool savedMarkDeleted = m_markDeleted;
    openLine();
    m_markDeleted = false;
    walkChildren(node);
    const bool markDeleted = m_markDeleted;
    m_target = saved; // the paragraph's line is closed; a malformed outer one continues
    m_target.blocks->joinNext = markDeleted;
    m_markDeleted = savedMarkDeleted;
}

bool DocxWalker::paragraphMarkDeleted(const pugi::xml_node &pPr)
{
    // A deleted paragraph mark (w:pPr/w:rPr/w:del) merges the paragraph with the next one;
    // when all its runs are deleted too, the paragraph disappears, as in Word's final view.
    for (const pugi::xml_node &rPr : pPr.children()) {
        if (rPr.type() != pugi::node_element)
            continue;
        NamespaceScope scope(m_ns, rPr);
        if (classify(m_ns.elementUri(rPr)) != Ns::Word || localName(rPr.name()) != "rPr")
            continue;
        for (const pugi::xml_node &mark : rPr.children()) {
            if (mark.type() != pugi::node_element)
                continue;
            NamespaceScope markScope(m_ns, mark);
            const std::string_view name = localName(mark.name());
            if (classify(m_ns.elementUri(mark)) == Ns::Word &&
                (name == "del" || name == "moveFrom"))
                return true;
        }
    }
    return false;
}

void DocxWalker::table(const pugi::xml_node &node)
{
    for (const pugi::xml_node &child : node.children()) {
        if (child.type() != pugi::node_element)
            continue;
        NamespaceScope scope(m_ns, child);
        const Ns ns = classify(m_ns.elementUri(child));
        const std::string_view name = localName(child.name());
        if (ns == Ns::Compatibility && name == "AlternateContent") {
            // Rare in tables; take the same branch choice as elsewhere.
            for (std::string_view wanted : {"Choice", "Fallback"}) {
                const pugi::xml_node branch = child.find_child([&](const pugi::xml_node &c) {
                    return localName(c.name()) == wanted;
                });
                if (branch) {
                    NamespaceScope branchScope(m_ns, branch);
                    table(branch);
                    break;
                }
            }
        } else if (ns == Ns::Word && name == "tr") {
            row(child);
        } else if (ns == Ns::Word && (name == "sdt" || name == "sdtContent" ||
                                      name == "customXml" || name == "ins" || name == "moveTo")) {
            table(child); // rows wrapped in a content control or a revision
        }
    }
}

void DocxWalker::row(const pugi::xml_node &node)
{
    std::vector<std::string> cells;
    bool deleted = false;
    long gridAfter = 0;
    rowContent(node, cells, deleted, gridAfter);
    if (deleted)
        return;
    cells.insert(cells.end(), static_cast<std::size_t>(gridAfter), std::string());
    std::string joined = joinLines(cells, m_cellDepth > 0 ? " " : "\t", m_cellDepth > 0);
    Blocks &blocks = *m_target.blocks;
    blocks.lines.push_back(std::move(joined));
    blocks.joinNext = false;
    m_target.lineOpen = false;
    m_budget.spend(blocks.lines.back().size());
}

void DocxWalker::rowContent(const pugi::xml_node &node, std::vector<std::string> &cells,
                            bool &deleted, long &gridAfter)
{
    for (const pugi::xml_node &child : node.children()) {
        if (child.type() != pugi::node_element)
            continue;
        NamespaceScope scope(m_ns, child);
        if (classify(m_ns.elementUri(child)) != Ns::Word)
            continue;
        const std::string_view name = localName(child.name());
        if (name == "trPr") {
            for (const pugi::xml_node &property : child.children()) {
                if (property.type() != pugi::node_element)
                    continue;
                NamespaceScope propertyScope(m_ns, property);
                const std::string_view propertyName = localName(property.name());
                if (propertyName == "del")
                    deleted = true; // a tracked row deletion
                else if (propertyName == "gridBefore")
                    cells.insert(cells.end(),
                                 static_cast<std::size_t>(longAttribute(property, "val", 0)),
                                 std::string());
                else if (propertyName == "gridAfter")
                    gridAfter = longAttribute(property, "val", 0);
            }
        } else if (name == "tc") {
            long span = 1;
            cells.push_back(cell(child, span));
            cells.insert(cells.end(), static_cast<std::size_t>(span - 1), std::string());
        } else if (name == "sdt" || name == "sdtContent" || name == "customXml" ||
                   name == "ins" || name == "moveTo") {
            rowContent(child, cells, deleted, gridAfter);
        }
    }
}

std::string DocxWalker::cell(const pugi::xml_node &node, long &span)
{
    Blocks blocks;
    const Target saved = m_target;
    m_target = Target{&blocks};
    ++m_cellDepth;
    for (const pugi::xml_node &child : node.children()) {
        if (child.type() != pugi::node_element)
            continue;
        {
            NamespaceScope scope(m_ns, child);
            if (classify(m_ns.elementUri(child)) == Ns::Word &&
                localName(child.name()) == "tcPr") {
                for (const pugi::xml_node &property : child.children()) {
                    if (property.type() != pugi::node_element)
                        continue;
                    NamespaceScope propertyScope(m_ns, property);
                    if (localName(property.name()) == "gridSpan")
                        span = longAttribute(property, "val", 1);
                }
                continue;
            }
        }
        element(child);
    }
    --m_cellDepth;
    m_target = saved;
    return joinLines(blocks.lines, " ", true);
}

void DocxWalker::textBox(const pugi::xml_node &node)
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
}

void DocxWalker::fieldChar(const pugi::xml_node &node)
{
    // A complex field: begin, instruction runs, separate, the displayed result, end. Only the
    // result is text; fields nest, and a nested field inside an instruction shows nothing.
    const std::string_view type = wordAttribute(node, "fldCharType").value();
    if (type == "begin") {
        m_fields.push_back(false);
        ++m_fieldsInCode;
    } else if (type == "separate") {
        if (!m_fields.empty() && !m_fields.back()) {
            m_fields.back() = true;
            --m_fieldsInCode;
        }
    } else if (type == "end") {
        if (!m_fields.empty()) {
            if (!m_fields.back())
                --m_fieldsInCode;
            m_fields.pop_back();
        }
    }
}

void DocxWalker::noteReference(const pugi::xml_node &node, NoteKind kind)
{
    if (m_fieldsInCode > 0)
        return;
    const std::string id = wordAttribute(node, "id").value();
    const auto known = std::find_if(m_references.begin(), m_references.end(),
                                    [&](const Reference &r) { return r.kind == kind && r.id == id; });
    std::string label;
    if (known != m_references.end()) {
        label = known->label;
    } else {
        label = kind == NoteKind::Foot ? std::to_string(++m_footnoteCount)
                                       : romanLower(++m_endnoteCount);
        m_references.push_back(Reference{kind, id, label});
    }
    append("[" + label + "]");
}

void DocxWalker::symbol(const pugi::xml_node &node)
{
    // A character from a symbol font, given as a hex code. Codes of the Private Use Area
    // (F020-F0FF for Symbol or Wingdings) are kept as they are: mapping fonts to Unicode would
    // be a guess, and the character still marks the place of the symbol.
    const std::string_view hex = wordAttribute(node, "char").value();
    unsigned value = 0;
    const auto [end, ec] = std::from_chars(hex.data(), hex.data() + hex.size(), value, 16);
    if (ec != std::errc() || end != hex.data() + hex.size() || value < 0x20)
        return;
    std::string out;
    appendCodePoint(out, static_cast<char32_t>(value));
    appendShown(out);
}

std::string DocxWalker::text(const pugi::xml_node &node, bool preserveSpace) const
{
    std::string out;
    for (const pugi::xml_node &child : node.children()) {
        if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata)
            out += child.value();
    }
    if (!preserveSpace) {
        // Without xml:space="preserve", leading and trailing white space is not content.
        const auto first = std::find_if(out.begin(), out.end(), [](char c) { return !isXmlSpace(c); });
        out.erase(out.begin(), first);
        while (!out.empty() && isXmlSpace(out.back()))
            out.pop_back();
    }
    // A raw line feed inside w:t is rendered as a space by Word; breaks are w:br elements.
    std::replace(out.begin(), out.end(), '\n', ' ');
    std::replace(out.begin(), out.end(), '\r', ' ');
    return out;
}

pugi::xml_attribute DocxWalker::wordAttribute(const pugi::xml_node &node,
                                              std::string_view local) const
{
    const std::string_view uri = m_ns.elementUri(node);
    if (pugi::xml_attribute qualified = m_ns.attribute(node, uri, local))
        return qualified;
    // Lenient: an unprefixed attribute from a generator that got the namespaces wrong.
    return m_ns.attribute(node, "", local);
}

long DocxWalker::longAttribute(const pugi::xml_node &node, std::string_view local,
                               long fallback) const
{
    const std::string_view value = wordAttribute(node, local).value();
    long parsed = 0;
    const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), parsed);
    if (ec != std::errc() || end != value.data() + value.size())
        return fallback;
    return std::clamp(parsed, 0L, kMaxGridSpan);
}

void DocxWalker::openLine()
{
    Blocks &blocks = *m_target.blocks;
    if (!(blocks.joinNext && !blocks.lines.empty()))
        blocks.lines.emplace_back();
    blocks.joinNext = false;
    m_target.line = blocks.lines.size() - 1;
    m_target.lineOpen = true;
    m_target.afterTextBox = false;
}

std::string &DocxWalker::line()
{
    if (!m_target.lineOpen)
        openLine(); // runs outside any paragraph: keep their text on a line of its own
    return m_target.blocks->lines[m_target.line];
}

void DocxWalker::appendShown(std::string_view s)
{
    if (m_fieldsInCode == 0)
        append(s);
}

void DocxWalker::append(std::string_view s)
{
    if (m_budget.exceeded() || s.empty())
        return;
    std::string &current = line();
    if (m_target.afterTextBox) {
        current += lineBreak();
        m_target.afterTextBox = false;
    }
    current += s;
    m_budget.spend(s.size());
}

/// Loads footnotes.xml or endnotes.xml when the document has one; separators are skipped.
Result<void> loadNotes(ZipArchive &archive, const std::vector<Relationship> &relationships,
                       std::string_view type, std::string_view fallback,
                       std::string_view noteElement, pugi::xml_document &document,
                       NoteBodies &out)
{
    std::string part;
    if (const Relationship *relationship = findRelationship(relationships, type))
        part = archive.findIgnoringCase(relationship->target);
    if (part.empty())
        part = archive.findIgnoringCase(fallback);
    if (part.empty())
        return {};
    WEFT_TRY(readXmlPart(archive, part, document));
    out.root = document.document_element();
    XmlNamespaces ns;
    NamespaceScope rootScope(ns, out.root);
    for (const pugi::xml_node &note : out.root.children()) {
        if (note.type() != pugi::node_element)
            continue;
        NamespaceScope scope(ns, note);
        const std::string_view uri = ns.elementUri(note);
        if (classify(uri) != Ns::Word || localName(note.name()) != noteElement)
            continue;
        const std::string_view noteType = ns.attribute(note, uri, "type").value();
        if (noteType == "separator" || noteType == "continuationSeparator" ||
            noteType == "continuationNotice")
            continue;
        out.byId.emplace(ns.attribute(note, uri, "id").value(), note);
    }
    return {};
}

} // namespace

Result<ImportedDocument> DocxReader::read(std::string_view bytes,
                                          const ImportOptions & /*options*/) const
{
    auto archive = ZipArchive::open(bytes, docxKind());
    if (!archive)
        return archive.error();
    auto mainPart = findMainPart(*archive, {kMainContentTypes.begin(), kMainContentTypes.end()},
                                 "word/document.xml");
    if (!mainPart)
        return mainPart.error();
    if (mainPart->empty()) {
        return makeError(ErrorCode::BadFormat,
                         "the .docx has no main document part (word/document.xml); it is "
                         "damaged or not a Word document; re-save it from Word");
    }
    pugi::xml_document document;
    WEFT_TRY(readXmlPart(*archive, *mainPart, document));

    const pugi::xml_node root = document.document_element();
    {
        XmlNamespaces ns;
        NamespaceScope scope(ns, root);
        const std::string_view name = localName(root.name());
        if (classify(ns.elementUri(root)) != Ns::Word || name != "document") {
            if (name == "workbook") {
                return makeError(ErrorCode::BadFormat,
                                 "the file is an Excel workbook, not a Word document; rename it "
                                 "to .xlsx to import it as a table");
            }
            if (name == "presentation") {
                return makeError(ErrorCode::BadFormat,
                                 "the file is a PowerPoint presentation, not a Word document; "
                                 "save it as PDF and import that");
            }
            return makeError(ErrorCode::BadFormat,
                             "the .docx main part is not a Word document body; re-save it "
                             "from Word");
        }
    }

    auto relationships = readRelationships(*archive, *mainPart);
    if (!relationships)
        return relationships.error();
    pugi::xml_document footnotesDocument;
    pugi::xml_document endnotesDocument;
    NoteBodies footnotes;
    NoteBodies endnotes;
    WEFT_TRY(loadNotes(*archive, *relationships, "footnotes", "word/footnotes.xml", "footnote",
                       footnotesDocument, footnotes));
    WEFT_TRY(loadNotes(*archive, *relationships, "endnotes", "word/endnotes.xml", "endnote",
                       endnotesDocument, endnotes));

    DocxWalker walker(footnotes, endnotes);
    const std::string assembled = walker.render(root);
    if (walker.tooLarge()) {
        return makeError(ErrorCode::BadFormat,
                         "the .docx holds more than 256 MB of text; split it into smaller "
                         "documents");
    }
    if (walker.hasAltChunk()) {
        // Importing without the embedded part would silently lose text.
        return makeError(ErrorCode::BadFormat,
                         "the .docx embeds part of its text as a separate file (altChunk), "
                         "which Weft cannot read; open it in Word and save it again");
    }
    ImportedDocument out;
    out.encoding = "UTF-8";
    out.text = text::toStoredText(assembled);
    return out;
}

} // namespace weft::core
