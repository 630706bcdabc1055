// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/htmlreader.h"

#include "core/text/charset.h"
#include "core/text/normalize.h"

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

#include <algorithm>
#include <climits>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace weft::core {

namespace {

/// Browsers look for a charset declaration in the first 1024 bytes; real pages written by
/// tools sometimes put a long <head> preamble first, so look a little further.
constexpr std::size_t kCharsetPrescanBytes = 4096;

/// A long report exported from Word has some 100,000 tags; twenty times that is an attack.
constexpr std::size_t kMaxTags = 2'000'000;

bool isHtmlSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

std::string lower(std::string_view s)
{
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(),
            [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; });
    return out;
}

/// WHATWG maps several legacy labels to the Windows code page browsers really use.
std::string browserCharset(std::string label)
{
    static const std::unordered_set<std::string_view> western{"iso-8859-1", "iso8859-1",
            "iso_8859-1", "latin1", "l1", "us-ascii", "ascii", "cp1252", "windows-1252", "x-cp1252",
            "cp819", "ibm819", "iso-ir-100", "csisolatin1", "x-user-defined"};
    if (western.count(label) > 0)
        return "windows-1252";
    if (label == "utf8" || label == "utf-8" || label.starts_with("utf-16"))
        return "UTF-8"; // a real UTF-16 file has a BOM, which was honoured before this
    if (label == "iso-8859-9" || label == "latin5" || label == "iso8859-9")
        return "windows-1254";
    if (label == "tis-620" || label == "iso-8859-11")
        return "windows-874";
    return label;
}

const std::unordered_set<std::string_view> &droppedElements()
{
    static const std::unordered_set<std::string_view> names{"head", "script", "style", "noscript",
            "template", "svg", "iframe", "object", "embed", "canvas", "video", "audio", "map",
            "noembed", "noframes", "select", "datalist", "title", "math"};
    return names;
}

const std::unordered_set<std::string_view> &blockElements()
{
    static const std::unordered_set<std::string_view> names{"address", "article", "aside",
            "blockquote", "body", "caption", "center", "dd", "details", "dialog", "dir", "div",
            "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
            "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "listing", "main",
            "menu", "nav", "ol", "p", "plaintext", "pre", "section", "summary", "table", "tbody",
            "tfoot", "thead", "tr", "ul", "xmp"};
    return names;
}

bool preservesWhitespace(std::string_view name)
{
    return name == "pre" || name == "listing" || name == "xmp" || name == "plaintext"
            || name == "textarea";
}

std::string_view nameOf(const xmlNode *node)
{
    return node->name ? std::string_view(reinterpret_cast<const char *>(node->name))
                      : std::string_view();
}

/// Keeps libxml2 quiet while a hostile page is parsed: HTML_PARSE_NOERROR silences the
/// parser, but some messages go through the per-thread generic handlers.
class LibxmlSilencer {
public:
    LibxmlSilencer()
        : m_generic(xmlGenericError)
        , m_genericContext(xmlGenericErrorContext)
        , m_structured(xmlStructuredError)
        , m_structuredContext(xmlStructuredErrorContext)
    {
        xmlSetGenericErrorFunc(nullptr, &LibxmlSilencer::ignoreGeneric);
        xmlSetStructuredErrorFunc(nullptr, &LibxmlSilencer::ignoreStructured);
    }
    ~LibxmlSilencer()
    {
        xmlSetGenericErrorFunc(m_genericContext, m_generic);
        xmlSetStructuredErrorFunc(m_structuredContext, m_structured);
    }
    LibxmlSilencer(const LibxmlSilencer &) = delete;
    LibxmlSilencer &operator=(const LibxmlSilencer &) = delete;

private:
    static void ignoreGeneric(void *, const char *, ...) { }
    static void ignoreStructured(void *, xmlErrorPtr) { }

    xmlGenericErrorFunc m_generic;
    void *m_genericContext;
    xmlStructuredErrorFunc m_structured;
    void *m_structuredContext;
};

struct DocFree {
    void operator()(xmlDoc *doc) const { xmlFreeDoc(doc); }
};

struct ParserContextFree {
    void operator()(htmlParserCtxt *context) const { htmlFreeParserCtxt(context); }
};

/// Turns the element tree into text the way a browser lays it out, reduced to line breaks,
/// tabs between table cells and single spaces.
class TextBuilder {
public:
    void enter(const xmlNode *node)
    {
        const std::string_view name = nameOf(node);
        if (preservesWhitespace(name))
            ++m_preDepth;
        if (name == "br") {
            lineBreak();
        } else if (name == "tr") {
            blockBoundary();
            m_cellCounts.push_back(0);
        } else if (name == "td" || name == "th") {
            cellStart();
        } else if (blockElements().count(name) > 0) {
            blockBoundary();
        }
    }

    void leave(const xmlNode *node)
    {
        const std::string_view name = nameOf(node);
        if (preservesWhitespace(name) && m_preDepth > 0)
            --m_preDepth;
        if (name == "tr") {
            if (!m_cellCounts.empty())
                m_cellCounts.pop_back();
            blockBoundary();
        } else if (name == "td" || name == "th") {
            if (m_cellDepth > 0)
                --m_cellDepth;
            m_pendingSpace = true;
        } else if (blockElements().count(name) > 0) {
            blockBoundary();
        }
    }

    void text(std::string_view content)
    {
        if (m_preDepth > 0) {
            if (content.empty())
                return;
            flushBreak();
            m_pendingSpace = false;
            m_out += content;
            return;
        }
        for (const char c : content) {
            if (isHtmlSpace(c)) {
                m_pendingSpace = true;
                continue;
            }
            flushBreak();
            if (m_pendingSpace && !m_out.empty() && m_out.back() != '\n' && m_out.back() != '\t')
                m_out.push_back(' ');
            m_pendingSpace = false;
            m_out.push_back(c);
        }
    }

    std::string take() { return std::move(m_out); }

private:
    /// A block starts on its own line; inside a table cell it only separates words, so that
    /// a row stays one tab-separated line.
    void blockBoundary()
    {
        if (m_cellDepth > 0) {
            m_pendingSpace = true;
            return;
        }
        m_pendingBreak = true;
        m_pendingSpace = false;
    }

    void lineBreak()
    {
        if (m_cellDepth > 0) {
            m_pendingSpace = true;
            return;
        }
        flushBreak();
        m_out.push_back('\n');
        m_pendingSpace = false;
    }

    void cellStart()
    {
        flushBreak();
        if (!m_cellCounts.empty()) {
            if (m_cellCounts.back() > 0) {
                // a cell may end in a space the next cell must not inherit
                while (!m_out.empty() && m_out.back() == ' ')
                    m_out.pop_back();
                m_out.push_back('\t');
            }
            ++m_cellCounts.back();
        }
        m_pendingSpace = false;
        ++m_cellDepth;
    }

    void flushBreak()
    {
        if (!m_pendingBreak)
            return;
        m_pendingBreak = false;
        if (!m_out.empty() && m_out.back() != '\n')
            m_out.push_back('\n');
        m_pendingSpace = false;
    }

    std::string m_out;
    bool m_pendingSpace = false;
    bool m_pendingBreak = false;
    int m_preDepth = 0;
    int m_cellDepth = 0;
    std::vector<int> m_cellCounts; ///< cells seen so far in each open table row
};

/// Word's HTML export wraps list bullets in "downlevel-revealed" conditional comments,
/// <![if !supportLists]>...<![endif]>, which browsers other than old IE treat as nothing and
/// libxml2 would keep as text. The markers go; what they enclose (the bullet) stays.
std::string withoutConditionalMarkers(std::string html)
{
    if (html.find("<![") == std::string::npos)
        return html;
    std::string out;
    out.reserve(html.size());
    std::size_t pos = 0;
    while (pos < html.size()) {
        const std::size_t next = html.find("<!", pos);
        if (next == std::string::npos) {
            out.append(html, pos, std::string::npos);
            break;
        }
        out.append(html, pos, next - pos);
        if (html.compare(next, 4, "<!--") == 0) {
            // a comment is copied whole: Word's <!--[if gte mso 9]>...<![endif]--> is one
            const std::size_t close = html.find("-->", next + 4);
            const std::size_t end = close == std::string::npos ? html.size() : close + 3;
            out.append(html, next, end - next);
            pos = end;
            continue;
        }
        const std::size_t close = html.find('>', next);
        const std::string_view marker = close == std::string::npos
                ? std::string_view()
                : std::string_view(html).substr(next, close + 1 - next);
        const std::string lowered = lower(marker);
        if (lowered == "<![endif]>" || (lowered.starts_with("<![if ") && lowered.ends_with("]>"))) {
            pos = close + 1;
            continue;
        }
        out.append("<!");
        pos = next + 2;
    }
    return out;
}

bool isDropped(const xmlNode *node)
{
    if (droppedElements().count(nameOf(node)) > 0)
        return true;
    return xmlHasProp(node, reinterpret_cast<const xmlChar *>("hidden")) != nullptr;
}

/// Walks the tree without recursion: a hostile page may nest elements a million deep.
std::string extractText(const xmlDoc *doc)
{
    TextBuilder builder;
    const xmlNode *root = reinterpret_cast<const xmlNode *>(doc);
    const xmlNode *node = doc->children;
    while (node) {
        bool descend = false;
        if (node->type == XML_ELEMENT_NODE) {
            if (!isDropped(node)) {
                builder.enter(node);
                descend = true;
            }
        } else if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
            if (node->content)
                builder.text(reinterpret_cast<const char *>(node->content));
        }
        if (descend && node->children) {
            node = node->children;
            continue;
        }
        // leave this node and every ancestor whose last child it is
        while (node && node != root) {
            if (node->type == XML_ELEMENT_NODE && !isDropped(node))
                builder.leave(node);
            if (node->next) {
                node = node->next;
                break;
            }
            node = node->parent;
        }
        if (node == root)
            break;
    }
    return builder.take();
}

} // namespace

std::string HtmlReader::declaredCharset(std::string_view bytes)
{
    const std::string head = lower(bytes.substr(0, kCharsetPrescanBytes));
    std::size_t pos = 0;
    while ((pos = head.find("<meta", pos)) != std::string::npos) {
        pos += 5;
        if (pos >= head.size() || !(isHtmlSpace(head[pos]) || head[pos] == '/'))
            continue;
        const std::size_t end = std::min(head.find('>', pos), head.size());
        const std::string_view tag = std::string_view(head).substr(pos, end - pos);
        for (std::size_t at = tag.find("charset"); at != std::string_view::npos;
                at = tag.find("charset", at + 1)) {
            std::size_t i = at + 7;
            while (i < tag.size() && isHtmlSpace(tag[i]))
                ++i;
            if (i >= tag.size() || tag[i] != '=')
                continue;
            ++i;
            while (i < tag.size() && isHtmlSpace(tag[i]))
                ++i;
            if (i < tag.size() && (tag[i] == '"' || tag[i] == '\''))
                ++i;
            const std::size_t valueStart = i;
            while (i < tag.size() && !isHtmlSpace(tag[i]) && tag[i] != '"' && tag[i] != '\''
                    && tag[i] != ';' && tag[i] != '/')
                ++i;
            if (i > valueStart)
                return browserCharset(std::string(tag.substr(valueStart, i - valueStart)));
        }
        pos = end;
    }
    return {};
}

Result<ImportedDocument> HtmlReader::read(
        std::string_view bytes, const ImportOptions &options) const
{
    // Encoding: --encoding, else a BOM (decodeText honours it), else <meta>, else .txt rules.
    const bool hasBom = bytes.starts_with("\xEF\xBB\xBF") || bytes.starts_with("\xFF\xFE")
            || bytes.starts_with("\xFE\xFF");
    std::string declared;
    if (options.encoding.empty() && !hasBom)
        declared = declaredCharset(bytes);
    auto decoded = text::decodeText(bytes, options.encoding.empty() ? declared : options.encoding);
    if (!decoded && !declared.empty() && decoded.error().code == ErrorCode::InvalidArgument)
        decoded = text::decodeText(bytes); // a charset ICU does not know: detect instead
    if (!decoded)
        return decoded.error();
    const std::string utf8 = withoutConditionalMarkers(std::move(decoded->text));
    if (utf8.size() > static_cast<std::size_t>(INT_MAX))
        return makeError(ErrorCode::BadFormat, "the HTML file is too large; split it");

    static std::once_flag initOnce;
    std::call_once(initOnce, [] { xmlInitParser(); });

    ImportedDocument doc;
    doc.encoding = decoded->encoding;
    if (utf8.find_first_not_of(" \t\r\n\f") == std::string::npos)
        return doc; // an empty page is an empty document, not an error

    // Each tag becomes a tree node of a hundred bytes or more; bound the tree, not the bytes,
    // so that pages with large inline images still import.
    if (static_cast<std::size_t>(std::count(utf8.begin(), utf8.end(), '<')) > kMaxTags)
        return makeError(ErrorCode::BadFormat,
                "the HTML file has more than " + std::to_string(kMaxTags)
                        + " tags; save it as plain text or split it");

    std::unique_ptr<xmlDoc, DocFree> tree;
    bool halted = false;
    {
        const LibxmlSilencer silencer;
        const std::unique_ptr<htmlParserCtxt, ParserContextFree> context(htmlNewParserCtxt());
        if (!context)
            return makeError(ErrorCode::Internal, "cannot start the HTML parser");
        // XML_PARSE_HUGE lifts libxml2's depth limit of 256, which would otherwise stop the
        // parse there and silently lose the rest of the page; our tree walk is iterative.
        tree.reset(htmlCtxtReadMemory(context.get(), utf8.data(), static_cast<int>(utf8.size()),
                nullptr, "UTF-8",
                HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_RECOVER
                        | HTML_PARSE_IGNORE_ENC | HTML_PARSE_NODEFDTD | XML_PARSE_HUGE));
        halted = context->disableSAX != 0 || context->instate == XML_PARSER_EOF;
    }
    if (!tree || halted)
        return makeError(ErrorCode::BadFormat,
                "the HTML file could not be read to its end; open it in a browser "
                "and save it again, or save it as plain text");
    doc.text = text::toStoredText(extractText(tree.get()));
    return doc;
}

} // namespace weft::core
