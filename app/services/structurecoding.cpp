// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/services/structurecoding.h"

#include "storage/project.h"

#include <algorithm>
#include <cctype>
#include <set>

namespace weft::services {

using namespace weft::core;

namespace {

std::string folded(std::string_view s)
{
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front())))
        s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back())))
        s.remove_suffix(1);
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

} // namespace

Result<std::vector<StructureRange>> selectStructure(storage::Project &project,
                                                    const StructureSelection &selection)
{
    std::vector<Document> documents;
    if (selection.documents.empty()) {
        auto all = project.documents().all();
        if (!all)
            return all.error();
        documents = std::move(*all);
    } else {
        for (const std::string &name : selection.documents) {
            auto doc = project.documents().resolve(name);
            if (!doc)
                return doc.error();
            documents.push_back(*doc);
        }
    }
    const SegmentKind wanted = selection.target == StructureSelection::Target::Sections
                                   ? SegmentKind::Answer
                                   : selection.target == StructureSelection::Target::Turns
                                         ? SegmentKind::Turn
                                         : SegmentKind::Entry;
    const std::string label = folded(selection.label);
    std::vector<StructureRange> ranges;
    std::set<std::string> seenLabels;
    for (const Document &doc : documents) {
        if (selection.kind && doc.kind != *selection.kind)
            continue;
        auto segments = project.documents().segments(doc.id);
        if (!segments)
            return segments.error();
        for (const Segment &s : *segments) {
            if (s.kind != wanted || s.end <= s.start)
                continue;
            if (wanted == SegmentKind::Entry) {
                if ((!selection.dateFrom.empty() && s.date < selection.dateFrom) ||
                    (!selection.dateTo.empty() && s.date > selection.dateTo))
                    continue;
            } else {
                seenLabels.insert(s.label);
                if (folded(s.label) != label)
                    continue;
            }
            ranges.push_back({doc.id, doc.uuid, s.start, s.end});
        }
    }
    if (ranges.empty()) {
        std::string what = wanted == SegmentKind::Answer ? "answer to the question '"
                           : wanted == SegmentKind::Turn ? "turn of the speaker '"
                                                         : "journal entry in that date range";
        if (wanted != SegmentKind::Entry)
            what += selection.label + "'";
        std::string known;
        for (const std::string &l : seenLabels)
            known += (known.empty() ? "" : ", ") + ("'" + l + "'");
        return makeError(ErrorCode::NotFound,
                         "no " + what + " in the chosen documents" +
                             (known.empty() ? std::string() : "; there are: " + known));
    }
    return ranges;
}

Result<CodingResult> codeStructure(storage::Project &project, const std::string &codePath,
                                   const StructureSelection &selection,
                                   const std::optional<std::string> &coder)
{
    auto ranges = selectStructure(project, selection);
    if (!ranges)
        return ranges.error();
    std::vector<CodingRequest> requests;
    requests.reserve(ranges->size());
    for (const StructureRange &range : *ranges) {
        CodingRequest r;
        r.document = range.documentUuid;
        r.codePath = codePath;
        r.start = range.start;
        r.end = range.end;
        r.coder = coder;
        requests.push_back(std::move(r));
    }
    return applyCodings(project, requests);
}

} // namespace weft::services
