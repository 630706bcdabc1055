// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/thememap/thememaplayout.h"

#include "app/render/mapstyle.h"

#include <QRectF>

#include <algorithm>
#include <functional>
#include <set>

namespace weft::app {

namespace {

struct Row {
    std::size_t theme = 0;
    std::vector<std::string> left;
    std::vector<std::string> right;
    double height = 0;
};

struct Cluster {
    std::vector<Row> rows;
    double leftWidth = 0;
    double middleWidth = 0;
    double rightWidth = 0;
    double width = 0;
    double height = 0;
};

double stackHeight(const std::vector<std::string> &keys, const std::map<std::string, QSizeF> &sizes)
{
    double height = 0;
    for (const std::string &key : keys)
        height += sizes.at(key).height();
    return keys.empty() ? 0
                        : height + ThemeMapLayout::kCodeGap * static_cast<double>(keys.size() - 1);
}

} // namespace

std::map<std::string, QPointF> ThemeMapLayout::arrange(const std::vector<Theme> &themes,
        const std::vector<Code> &codes, const std::map<std::string, QPointF> &saved)
{
    std::map<std::string, QSizeF> sizes;
    for (const Code &code : codes)
        sizes[code.key] = code.size;
    std::map<std::string, std::size_t> themeIndex;
    for (std::size_t i = 0; i < themes.size(); ++i)
        themeIndex.emplace(themes[i].key, i);

    // The tree: roots and children, in the order given.
    std::vector<std::size_t> roots;
    std::map<std::size_t, std::vector<std::size_t>> children;
    for (std::size_t i = 0; i < themes.size(); ++i) {
        const auto parent
                = themes[i].parent ? themeIndex.find(*themes[i].parent) : themeIndex.end();
        if (parent == themeIndex.end() || parent->second == i)
            roots.push_back(i);
        else
            children[parent->second].push_back(i);
    }
    std::vector<std::size_t> clusterOf(themes.size(), 0);
    std::function<void(std::size_t, std::size_t, int)> mark
            = [&](std::size_t i, std::size_t c, int depth) {
                  clusterOf[i] = c;
                  if (depth < 64)
                      for (std::size_t child : children[i])
                          mark(child, c, depth + 1);
              };
    for (std::size_t c = 0; c < roots.size(); ++c)
        mark(roots[c], c, 0);

    // Each code appears once, with the first theme that links it; the side it goes on faces the
    // other themes that link it.
    std::map<std::string, std::size_t> owner;
    std::map<std::string, std::vector<std::size_t>> linkedBy;
    for (std::size_t i = 0; i < themes.size(); ++i) {
        for (const std::string &code : themes[i].codes) {
            if (!sizes.count(code))
                continue;
            owner.try_emplace(code, i);
            linkedBy[code].push_back(i);
        }
    }

    auto buildClusters = [&](int columns) {
        auto gridColumn = [&](std::size_t cluster) {
            return static_cast<int>(cluster % static_cast<std::size_t>(columns));
        };
        std::vector<Cluster> clusters(roots.size());
        for (std::size_t c = 0; c < roots.size(); ++c) {
            Cluster &cluster = clusters[c];
            std::function<void(std::size_t, int)> walk = [&](std::size_t i, int depth) {
                Row row;
                row.theme = i;
                std::vector<std::string> free;
                std::set<std::string> seen;
                for (const std::string &code : themes[i].codes) {
                    if (!sizes.count(code) || owner.at(code) != i || !seen.insert(code).second)
                        continue;
                    int pull = 0;
                    for (std::size_t other : linkedBy[code]) {
                        if (clusterOf[other] == c)
                            continue;
                        const int column = gridColumn(clusterOf[other]);
                        pull += column < gridColumn(c) ? -1 : column > gridColumn(c) ? 1 : 0;
                    }
                    if (pull < 0)
                        row.left.push_back(code);
                    else if (pull > 0)
                        row.right.push_back(code);
                    else
                        free.push_back(code);
                }
                // A few codes in one column to the right keep the cluster narrow; many are
                // shared out between both sides to keep it low.
                const double tall = std::max(2 * themes[i].size.height(), 150.0);
                for (const std::string &code : free) {
                    const double right = stackHeight(row.right, sizes);
                    const double left = stackHeight(row.left, sizes);
                    if (row.left.empty() && right + kCodeGap + sizes.at(code).height() <= tall)
                        row.right.push_back(code);
                    else if (right <= left)
                        row.right.push_back(code);
                    else
                        row.left.push_back(code);
                }
                row.height = std::max({themes[i].size.height(), stackHeight(row.left, sizes),
                        stackHeight(row.right, sizes)});
                for (const std::string &code : row.left)
                    cluster.leftWidth = std::max(cluster.leftWidth, sizes.at(code).width());
                for (const std::string &code : row.right)
                    cluster.rightWidth = std::max(cluster.rightWidth, sizes.at(code).width());
                cluster.middleWidth = std::max(cluster.middleWidth, themes[i].size.width());
                cluster.rows.push_back(std::move(row));
                if (depth < 64)
                    for (std::size_t child : children[i])
                        walk(child, depth + 1);
            };
            walk(roots[c], 0);
            cluster.width = cluster.middleWidth
                    + (cluster.leftWidth > 0 ? cluster.leftWidth + kColumnGap : 0)
                    + (cluster.rightWidth > 0 ? cluster.rightWidth + kColumnGap : 0);
            for (const Row &row : cluster.rows)
                cluster.height += row.height;
            cluster.height += kRowGap * static_cast<double>(cluster.rows.size() - 1);
        }
        return clusters;
    };
    auto gridSize = [&](const std::vector<Cluster> &clusters, int columns) {
        const auto n = static_cast<std::size_t>(columns);
        std::vector<double> widths(n, 0), heights((clusters.size() + n - 1) / n, 0);
        for (std::size_t c = 0; c < clusters.size(); ++c) {
            widths[c % n] = std::max(widths[c % n], clusters[c].width);
            heights[c / n] = std::max(heights[c / n], clusters[c].height);
        }
        double width = kClusterGap * static_cast<double>(widths.size() - 1);
        double height = kClusterGap * static_cast<double>(heights.size() - 1);
        for (double w : widths)
            width += w;
        for (double h : heights)
            height += h;
        return QSizeF(width, height);
    };

    // As many clusters side by side as fit a landscape screen best (the report's figure, a
    // page, uses rows of up to three instead).
    int columns = render::mapColumns(roots.size());
    if (!roots.empty()) {
        const std::vector<Cluster> first = buildClusters(columns);
        double best = 0;
        for (int c = 1; c <= std::min<int>(static_cast<int>(roots.size()), 5); ++c) {
            const QSizeF size = gridSize(first, c);
            const double fit = std::min(kTargetWidth / size.width(), kTargetHeight / size.height());
            if (fit > best * 1.02) {
                best = fit;
                columns = c;
            }
        }
    }
    auto gridColumn = [&](std::size_t cluster) {
        return static_cast<int>(cluster % static_cast<std::size_t>(columns));
    };
    const std::vector<Cluster> clusters = buildClusters(columns);

    // The grid of clusters: each column as wide as its widest cluster, each row as tall as its
    // tallest.
    std::vector<double> columnWidth(static_cast<std::size_t>(columns), 0);
    std::vector<double> rowHeight((roots.size() + static_cast<std::size_t>(columns) - 1)
                    / static_cast<std::size_t>(columns),
            0);
    for (std::size_t c = 0; c < clusters.size(); ++c) {
        auto &width = columnWidth[static_cast<std::size_t>(gridColumn(c))];
        width = std::max(width, clusters[c].width);
        auto &height = rowHeight[c / static_cast<std::size_t>(columns)];
        height = std::max(height, clusters[c].height);
    }

    std::map<std::string, QPointF> positions;
    for (std::size_t c = 0; c < clusters.size(); ++c) {
        const Cluster &cluster = clusters[c];
        const std::size_t column = static_cast<std::size_t>(gridColumn(c));
        const std::size_t row = c / static_cast<std::size_t>(columns);
        double x = 0;
        for (std::size_t k = 0; k < column; ++k)
            x += columnWidth[k] + kClusterGap;
        x += (columnWidth[column] - cluster.width) / 2;
        double y = 0;
        for (std::size_t k = 0; k < row; ++k)
            y += rowHeight[k] + kClusterGap;
        const double leftEdge = x + (cluster.leftWidth > 0 ? cluster.leftWidth : 0);
        const double middle
                = leftEdge + (cluster.leftWidth > 0 ? kColumnGap : 0) + cluster.middleWidth / 2;
        const double rightEdge = middle + cluster.middleWidth / 2 + kColumnGap;
        for (const Row &r : cluster.rows) {
            const double centreY = y + r.height / 2;
            positions[themes[r.theme].key] = QPointF(middle, centreY);
            // Codes right-aligned on the left, left-aligned on the right, centred on the row.
            double top = centreY - stackHeight(r.left, sizes) / 2;
            for (const std::string &code : r.left) {
                const QSizeF size = sizes.at(code);
                positions[code] = QPointF(leftEdge - size.width() / 2, top + size.height() / 2);
                top += size.height() + kCodeGap;
            }
            top = centreY - stackHeight(r.right, sizes) / 2;
            for (const std::string &code : r.right) {
                const QSizeF size = sizes.at(code);
                positions[code] = QPointF(rightEdge + size.width() / 2, top + size.height() / 2);
                top += size.height() + kCodeGap;
            }
            y += r.height + kRowGap;
        }
    }

    // Saved places win; what the layout placed moves down off any saved node it would cover.
    std::map<std::string, QSizeF> allSizes = sizes;
    for (const Theme &theme : themes)
        allSizes[theme.key] = theme.size;
    auto rectOf = [&](const std::string &key, QPointF centre) {
        const QSizeF size = allSizes.at(key);
        return QRectF(centre.x() - size.width() / 2, centre.y() - size.height() / 2, size.width(),
                size.height());
    };
    std::vector<QRectF> fixed;
    for (auto &[key, position] : positions) {
        const auto place = saved.find(key);
        if (place != saved.end()) {
            position = place->second;
            fixed.push_back(
                    rectOf(key, position).adjusted(-kCodeGap, -kCodeGap, kCodeGap, kCodeGap));
        }
    }
    if (fixed.empty())
        return positions;
    for (auto &[key, position] : positions) {
        if (saved.count(key))
            continue;
        for (int guard = 0; guard < 1000; ++guard) {
            const QRectF rect = rectOf(key, position);
            const auto hit = std::find_if(fixed.begin(), fixed.end(),
                    [&](const QRectF &other) { return other.intersects(rect); });
            if (hit == fixed.end())
                break;
            position.ry() += hit->bottom() - rect.top() + 1;
        }
    }
    return positions;
}

} // namespace weft::app
