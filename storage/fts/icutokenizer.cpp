// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/fts/icutokenizer.h"

#include <sqlite3.h>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <memory>
#include <string>

namespace weft::storage {
namespace {

// Words are runs of letters, digits and combining marks, case-folded. Scripts written without
// spaces (Thai, Lao, Khmer, Myanmar, Chinese, Japanese) are split by ICU's dictionary-based
// word break iterator; everything else takes the fast path, which matters when a study of
// twenty million words is indexed on import.

bool needsDictionary(UChar32 c)
{
    if (c < 0x0E00)
        return false;
    UErrorCode status = U_ZERO_ERROR;
    switch (uscript_getScript(c, &status)) {
    case USCRIPT_THAI:
    case USCRIPT_LAO:
    case USCRIPT_KHMER:
    case USCRIPT_MYANMAR:
    case USCRIPT_HAN:
    case USCRIPT_HIRAGANA:
    case USCRIPT_KATAKANA:
        return true;
    default:
        return false;
    }
}

bool isWordChar(UChar32 c)
{
    if (c < 0x80)
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    return u_isalnum(c) || (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0;
}

void appendFolded(std::string &out, UChar32 c)
{
    if (c < 0x80) {
        out.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
        return;
    }
    const UChar32 folded = u_foldCase(c, U_FOLD_CASE_DEFAULT);
    char buffer[4];
    int32_t n = 0;
    UBool error = false;
    U8_APPEND(buffer, n, 4, folded, error);
    if (!error)
        out.append(buffer, static_cast<std::size_t>(n));
}

using Emit = int (*)(void *, int, const char *, int, int, int);

/// ICU word segmentation of text[begin, end), emitting dictionary words.
int segmentRun(void *context, Emit emit, const char *text, int begin, int end)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UText, decltype(&utext_close)> utext(
        utext_openUTF8(nullptr, text + begin, end - begin, &status), &utext_close);
    std::unique_ptr<UBreakIterator, decltype(&ubrk_close)> words(
        ubrk_open(UBRK_WORD, "", nullptr, 0, &status), &ubrk_close);
    if (U_FAILURE(status))
        return SQLITE_ERROR;
    ubrk_setUText(words.get(), utext.get(), &status);
    if (U_FAILURE(status))
        return SQLITE_ERROR;
    std::string token;
    for (int32_t s = ubrk_first(words.get()), e = ubrk_next(words.get()); e != UBRK_DONE;
         s = e, e = ubrk_next(words.get())) {
        if (ubrk_getRuleStatus(words.get()) == UBRK_WORD_NONE)
            continue;
        token.clear();
        for (int32_t i = s; i < e;) {
            UChar32 c;
            U8_NEXT(text + begin, i, e, c);
            if (c >= 0)
                appendFolded(token, c);
        }
        const int rc = emit(context, 0, token.data(), static_cast<int>(token.size()), begin + s,
                            begin + e);
        if (rc != SQLITE_OK)
            return rc;
    }
    return SQLITE_OK;
}

int createTokenizer(void *, const char **, int, Fts5Tokenizer **out)
{
    static int instance = 0; // stateless: any non-null handle will do
    *out = reinterpret_cast<Fts5Tokenizer *>(&instance);
    return SQLITE_OK;
}

void deleteTokenizer(Fts5Tokenizer *) {}

int tokenize(Fts5Tokenizer *, void *context, int, const char *text, int length, Emit emit)
{
    std::string token;
    int tokenStart = -1;
    int i = 0;
    const auto flush = [&](int end) {
        if (tokenStart < 0)
            return SQLITE_OK;
        const int rc = emit(context, 0, token.data(), static_cast<int>(token.size()), tokenStart, end);
        token.clear();
        tokenStart = -1;
        return rc;
    };
    while (i < length) {
        const int at = i;
        UChar32 c;
        U8_NEXT(text, i, length, c);
        if (c < 0) { // invalid byte: a separator
            if (const int rc = flush(at); rc != SQLITE_OK)
                return rc;
            continue;
        }
        if (needsDictionary(c)) {
            if (const int rc = flush(at); rc != SQLITE_OK)
                return rc;
            int end = i;
            while (end < length) {
                int next = end;
                UChar32 d;
                U8_NEXT(text, next, length, d);
                if (d < 0 || !(needsDictionary(d) || (U_GET_GC_MASK(d) & U_GC_M_MASK)))
                    break;
                end = next;
            }
            if (const int rc = segmentRun(context, emit, text, at, end); rc != SQLITE_OK)
                return rc;
            i = end;
            continue;
        }
        if (isWordChar(c)) {
            if (tokenStart < 0)
                tokenStart = at;
            appendFolded(token, c);
            continue;
        }
        // An apostrophe between letters stays inside the word ("don't", "aujourd'hui").
        if ((c == '\'' || c == 0x2019) && tokenStart >= 0 && i < length) {
            int next = i;
            UChar32 d;
            U8_NEXT(text, next, length, d);
            if (d >= 0 && isWordChar(d)) {
                appendFolded(token, c == 0x2019 ? '\'' : c);
                continue;
            }
        }
        if (const int rc = flush(at); rc != SQLITE_OK)
            return rc;
    }
    return flush(length);
}

fts5_api *fts5Api(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr) != SQLITE_OK)
        return nullptr;
    sqlite3_bind_pointer(stmt, 1, &api, "fts5_api_ptr", nullptr);
    sqlite3_step(stmt);
    sqlite3_finalize(stmt);
    return api;
}

} // namespace

bool registerIcuTokenizer(sqlite3 *db)
{
    fts5_api *api = fts5Api(db);
    if (!api)
        return false;
    fts5_tokenizer tokenizer{createTokenizer, deleteTokenizer, tokenize};
    return api->xCreateTokenizer(api, "weft_icu", nullptr, &tokenizer, nullptr) == SQLITE_OK;
}

} // namespace weft::storage
