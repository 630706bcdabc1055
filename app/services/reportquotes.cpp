// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/services/reportquotes.h"

#include <algorithm>

namespace weft::services {

using namespace weft::core;

namespace {

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

/// The last segment of `kind` starting at or before `position`: the turn (or entry) a passage
/// starts in, also when it starts in the gap after a turn's label.
const Segment *segmentAt(const std::vector<Segment> &segments, SegmentKind kind, std::int64_t position)
{
    const Segment *found = nullptr;
    for (const Segment &s : segments) {
        if (s.start > position)
            break;
        if (s.kind == kind)
            found = &s;
    }
    return found;
}

} // namespace

std::string quoteText(std::string_view passage, std::size_t maxLength)
{
    std::string out;
    out.reserve(passage.size());
    bool space = false;
    for (char c : passage) {
        if (isSpace(c)) {
            space = !out.empty();
            continue;
        }
        if (space)
            out += ' ';
        space = false;
        out += c;
    }
    if (text::codePointCount(out) <= maxLength)
        return out;
    std::string cut(text::sliceCodePoints(out, 0, maxLength));
    if (const auto lastSpace = cut.find_last_of(' '); lastSpace != std::string::npos && lastSpace > cut.size() / 2)
        cut.resize(lastSpace);
    while (!cut.empty() && (cut.back() == ',' || cut.back() == ';' || cut.back() == ':'))
        cut.pop_back();
    return cut + " [\xE2\x80\xA6]";
}

QuoteSelector::QuoteSelector(storage::Project &project, const ReportData &data,
                             const ReportStrings &strings)
    : m_project(project), m_data(data), m_strings(strings)
{
}

std::vector<const Excerpt *> QuoteSelector::pick(std::vector<const Excerpt *> pool, std::size_t count,
                                                 std::set<std::string> quotedPeople) const
{
    // kind -> participant label ("\x7f" for none, so they come last) -> passages, earliest first
    std::map<DocumentKind, std::map<std::string, std::vector<const Excerpt *>>> groups;
    for (const Excerpt *x : pool) {
        const std::string label = m_data.label(x->participant);
        groups[x->kind][label.empty() ? std::string("\x7f") : label].push_back(x);
    }
    for (auto &[kind, people] : groups) {
        for (auto &[label, passages] : people) {
            std::reverse(passages.begin(), passages.end()); // pop_back takes the earliest
        }
    }
    std::vector<const Excerpt *> chosen;
    std::map<DocumentKind, std::string> lastOf; // per kind, the participant chosen last
    bool progress = true;
    while (chosen.size() < count && progress) {
        progress = false;
        for (DocumentKind kind : allDocumentKinds) {
            if (chosen.size() >= count)
                break;
            if (!groups.count(kind))
                continue;
            auto &people = groups[kind];
            std::vector<std::string> labels;
            for (const auto &[label, passages] : people) {
                if (!passages.empty())
                    labels.push_back(label);
            }
            if (labels.empty())
                continue;
            // Next participant after the last one chosen in this source, cyclically; someone
            // not yet quoted for the theme if there is such a person.
            const std::size_t start = lastOf.count(kind)
                ? static_cast<std::size_t>(std::upper_bound(labels.begin(), labels.end(), lastOf[kind]) - labels.begin())
                : 0;
            std::string who = labels[start % labels.size()];
            for (std::size_t i = 0; i < labels.size(); ++i) {
                const std::string &candidate = labels[(start + i) % labels.size()];
                if (!quotedPeople.count(candidate)) {
                    who = candidate;
                    break;
                }
            }
            chosen.push_back(people[who].back());
            people[who].pop_back();
            quotedPeople.insert(who);
            lastOf[kind] = who;
            progress = true;
        }
    }
    return chosen;
}

std::vector<const Excerpt *> QuoteSelector::marked(const std::vector<Excerpt> &excerpts,
                                                   const std::vector<Id> &exemplars, std::size_t count)
{
    std::map<Id, const Excerpt *> holding; // coding id -> the excerpt it was merged into
    for (const Excerpt &x : excerpts) {
        for (Id coding : x.codingIds)
            holding.emplace(coding, &x);
    }
    std::vector<const Excerpt *> out;
    for (Id coding : exemplars) {
        if (out.size() >= count)
            break;
        const auto it = holding.find(coding);
        // Two marks in one merged passage quote it once, at the first mark's place.
        if (it != holding.end() && std::find(out.begin(), out.end(), it->second) == out.end())
            out.push_back(it->second);
    }
    return out;
}

Result<std::vector<Quote>> QuoteSelector::select(const std::vector<Excerpt> &excerpts,
                                                 const std::vector<Id> &exemplars, int count)
{
    if (count <= 0 || excerpts.empty())
        return std::vector<Quote>{};
    const auto wanted = static_cast<std::size_t>(count);
    // Marked by hand: first, and even when quoted elsewhere in the report, since someone chose
    // them for this theme.
    std::vector<const Excerpt *> chosen = marked(excerpts, exemplars, wanted);
    std::vector<const Excerpt *> fresh, used;
    for (const Excerpt &x : excerpts) {
        if (std::find(chosen.begin(), chosen.end(), &x) != chosen.end())
            continue;
        (m_used.count(Key{x.documentId, x.start, x.end}) ? used : fresh).push_back(&x);
    }
    const auto earliest = [&](const Excerpt *a, const Excerpt *b) {
        const auto order = [&](const Excerpt *x) {
            const auto it = m_data.documentOrder.find(x->documentId);
            return std::make_tuple(it == m_data.documentOrder.end() ? SIZE_MAX : it->second, x->start, x->end);
        };
        return order(a) < order(b);
    };
    std::sort(fresh.begin(), fresh.end(), earliest);
    std::sort(used.begin(), used.end(), earliest);
    // The people quoted by the marked passages count as quoted for the theme.
    std::set<std::string> quotedPeople;
    for (const Excerpt *x : chosen) {
        const std::string label = m_data.label(x->participant);
        quotedPeople.insert(label.empty() ? std::string("\x7f") : label);
    }
    for (const Excerpt *x : pick(std::move(fresh), wanted - chosen.size(), quotedPeople))
        chosen.push_back(x);
    if (chosen.size() < wanted) {
        for (const Excerpt *x : pick(std::move(used), wanted - chosen.size(), quotedPeople))
            chosen.push_back(x);
    }
    std::vector<Quote> quotes;
    for (const Excerpt *x : chosen) {
        auto src = source(x->documentId);
        WEFT_TRY(src);
        const std::string_view passage =
            (*src)->index.slice(static_cast<std::size_t>(x->start), static_cast<std::size_t>(x->end));
        quotes.push_back(Quote{quoteText(passage, kMaxQuoteLength), attribution(*x, **src)});
        m_used.insert(Key{x->documentId, x->start, x->end});
    }
    m_quoted += static_cast<int>(quotes.size());
    return quotes;
}

Result<const QuoteSelector::Source *> QuoteSelector::source(Id documentId)
{
    if (const auto it = m_sources.find(documentId); it != m_sources.end())
        return static_cast<const Source *>(it->second.get());
    auto source = std::make_unique<Source>();
    auto text = m_project.documents().text(documentId);
    WEFT_TRY(text);
    source->text = std::move(*text);
    source->index = text::CodePointIndex(source->text);
    auto segments = m_project.documents().segments(documentId);
    WEFT_TRY(segments);
    source->segments = std::move(*segments);
    std::stable_sort(source->segments.begin(), source->segments.end(),
                     [](const Segment &a, const Segment &b) { return a.start < b.start; });
    const Source *result = source.get();
    m_sources[documentId] = std::move(source);
    return result;
}

std::string QuoteSelector::attribution(const Excerpt &excerpt, const Source &source) const
{
    std::vector<std::string> parts;
    if (const std::string label = m_data.label(excerpt.participant); !label.empty())
        parts.push_back(label);
    parts.push_back(m_strings.kindName(excerpt.kind));
    std::string where;
    switch (excerpt.kind) {
    case DocumentKind::Interview:
        if (const Segment *turn = segmentAt(source.segments, SegmentKind::Turn, excerpt.start))
            where = turn->timestamp;
        break;
    case DocumentKind::Journal:
        if (const Segment *entry = segmentAt(source.segments, SegmentKind::Entry, excerpt.start))
            where = entry->date;
        break;
    case DocumentKind::Feedback:
        if (auto session = m_data.feedbackValue(excerpt.documentId, "session"); session && !session->empty())
            where = m_strings.format("quote.session", {*session});
        else if (const Segment *answer = segmentAt(source.segments, SegmentKind::Answer, excerpt.start))
            where = answer->label;
        break;
    case DocumentKind::Document:
        break;
    }
    if (!where.empty())
        parts.push_back(where);
    std::string out;
    for (const std::string &p : parts)
        out += (out.empty() ? "" : ", ") + p;
    return out;
}

} // namespace weft::services
