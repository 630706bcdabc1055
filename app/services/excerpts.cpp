// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/services/excerpts.h"

#include "core/text/textoffsets.h"
#include "storage/project.h"

#include <algorithm>
#include <map>
#include <memory>
#include <tuple>

namespace weft::services {

using namespace weft::core;

Result<std::vector<Excerpt>> findExcerpts(storage::Project &project, const ExcerptQuery &query)
{
    auto tree = project.codes().tree();
    if (!tree)
        return tree.error();
    std::vector<Coding> codings;
    if (query.code) {
        auto code = project.codes().resolve(*query.code);
        if (!code)
            return code.error();
        const std::vector<Id> ids =
            query.withSubcodes ? tree->subtree(code->id) : std::vector<Id>{code->id};
        auto found = project.codings().forCodes(ids);
        if (!found)
            return found.error();
        codings = std::move(*found);
    } else {
        auto found = project.codings().all();
        if (!found)
            return found.error();
        codings = std::move(*found);
    }

    auto documents = project.documents().all();
    if (!documents)
        return documents.error();
    std::map<Id, const Document *> docById;
    for (const Document &d : *documents)
        docById[d.id] = &d;
    auto participants = project.participants().all();
    if (!participants)
        return participants.error();
    std::map<Id, std::string> labelById;
    for (const Participant &p : *participants)
        labelById[p.id] = p.label;

    // Group by document so each text is read and indexed once.
    std::stable_sort(codings.begin(), codings.end(), [](const Coding &a, const Coding &b) {
        return std::tie(a.documentId, a.start, a.end) < std::tie(b.documentId, b.start, b.end);
    });
    std::vector<Excerpt> out;
    out.reserve(codings.size());
    Id currentDoc = -1;
    std::string text;
    std::unique_ptr<text::CodePointIndex> index;
    std::vector<Segment> segments;
    for (const Coding &c : codings) {
        const Document *doc = docById.count(c.documentId) ? docById[c.documentId] : nullptr;
        if (!doc)
            continue;
        if (c.documentId != currentDoc) {
            auto t = project.documents().text(c.documentId);
            if (!t)
                return t.error();
            text = std::move(*t);
            index = std::make_unique<text::CodePointIndex>(text);
            auto segs = project.documents().segments(c.documentId);
            if (!segs)
                return segs.error();
            segments = std::move(*segs);
            currentDoc = c.documentId;
        }
        Excerpt e;
        e.coding = c;
        e.document = doc->name;
        e.documentUuid = doc->uuid;
        e.kind = doc->kind;
        e.codePath = tree->path(c.codeId);
        e.text = std::string(index->slice(static_cast<std::size_t>(c.start),
                                          static_cast<std::size_t>(c.end)));
        std::optional<Id> participant = doc->participantId;
        for (const Segment &s : segments) {
            if (s.kind == SegmentKind::Turn && s.start <= c.start && c.start < s.end) {
                if (s.participantId)
                    participant = s.participantId;
                break;
            }
        }
        if (participant && labelById.count(*participant))
            e.participant = labelById[*participant];
        out.push_back(std::move(e));
    }
    auto coders = project.history().coderNames();
    if (!coders)
        return coders.error();
    for (Excerpt &e : out)
        e.coder = (*coders)[e.coding.coderId];
    std::sort(out.begin(), out.end(), [](const Excerpt &a, const Excerpt &b) {
        return std::tie(a.document, a.coding.start, a.coding.end, a.codePath, a.coder) <
               std::tie(b.document, b.coding.start, b.coding.end, b.codePath, b.coder);
    });
    return out;
}

} // namespace weft::services
