// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/services/codingservice.h"

#include "core/model/codepath.h"
#include "core/text/normalize.h"
#include "core/text/textsearch.h"
#include "storage/project.h"

#include <nlohmann/json.hpp>

#include <charconv>
#include <map>

namespace weft::services {

using namespace weft::core;
using storage::StorageFailure;

namespace {

template <typename T>
T unwrap(Result<T> result)
{
    if (!result)
        throw StorageFailure(result.error());
    return std::move(*result);
}

struct DocumentCache {
    Document document;
    std::optional<std::string> text;
};

std::pair<std::int64_t, std::int64_t> locate(storage::Project &project, DocumentCache &doc,
                                             const CodingRequest &r)
{
    if (!r.match) {
        if (!r.start || !r.end)
            storage::fail(ErrorCode::InvalidArgument, "give a range START:END or a text to match");
        return {*r.start, *r.end};
    }
    if (!doc.text)
        doc.text = unwrap(project.documents().text(doc.document.id));
    const std::string needle = text::toNfc(text::normalizeLineEnds(*r.match));
    if (needle.empty())
        storage::fail(ErrorCode::InvalidArgument, "the text to match is empty");
    const auto hits = text::findOccurrences(*doc.text, needle);
    const std::string quoted = "'" + (needle.size() > 60 ? needle.substr(0, 57) + "..." : needle) +
                               "'";
    if (hits.empty()) {
        storage::fail(ErrorCode::NotFound, quoted + " does not occur in '" + doc.document.name +
                                               "' (the match is exact and case-sensitive)");
    }
    if (r.occurrence) {
        if (*r.occurrence < 1 || static_cast<std::size_t>(*r.occurrence) > hits.size()) {
            storage::fail(ErrorCode::InvalidArgument,
                          quoted + " occurs " + std::to_string(hits.size()) + " time(s) in '" +
                              doc.document.name + "'; --occurrence must be 1 to " +
                              std::to_string(hits.size()));
        }
        const auto &hit = hits[static_cast<std::size_t>(*r.occurrence - 1)];
        return {static_cast<std::int64_t>(hit.start), static_cast<std::int64_t>(hit.end)};
    }
    if (hits.size() > 1) {
        storage::fail(ErrorCode::Ambiguous,
                      quoted + " occurs " + std::to_string(hits.size()) + " times in '" +
                          doc.document.name + "'; add --occurrence N or match a longer text");
    }
    return {static_cast<std::int64_t>(hits[0].start), static_cast<std::int64_t>(hits[0].end)};
}

} // namespace

Result<CodingResult> applyCodings(storage::Project &project,
                                  const std::vector<CodingRequest> &requests,
                                  std::size_t *failedIndex)
{
    return project.transaction([&] {
        std::map<std::string, DocumentCache> documents;
        std::map<std::string, Id> codes;
        std::vector<storage::NewCoding> codings;
        codings.reserve(requests.size());
        for (std::size_t i = 0; i < requests.size(); ++i) {
            if (failedIndex)
                *failedIndex = i;
            const CodingRequest &r = requests[i];
            auto docIt = documents.find(r.document);
            if (docIt == documents.end()) {
                docIt = documents
                            .emplace(r.document,
                                     DocumentCache{unwrap(project.documents().resolve(r.document)),
                                                   std::nullopt})
                            .first;
            }
            auto codeIt = codes.find(r.codePath);
            if (codeIt == codes.end()) {
                Id codeId = 0;
                auto existing = project.codes().resolve(r.codePath);
                if (existing) {
                    codeId = existing->id;
                } else if (existing.error().code == ErrorCode::NotFound) {
                    const auto names = unwrap(splitPath(r.codePath));
                    codeId = unwrap(project.codes().ensurePath(names)).code.id;
                } else {
                    throw StorageFailure(existing.error());
                }
                codeIt = codes.emplace(r.codePath, codeId).first;
            }
            const auto [start, end] = locate(project, docIt->second, r);
            codings.push_back({docIt->second.document.id, codeIt->second, start, end, r.coder});
        }
        std::size_t failedCoding = 0;
        auto batch = project.codings().addMany(codings, &failedCoding);
        if (!batch) {
            if (failedIndex)
                *failedIndex = failedCoding;
            throw StorageFailure(batch.error());
        }
        CodingResult result;
        result.applied = batch->applied;
        result.unchanged = batch->unchanged;
        result.outcomes = std::move(batch->outcomes);
        for (std::size_t i = 0; i < result.outcomes.size(); ++i) {
            if (result.outcomes[i].created && requests[i].memo && !requests[i].memo->empty()) {
                unwrap(project.memos().add(MemoTarget::Coding, result.outcomes[i].coding.uuid, {},
                                           *requests[i].memo));
            }
        }
        return result;
    });
}

Result<std::pair<std::int64_t, std::int64_t>> parseRange(const std::string &text)
{
    const auto colon = text.find(':');
    std::int64_t start = -1, end = -1;
    bool ok = colon != std::string::npos;
    if (ok) {
        const char *b = text.data();
        auto r1 = std::from_chars(b, b + colon, start);
        auto r2 = std::from_chars(b + colon + 1, b + text.size(), end);
        ok = r1.ec == std::errc() && r1.ptr == b + colon && r2.ec == std::errc() &&
             r2.ptr == b + text.size() && start >= 0 && end > start;
    }
    if (!ok) {
        return makeError(ErrorCode::InvalidArgument,
                         "'" + text + "' is not a range; write START:END in characters with "
                                      "0 <= START < END, e.g. 120:245");
    }
    return std::make_pair(start, end);
}

Result<CodingRequest> parseCodingRequest(const std::string &jsonLine)
{
    const nlohmann::json j = nlohmann::json::parse(jsonLine, nullptr, false);
    if (j.is_discarded() || !j.is_object())
        return makeError(ErrorCode::BadFormat, "not a JSON object");
    const auto text = [&](const char *key) -> std::optional<std::string> {
        const auto it = j.find(key);
        if (it == j.end() || it->is_null())
            return std::nullopt;
        if (!it->is_string())
            throw std::invalid_argument(std::string("\"") + key + "\" must be a string");
        return it->get<std::string>();
    };
    const auto integer = [&](const char *key) -> std::optional<std::int64_t> {
        const auto it = j.find(key);
        if (it == j.end() || it->is_null())
            return std::nullopt;
        if (!it->is_number_integer())
            throw std::invalid_argument(std::string("\"") + key + "\" must be a whole number");
        return it->get<std::int64_t>();
    };
    CodingRequest r;
    try {
        r.document = text("doc").value_or(text("document").value_or(""));
        r.codePath = text("code").value_or(text("code_path").value_or(""));
        r.start = integer("start");
        r.end = integer("end");
        r.match = text("match");
        if (auto occurrence = integer("occurrence"))
            r.occurrence = static_cast<int>(*occurrence);
        r.coder = text("coder");
        r.memo = text("memo");
    } catch (const std::exception &error) {
        return makeError(ErrorCode::BadFormat, error.what());
    }
    if (r.document.empty())
        return makeError(ErrorCode::BadFormat, "\"doc\" is missing");
    if (r.codePath.empty())
        return makeError(ErrorCode::BadFormat, "\"code\" is missing");
    if (!r.match && (!r.start || !r.end))
        return makeError(ErrorCode::BadFormat, "give \"start\" and \"end\", or \"match\"");
    if (r.match && (r.start || r.end))
        return makeError(ErrorCode::BadFormat, "give either \"start\"/\"end\" or \"match\", not both");
    if (r.start && r.end && (*r.start < 0 || *r.end <= *r.start))
        return makeError(ErrorCode::BadFormat, "\"start\" must be >= 0 and below \"end\"");
    return r;
}

} // namespace weft::services
