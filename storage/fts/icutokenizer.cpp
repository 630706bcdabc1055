// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/fts/icutokenizer.h"

#include <sqlite3.h>
#include <unicode/ubrk.h>
#include <unicode/ucasemap.h>
#include <unicode/utext.h>

#include <memory>
#include <string>

namespace weft::storage {
namespace {

struct IcuTokenizer {
    // Tokenizers are created per FTS table; nothing to keep between calls.
};

int createTokenizer(void *, const char **, int, Fts5Tokenizer **out)
{
    *out = reinterpret_cast<Fts5Tokenizer *>(new IcuTokenizer);
    return SQLITE_OK;
}

void deleteTokenizer(Fts5Tokenizer *tokenizer)
{
    delete reinterpret_cast<IcuTokenizer *>(tokenizer);
}

int tokenize(Fts5Tokenizer *, void *context, int, const char *text, int length,
             int (*emit)(void *, int, const char *, int, int, int))
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UText, decltype(&utext_close)> utext(
        utext_openUTF8(nullptr, text, length, &status), &utext_close);
    std::unique_ptr<UBreakIterator, decltype(&ubrk_close)> words(
        ubrk_open(UBRK_WORD, "", nullptr, 0, &status), &ubrk_close);
    std::unique_ptr<UCaseMap, decltype(&ucasemap_close)> caseMap(
        ucasemap_open("", U_FOLD_CASE_DEFAULT, &status), &ucasemap_close);
    if (U_FAILURE(status))
        return SQLITE_ERROR;
    ubrk_setUText(words.get(), utext.get(), &status);
    if (U_FAILURE(status))
        return SQLITE_ERROR;

    std::string folded;
    // On a UTF-8 UText, break positions are native (byte) indexes.
    for (int32_t start = ubrk_first(words.get()), end = ubrk_next(words.get());
         end != UBRK_DONE; start = end, end = ubrk_next(words.get())) {
        if (ubrk_getRuleStatus(words.get()) == UBRK_WORD_NONE)
            continue; // spaces and punctuation
        folded.resize(static_cast<std::size_t>(end - start) * 3 + 4);
        status = U_ZERO_ERROR;
        int32_t n = ucasemap_utf8FoldCase(caseMap.get(), folded.data(),
                                          static_cast<int32_t>(folded.size()), text + start,
                                          end - start, &status);
        if (U_FAILURE(status))
            continue;
        const int rc = emit(context, 0, folded.data(), n, start, end);
        if (rc != SQLITE_OK)
            return rc;
    }
    return SQLITE_OK;
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
