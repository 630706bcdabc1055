// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/evidence.h"

#include <algorithm>
#include <tuple>

namespace weft::core {

std::vector<Excerpt> mergeExcerpts(std::vector<EvidenceCoding> codings)
{
    std::sort(codings.begin(), codings.end(), [](const EvidenceCoding &a, const EvidenceCoding &b) {
        return std::tie(a.documentId, a.start, a.end, a.codingId) <
               std::tie(b.documentId, b.start, b.end, b.codingId);
    });
    std::vector<Excerpt> out;
    for (const EvidenceCoding &c : codings) {
        if (c.end <= c.start)
            continue;
        // Overlap, not touch: the next range must start strictly before the current end.
        if (!out.empty() && out.back().documentId == c.documentId && c.start < out.back().end) {
            out.back().end = std::max(out.back().end, c.end);
            out.back().codingIds.push_back(c.codingId);
            continue;
        }
        out.push_back(Excerpt{c.documentId, c.start, c.end, c.kind, c.participant, {c.codingId}});
    }
    return out;
}

Evidence summarize(std::vector<Excerpt> excerpts)
{
    Evidence e;
    std::set<Id> documents, participants;
    std::map<DocumentKind, std::set<Id>> kindParticipants;
    for (DocumentKind kind : allDocumentKinds)
        e.byKind[kind] = KindCounts{};
    for (const Excerpt &x : excerpts) {
        documents.insert(x.documentId);
        ++e.byKind[x.kind].excerpts;
        if (x.participant) {
            participants.insert(*x.participant);
            kindParticipants[x.kind].insert(*x.participant);
            ++e.byParticipant[*x.participant];
        }
    }
    for (auto &[kind, counts] : e.byKind)
        counts.participants = static_cast<std::int64_t>(kindParticipants[kind].size());
    e.documents = static_cast<std::int64_t>(documents.size());
    e.participants = static_cast<std::int64_t>(participants.size());
    e.excerpts = std::move(excerpts);
    return e;
}

std::set<Id> supportingCodes(Id themeId, const std::vector<Theme> &themes,
                             const std::multimap<Id, Id> &themeCodeLinks,
                             const std::map<Id, std::vector<Id>> &codeChildren)
{
    // The theme and its sub-themes (bounded against cycles in a damaged file).
    std::vector<Id> subtree{themeId};
    for (std::size_t i = 0; i < subtree.size() && subtree.size() <= themes.size() + 1; ++i) {
        for (const Theme &t : themes) {
            if (t.parentId == subtree[i])
                subtree.push_back(t.id);
        }
    }
    std::set<Id> codes;
    std::vector<Id> queue;
    for (Id theme : subtree) {
        const auto [b, e] = themeCodeLinks.equal_range(theme);
        for (auto it = b; it != e; ++it)
            queue.push_back(it->second);
    }
    while (!queue.empty()) {
        const Id code = queue.back();
        queue.pop_back();
        if (!codes.insert(code).second)
            continue;
        const auto it = codeChildren.find(code);
        if (it != codeChildren.end())
            queue.insert(queue.end(), it->second.begin(), it->second.end());
    }
    return codes;
}

} // namespace weft::core
