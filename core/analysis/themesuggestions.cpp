// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/themesuggestions.h"

#include <algorithm>
#include <set>
#include <tuple>

namespace weft::core {

std::vector<ThemeSuggestion> suggestThemes(const std::vector<EvidenceCoding> &codings,
                                           const std::map<Id, std::string> &codeNames,
                                           double threshold, std::size_t maxCodes)
{
    // The most used codes take part (bounded so clustering stays fast on huge codebooks).
    std::map<Id, std::int64_t> uses;
    std::map<Id, std::set<Id>> participants;
    for (const EvidenceCoding &c : codings) {
        ++uses[c.codeId];
        if (c.participant)
            participants[c.codeId].insert(*c.participant);
    }
    std::vector<Id> codes;
    for (const auto &[code, n] : uses)
        codes.push_back(code);
    std::sort(codes.begin(), codes.end(), [&](Id a, Id b) {
        return uses[a] != uses[b] ? uses[a] > uses[b] : a < b;
    });
    if (codes.size() > maxCodes)
        codes.resize(maxCodes);
    const std::size_t n = codes.size();
    if (n < 2)
        return {};
    std::map<Id, std::size_t> index;
    for (std::size_t i = 0; i < n; ++i)
        index[codes[i]] = i;

    // Overlapping coding pairs per code pair, by a sweep over each document.
    std::vector<std::vector<double>> cooc(n, std::vector<double>(n, 0.0));
    std::vector<EvidenceCoding> sorted;
    for (const EvidenceCoding &c : codings) {
        if (index.count(c.codeId))
            sorted.push_back(c);
    }
    std::sort(sorted.begin(), sorted.end(), [](const EvidenceCoding &a, const EvidenceCoding &b) {
        return std::tie(a.documentId, a.start, a.end) < std::tie(b.documentId, b.start, b.end);
    });
    for (std::size_t i = 0; i < sorted.size(); ++i) {
        std::set<std::size_t> seen; // one count per coding and other code
        for (std::size_t j = i + 1; j < sorted.size() && sorted[j].documentId == sorted[i].documentId &&
                                    sorted[j].start < sorted[i].end;
             ++j) {
            const std::size_t a = index[sorted[i].codeId], b = index[sorted[j].codeId];
            if (a != b && seen.insert(b).second) {
                cooc[a][b] += 1;
                cooc[b][a] += 1;
            }
        }
    }
    std::vector<std::vector<double>> sim(n, std::vector<double>(n, 0.0));
    for (std::size_t a = 0; a < n; ++a) {
        for (std::size_t b = a + 1; b < n; ++b) {
            const double smaller = static_cast<double>(std::min(uses[codes[a]], uses[codes[b]]));
            const double overlap = smaller > 0 ? std::min(1.0, cooc[a][b] / smaller) : 0.0;
            const auto &pa = participants[codes[a]], &pb = participants[codes[b]];
            std::size_t common = 0;
            for (Id p : pa)
                common += pb.count(p);
            const std::size_t unionSize = pa.size() + pb.size() - common;
            const double jaccard = unionSize ? static_cast<double>(common) / static_cast<double>(unionSize) : 0.0;
            sim[a][b] = sim[b][a] = 0.7 * overlap + 0.3 * jaccard;
        }
    }

    // Average-linkage agglomeration.
    std::vector<std::vector<std::size_t>> clusters;
    for (std::size_t i = 0; i < n; ++i)
        clusters.push_back({i});
    const auto linkage = [&](const std::vector<std::size_t> &x, const std::vector<std::size_t> &y) {
        double total = 0;
        for (std::size_t a : x)
            for (std::size_t b : y)
                total += sim[a][b];
        return total / static_cast<double>(x.size() * y.size());
    };
    while (clusters.size() > 1) {
        double best = -1;
        std::size_t bi = 0, bj = 0;
        for (std::size_t i = 0; i < clusters.size(); ++i) {
            for (std::size_t j = i + 1; j < clusters.size(); ++j) {
                const double l = linkage(clusters[i], clusters[j]);
                if (l > best + 1e-12) {
                    best = l;
                    bi = i;
                    bj = j;
                }
            }
        }
        if (best < threshold)
            break;
        clusters[bi].insert(clusters[bi].end(), clusters[bj].begin(), clusters[bj].end());
        clusters.erase(clusters.begin() + static_cast<std::ptrdiff_t>(bj));
    }

    std::vector<ThemeSuggestion> out;
    for (auto &cluster : clusters) {
        if (cluster.size() < 2)
            continue;
        std::sort(cluster.begin(), cluster.end()); // index order = most used first
        ThemeSuggestion s;
        double total = 0;
        std::size_t pairs = 0;
        for (std::size_t i = 0; i < cluster.size(); ++i) {
            s.codes.push_back(codes[cluster[i]]);
            for (std::size_t j = i + 1; j < cluster.size(); ++j, ++pairs)
                total += sim[cluster[i]][cluster[j]];
        }
        s.score = pairs ? std::clamp(total / static_cast<double>(pairs), 0.0, 1.0) : 0.0;
        const auto nameOf = [&](Id code) {
            const auto it = codeNames.find(code);
            return it == codeNames.end() ? std::string("code") : it->second;
        };
        s.name = nameOf(s.codes[0]) + " & " + nameOf(s.codes[1]);
        out.push_back(std::move(s));
    }
    std::sort(out.begin(), out.end(), [](const ThemeSuggestion &a, const ThemeSuggestion &b) {
        return a.score != b.score ? a.score > b.score : a.codes < b.codes;
    });
    return out;
}

} // namespace weft::core
