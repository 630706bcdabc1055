// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/rtfreader.h"
#include "core/text/utf8.h"

#include "core/text/normalize.h"
#include "core/util/ascii.h"

#include <unicode/ucnv.h>

#include <algorithm>
#include <array>
#include <climits>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace weft::core {

namespace {

constexpr char32_t kReplacement = 0xFFFD;
constexpr int kDefaultCodepage = 1252;
/// The RTF spec caps control words at 32 letters; longer runs are consumed but not kept.
constexpr std::size_t kMaxWordLength = 32;
/// \ucN values beyond a handful are never written by real software; the cap keeps a hostile
/// \uc2000000000 from swallowing the rest of the document.
constexpr int kMaxFallbackCount = 16;

using text::detail::appendUtf8;

bool isAsciiLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/// \fcharsetN values (Windows LOGFONT charsets) to the code page their bytes are in.
/// 0 means "use the document's ANSI code page".
int codepageForCharset(int charset)
{
    switch (charset) {
    case 0:
        return 1252; // ANSI_CHARSET
    case 77:
        return 10000; // MAC_CHARSET
    case 128:
        return 932; // SHIFTJIS_CHARSET
    case 129:
        return 949; // HANGUL_CHARSET
    case 134:
        return 936; // GB2312_CHARSET
    case 136:
        return 950; // CHINESEBIG5_CHARSET
    case 161:
        return 1253; // GREEK_CHARSET
    case 162:
        return 1254; // TURKISH_CHARSET
    case 163:
        return 1258; // VIETNAMESE_CHARSET
    case 177:
        return 1255; // HEBREW_CHARSET
    case 178:
        return 1256; // ARABIC_CHARSET
    case 186:
        return 1257; // BALTIC_CHARSET
    case 204:
        return 1251; // RUSSIAN_CHARSET
    case 222:
        return 874; // THAI_CHARSET
    case 238:
        return 1250; // EASTEUROPE_CHARSET
    case 254:
        return 437; // PC437_CHARSET
    case 255:
        return 850; // OEM_CHARSET
    default:
        return 0; // DEFAULT_CHARSET (1), SYMBOL_CHARSET (2), unknown
    }
}

/// The name Weft reports as the document's source encoding.
std::string codepageName(int codepage)
{
    switch (codepage) {
    case 65001:
        return "UTF-8";
    case 10000:
        return "macintosh";
    case 437:
    case 850:
        return "IBM" + std::to_string(codepage);
    default:
        return "windows-" + std::to_string(codepage);
    }
}

struct ConverterCloser {
    void operator()(UConverter *converter) const { ucnv_close(converter); }
};
using ConverterPtr = std::unique_ptr<UConverter, ConverterCloser>;

/// Opens the ICU converter for a Windows code page number, trying the spellings ICU knows.
ConverterPtr openCodepage(int codepage)
{
    if (codepage <= 0)
        return nullptr;
    const std::string number = std::to_string(codepage);
    const std::array<std::string, 4> names{
            codepage == 65001 ? std::string("UTF-8") : "windows-" + number, "cp" + number,
            "ibm-" + number, codepage == 10000 ? std::string("macintosh") : std::string()};
    for (const std::string &name : names) {
        if (name.empty())
            continue;
        UErrorCode status = U_ZERO_ERROR;
        ConverterPtr converter(ucnv_open(name.c_str(), &status));
        if (U_SUCCESS(status) && converter) {
            status = U_ZERO_ERROR;
            // stop on bad bytes so we can substitute U+FFFD ourselves: ICU's own substitute
            // for single-byte pages is U+001A, a control character stored text would drop
            ucnv_setToUCallBack(
                    converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
            return converter;
        }
    }
    return nullptr;
}

/// Destinations whose content is never document text. Word marks most newer ones with \*,
/// which we skip anyway; these are the ones older writers emit without it.
const std::unordered_set<std::string_view> &skippedDestinations()
{
    static const std::unordered_set<std::string_view> names{"aftncn", "aftnsep", "aftnsepc",
            "annotation", "atnauthor", "atndate", "atnicn", "atnid", "atnparent", "atnref",
            "atntime", "atrfend", "atrfstart", "author", "bkmkend", "bkmkstart", "blipuid",
            "category", "colortbl", "colorschememapping", "comment", "company", "datafield",
            "datastore", "docvar", "doccomm", "ffdeftext", "ffentrymcr", "ffexitmcr", "ffhelptext",
            "ffname", "ffstattext", "fchars", "filetbl", "fldinst", "fldtype", "footer", "footerf",
            "footerl", "footerr", "formfield", "ftncn", "ftnsep", "ftnsepc", "generator", "header",
            "headerf", "headerl", "headerr", "hlinkbase", "info", "keywords", "lchars",
            "latentstyles", "listoverridetable", "listpicture", "listtable", "manager", "mmathPr",
            "nonshppict", "objclass", "objdata", "objname", "operator", "passwordhash", "pgdsctbl",
            "pict", "pn", "pntxta", "pntxtb", "private", "protusertbl", "revtbl", "rsidtbl", "rxe",
            "shp", "shpinst", "sn", "sp", "stylesheet", "subject", "sv", "tc", "tcn", "template",
            "themedata", "title", "txe", "userprops", "wgrffmtfilter", "xe", "xmlnstbl"};
    return names;
}

/// Character-producing control words that take no part in the group state.
char32_t symbolFor(std::string_view word)
{
    static const std::map<std::string_view, char32_t> symbols{{"bullet", 0x2022},
            {"emdash", 0x2014}, {"endash", 0x2013}, {"emspace", 0x2003}, {"enspace", 0x2002},
            {"qmspace", 0x2005}, {"lquote", 0x2018}, {"rquote", 0x2019}, {"ldblquote", 0x201C},
            {"rdblquote", 0x201D}, {"zwj", 0x200D}, {"zwnj", 0x200C}, {"ltrmark", 0x200E},
            {"rtlmark", 0x200F}, {"zwbo", 0x200B}, {"zwnbo", 0xFEFF}};
    const auto it = symbols.find(word);
    return it == symbols.end() ? 0 : it->second;
}

/// Formatting that a group scopes: entering a group copies it, leaving restores it.
struct GroupState {
    bool skip = false; ///< inside a destination that holds no document text
    bool softSkip = false; ///< \upr's ANSI copy or an \object; \ud / \result show text again
    bool hidden = false; ///< \v hidden text
    bool footnote = false; ///< text goes to the footnote list, appended after the body
    bool fontTable = false; ///< \fonttbl: \fN and \fcharsetN define fonts, no text
    int fallbackCount = 1; ///< \ucN: characters that follow each \uN for old readers
    int font = -1; ///< current \fN; -1 means the document default (\deffN)
};

class RtfParser {
public:
    explicit RtfParser(std::string_view input)
        : m_in(input)
    {
    }

    Result<ImportedDocument> run()
    {
        std::size_t start = 0;
        if (m_in.substr(0, 3) == "\xEF\xBB\xBF")
            start = 3;
        while (start < m_in.size()
                && (m_in[start] == ' ' || m_in[start] == '\t' || m_in[start] == '\r'
                        || m_in[start] == '\n'))
            ++start;
        if (m_in.substr(start, 5) != "{\\rtf")
            return makeError(ErrorCode::BadFormat,
                    "the file is not RTF (it does not start with {\\rtf); check that it "
                    "really is a Rich Text file, or save it again as .rtf or .docx");
        m_pos = start;
        WEFT_TRY(parse());
        flushBytes();
        resolveHighSurrogate();

        std::string text = std::move(m_body);
        if (!m_footnotes.empty()) {
            while (!text.empty() && (text.back() == '\n' || text.back() == ' '))
                text.pop_back();
            text += "\n\n";
            text += m_footnotes;
        }
        ImportedDocument doc;
        doc.encoding = codepageName(m_ansiCodepage);
        doc.text = text::toStoredText(text);
        return doc;
    }

private:
    Result<void> parse()
    {
        while (m_pos < m_in.size()) {
            const char c = m_in[m_pos++];
            if (c != '\\' && c != '\r' && c != '\n')
                m_starPending = false; // \* only marks a control word that follows at once
            switch (c) {
            case '{':
                flushBytes();
                m_fallbackToSkip = 0;
                m_starPending = false;
                if (m_depth >= RtfReader::kMaxGroupDepth)
                    return makeError(ErrorCode::BadFormat,
                            "the RTF file nests groups more than "
                                    + std::to_string(RtfReader::kMaxGroupDepth)
                                    + " levels deep; it is damaged or not a real "
                                      "document: open and save it again in a word "
                                      "processor");
                m_stack.push_back(m_state);
                ++m_depth;
                break;
            case '}':
                flushBytes();
                m_fallbackToSkip = 0;
                m_starPending = false;
                if (m_stack.empty())
                    return {}; // the outermost group closed: whatever follows is not RTF
                closeGroup();
                if (m_stack.empty())
                    return {};
                break;
            case '\\':
                controlSequence();
                break;
            case '\r':
            case '\n':
                break; // line breaks in the file are not text
            case '\t':
                textCodePoint(U'\t');
                break;
            default:
                if (static_cast<unsigned char>(c) >= 0x20)
                    textByte(static_cast<unsigned char>(c));
                break;
            }
        }
        return {}; // truncated: keep what was read
    }

    void closeGroup()
    {
        const bool wasFootnote = m_state.footnote;
        m_state = m_stack.back();
        m_stack.pop_back();
        --m_depth;
        if (wasFootnote && !m_state.footnote)
            endFootnote();
    }

    /// Reads what follows a backslash.
    void controlSequence()
    {
        if (m_pos >= m_in.size())
            return;
        const char c = m_in[m_pos];
        if (isAsciiLetter(c)) {
            const std::size_t wordStart = m_pos;
            while (m_pos < m_in.size() && isAsciiLetter(m_in[m_pos]))
                ++m_pos;
            const std::string_view word
                    = m_in.substr(wordStart, std::min(m_pos - wordStart, kMaxWordLength));
            bool hasParam = false;
            bool negative = false;
            long long value = 0;
            if (m_pos + 1 < m_in.size() && m_in[m_pos] == '-' && isAsciiDigit(m_in[m_pos + 1])) {
                negative = true;
                ++m_pos;
            }
            while (m_pos < m_in.size() && isAsciiDigit(m_in[m_pos])) {
                hasParam = true;
                // saturate: huge parameters are clamped, never overflow
                if (value <= INT_MAX)
                    value = value * 10 + (m_in[m_pos] - '0');
                ++m_pos;
            }
            value = std::min<long long>(value, INT_MAX);
            const int param = static_cast<int>(negative ? -value : value);
            if (m_pos < m_in.size() && m_in[m_pos] == ' ')
                ++m_pos; // the delimiting space belongs to the control word
            controlWord(word, hasParam, param);
            return;
        }
        ++m_pos;
        if (c == '\'') {
            m_starPending = false;
            int value = 0;
            int digits = 0;
            while (digits < 2 && m_pos < m_in.size() && hexDigitValue(m_in[m_pos]) >= 0) {
                value = value * 16 + hexDigitValue(m_in[m_pos]);
                ++m_pos;
                ++digits;
            }
            if (digits == 2)
                textByte(static_cast<unsigned char>(value));
            return;
        }
        if (c == '*') {
            m_starPending = true;
            return;
        }
        controlSymbol(c);
    }

    void controlSymbol(char c)
    {
        m_starPending = false;
        if (consumeFallback())
            return;
        switch (c) {
        case '\\':
        case '{':
        case '}':
            textByte(static_cast<unsigned char>(c));
            break;
        case '~':
            textCodePoint(0x00A0); // non-breaking space
            break;
        case '_':
            textCodePoint(0x2011); // non-breaking hyphen
            break;
        case '\r':
        case '\n':
            textCodePoint(U'\n'); // "\<newline>" is an old spelling of \par
            break;
        default:
            break; // \- optional hyphen, \| \: formula and index marks: no text
        }
    }

    void controlWord(std::string_view word, bool hasParam, int param)
    {
        const bool star = m_starPending;
        m_starPending = false;
        if (word == "bin") {
            // \binN: N raw bytes follow that must not be tokenised
            const std::size_t count = hasParam && param > 0 ? static_cast<std::size_t>(param) : 0;
            m_pos += std::min(count, m_in.size() - m_pos);
            return;
        }
        if (consumeFallback())
            return;
        flushBytes();
        if (m_state.skip)
            return; // nothing inside a skipped destination matters

        if (word == "ud") {
            m_state.softSkip = false;
            return;
        }
        if (word == "result" || word == "fldrslt") {
            m_state.softSkip = false;
            return;
        }
        if (word == "upr" || word == "object") {
            m_state.softSkip = true;
            return;
        }
        if (word == "footnote") {
            startFootnote();
            return;
        }
        if (word == "fonttbl") {
            m_state.fontTable = true;
            return;
        }
        if (star || skippedDestinations().count(word) > 0) {
            m_state.skip = true;
            return;
        }

        if (m_state.fontTable) {
            fontTableWord(word, hasParam, param);
            return;
        }
        documentWord(word, hasParam, param);
    }

    void fontTableWord(std::string_view word, bool hasParam, int param)
    {
        if (!hasParam)
            return;
        if (word == "f")
            m_fontBeingDefined = param;
        else if (word == "fcharset" && m_fontBeingDefined >= 0)
            m_fontCharsetCodepage[m_fontBeingDefined] = codepageForCharset(param);
        else if (word == "cpg" && m_fontBeingDefined >= 0 && param > 0)
            m_fontExplicitCodepage[m_fontBeingDefined] = param;
    }

    void documentWord(std::string_view word, bool hasParam, int param)
    {
        if (word == "par" || word == "line" || word == "sect" || word == "page") {
            textCodePoint(U'\n');
        } else if (word == "tab") {
            textCodePoint(U'\t');
        } else if (word == "cell" || word == "nestcell") {
            textCodePoint(U'\t');
            m_lastWasCell = visible();
        } else if (word == "row" || word == "nestrow") {
            if (visible()) {
                std::string &out = target();
                if (m_lastWasCell && !out.empty() && out.back() == '\t')
                    out.pop_back(); // the last cell's separator becomes the row's line end
                resolveHighSurrogate();
                out.push_back('\n');
            }
            m_lastWasCell = false;
        } else if (word == "u") {
            if (hasParam)
                unicodeChar(param);
            m_fallbackToSkip = m_state.fallbackCount;
        } else if (word == "uc") {
            if (hasParam)
                m_state.fallbackCount = std::clamp(param, 0, kMaxFallbackCount);
        } else if (word == "f") {
            if (hasParam)
                m_state.font = param;
        } else if (word == "plain") {
            m_state.font = -1;
            m_state.hidden = false;
        } else if (word == "v") {
            m_state.hidden = !hasParam || param != 0;
        } else if (word == "deff") {
            if (hasParam)
                m_defaultFont = param;
        } else if (word == "ansicpg") {
            if (hasParam && param > 0 && openCodepage(param))
                m_ansiCodepage = param;
        } else if (word == "mac") {
            m_ansiCodepage = 10000;
        } else if (word == "pc") {
            m_ansiCodepage = 437;
        } else if (word == "pca") {
            m_ansiCodepage = 850;
        } else if (const char32_t symbol = symbolFor(word)) {
            textCodePoint(symbol);
        }
    }

    /// After \uN the next \ucN characters are an ANSI fallback for old readers: skip them.
    /// Each plain character, \'hh, control word or symbol counts as one.
    bool consumeFallback()
    {
        if (m_fallbackToSkip <= 0)
            return false;
        --m_fallbackToSkip;
        return true;
    }

    bool visible() const
    {
        return !m_state.skip && !m_state.softSkip && !m_state.hidden && !m_state.fontTable;
    }

    std::string &target() { return m_state.footnote ? m_footnotes : m_body; }

    void startFootnote()
    {
        if (!visible() || m_state.footnote)
            return;
        m_state.footnote = true;
        if (!m_footnotes.empty())
            m_footnotes.push_back('\n');
        m_footnoteStart = m_footnotes.size();
    }

    /// A footnote's own mark and the space after it lead its text; line ends trail it.
    void endFootnote()
    {
        std::size_t first = m_footnoteStart;
        while (first < m_footnotes.size()
                && (m_footnotes[first] == ' ' || m_footnotes[first] == '\t'))
            ++first;
        m_footnotes.erase(m_footnoteStart, first - m_footnoteStart);
        while (m_footnotes.size() > m_footnoteStart
                && (m_footnotes.back() == '\n' || m_footnotes.back() == ' '))
            m_footnotes.pop_back();
    }

    void unicodeChar(int param)
    {
        long value = param;
        if (value < 0)
            value += 65536;
        if (!visible())
            return;
        if (value >= 0xD800 && value <= 0xDBFF) {
            resolveHighSurrogate();
            m_highSurrogate = static_cast<char32_t>(value);
            return;
        }
        if (value >= 0xDC00 && value <= 0xDFFF) {
            if (m_highSurrogate != 0) {
                const char32_t cp = 0x10000 + ((m_highSurrogate - 0xD800) << 10)
                        + (static_cast<char32_t>(value) - 0xDC00);
                m_highSurrogate = 0;
                appendUtf8(target(), cp);
            } else {
                appendUtf8(target(), kReplacement);
            }
            m_lastWasCell = false;
            return;
        }
        // some writers put astral code points in \uN directly; anything else is damage
        textCodePoint(
                value >= 0 && value <= 0x10FFFF ? static_cast<char32_t>(value) : kReplacement);
    }

    /// A high surrogate not followed by its low half is shown as U+FFFD, never dropped.
    void resolveHighSurrogate()
    {
        if (m_highSurrogate == 0)
            return;
        m_highSurrogate = 0;
        appendUtf8(target(), kReplacement);
    }

    void textCodePoint(char32_t cp)
    {
        if (consumeFallback())
            return;
        if (!visible())
            return;
        flushBytes();
        resolveHighSurrogate();
        if (cp != 0)
            appendUtf8(target(), cp);
        m_lastWasCell = false;
    }

    /// Plain characters and \'hh escapes are bytes in the current font's code page; they are
    /// collected so that double-byte pages (Shift-JIS, GBK, Big5, UHC) decode whole characters.
    void textByte(unsigned char byte)
    {
        if (consumeFallback())
            return;
        if (!visible())
            return;
        resolveHighSurrogate();
        m_bytes.push_back(static_cast<char>(byte));
        m_lastWasCell = false;
    }

    int currentCodepage() const
    {
        const int font = m_state.font >= 0 ? m_state.font : m_defaultFont;
        if (font >= 0) {
            if (const auto it = m_fontExplicitCodepage.find(font);
                    it != m_fontExplicitCodepage.end())
                return it->second;
            if (const auto it = m_fontCharsetCodepage.find(font);
                    it != m_fontCharsetCodepage.end() && it->second > 0)
                return it->second;
        }
        return m_ansiCodepage;
    }

    UConverter *converter(int codepage)
    {
        auto it = m_converters.find(codepage);
        if (it == m_converters.end())
            it = m_converters.emplace(codepage, openCodepage(codepage)).first;
        if (!it->second && codepage != kDefaultCodepage)
            return converter(kDefaultCodepage); // unknown code page: read it as Western
        return it->second.get();
    }

    void flushBytes()
    {
        if (m_bytes.empty())
            return;
        std::string &out = target();
        const bool ascii = std::all_of(m_bytes.begin(), m_bytes.end(),
                [](char c) { return static_cast<unsigned char>(c) < 0x80; });
        UConverter *cnv = ascii ? nullptr : converter(currentCodepage());
        if (!cnv) {
            for (const char c : m_bytes)
                appendUtf8(out, ascii ? static_cast<unsigned char>(c) : kReplacement);
            m_bytes.clear();
            return;
        }
        const char *source = m_bytes.data();
        const char *const sourceEnd = m_bytes.data() + m_bytes.size();
        std::array<UChar, 512> buffer{};
        ucnv_resetToUnicode(cnv);
        while (source < sourceEnd) {
            UChar *targetPtr = buffer.data();
            UErrorCode status = U_ZERO_ERROR;
            const char *before = source;
            ucnv_toUnicode(cnv, &targetPtr, buffer.data() + buffer.size(), &source, sourceEnd,
                    nullptr, true, &status);
            appendUtf16(out, buffer.data(), targetPtr);
            if (status == U_BUFFER_OVERFLOW_ERROR)
                continue;
            if (U_FAILURE(status)) {
                // an unmapped or malformed sequence: show it, then go on after it
                appendUtf8(out, kReplacement);
                ucnv_resetToUnicode(cnv);
                if (source == before)
                    ++source;
            }
        }
        m_bytes.clear();
    }

    static void appendUtf16(std::string &out, const UChar *begin, const UChar *end)
    {
        for (const UChar *p = begin; p < end; ++p) {
            char32_t cp = *p;
            if (cp >= 0xD800 && cp <= 0xDBFF && p + 1 < end && p[1] >= 0xDC00 && p[1] <= 0xDFFF) {
                cp = 0x10000 + ((cp - 0xD800) << 10) + (static_cast<char32_t>(p[1]) - 0xDC00);
                ++p;
            } else if (cp >= 0xD800 && cp <= 0xDFFF) {
                cp = kReplacement;
            }
            appendUtf8(out, cp);
        }
    }

    std::string_view m_in;
    std::size_t m_pos = 0;
    std::vector<GroupState> m_stack;
    GroupState m_state;
    int m_depth = 0;
    bool m_starPending = false;
    int m_fallbackToSkip = 0;
    char32_t m_highSurrogate = 0;
    bool m_lastWasCell = false;

    int m_ansiCodepage = kDefaultCodepage;
    int m_defaultFont = -1;
    int m_fontBeingDefined = -1;
    std::map<int, int> m_fontCharsetCodepage;
    std::map<int, int> m_fontExplicitCodepage;
    std::map<int, ConverterPtr> m_converters;

    std::string m_bytes; ///< pending code page bytes, all in the current state's code page
    std::string m_body;
    std::string m_footnotes;
    std::size_t m_footnoteStart = 0;
};

} // namespace

Result<ImportedDocument> RtfReader::read(std::string_view bytes, const ImportOptions &) const
{
    RtfParser parser(bytes);
    return parser.run();
}

} // namespace weft::core
