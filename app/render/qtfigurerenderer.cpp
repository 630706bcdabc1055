// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/render/qtfigurerenderer.h"

#include "app/render/mapstyle.h"

#include <QBuffer>
#include <QFont>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QStringList>

#ifdef WEFT_HAVE_QT_SVG
#include <QSvgGenerator>
#endif

#include <algorithm>
#include <functional>
#include <map>
#include <vector>

namespace weft::render {

namespace {

using namespace Qt::StringLiterals;

constexpr double kLogicalWidth = 1000.0;

QString qs(const std::string &text) { return QString::fromStdString(text); }

std::string jsonString(const nlohmann::json &object, const char *key)
{
    if (!object.is_object() || !object.contains(key))
        return {};
    const auto &value = object.at(key);
    if (value.is_string())
        return value.get<std::string>();
    if (value.is_number_integer())
        return std::to_string(value.get<long long>());
    return {};
}

long long jsonInt(const nlohmann::json &object, const char *key)
{
    if (object.is_object() && object.contains(key) && object.at(key).is_number())
        return object.at(key).get<long long>();
    return 0;
}

QFont font(double pixelSize, bool bold = false) { return mapFont(pixelSize, bold); }

/// A drawing: its logical height (for a width of kLogicalWidth) and how to paint it.
struct Drawing {
    double height = 0;
    std::function<void(QPainter &)> paint;
};

// ---- thematic map ----------------------------------------------------------------------

struct MapTheme {
    std::string id;
    QString label;
    QString counts;
    QStringList codes;
    std::vector<std::size_t> children;
    bool discarded = false;
};

struct Box {
    QRectF rect;
    QString title;
    QString detail;
    QStringList codes;
    int depth = 0;
    bool discarded = false;
};


Drawing thematicMap(const nlohmann::json &data)
{
    std::vector<MapTheme> themes;
    std::map<std::string, std::size_t> byId;
    std::vector<std::string> parents;
    if (data.is_object() && data.contains("themes") && data.at("themes").is_array()) {
        for (const auto &t : data.at("themes")) {
            MapTheme theme;
            theme.id = jsonString(t, "id");
            const std::string number = jsonString(t, "number");
            theme.label = qs(number.empty() ? jsonString(t, "name") : number + ". " + jsonString(t, "name"));
            // The report's own words for the counts, in its language; else a neutral English form.
            const std::string counts = jsonString(t, "counts");
            theme.counts = counts.empty()
                    ? u"%1 excerpt(s), %2 participant(s)"_s.arg(jsonInt(t, "excerpts")).arg(jsonInt(t, "participants"))
                    : qs(counts);
            theme.discarded = jsonString(t, "status") == "discarded";
            if (t.contains("codes") && t.at("codes").is_array()) {
                for (const auto &c : t.at("codes"))
                    if (c.is_string())
                        theme.codes << qs(c.get<std::string>());
            }
            parents.push_back(t.contains("parent") && t.at("parent").is_string() ? t.at("parent").get<std::string>()
                                                                                 : std::string());
            byId.emplace(theme.id, themes.size());
            themes.push_back(std::move(theme));
        }
    }
    std::vector<std::size_t> roots;
    for (std::size_t i = 0; i < themes.size(); ++i) {
        const auto parent = byId.find(parents[i]);
        if (parents[i].empty() || parent == byId.end() || parent->second == i)
            roots.push_back(i);
        else
            themes[parent->second].children.push_back(i);
    }

    const int columns = mapColumns(roots.size());
    const double gap = 24, margin = 16;
    const double cardWidth = (kLogicalWidth - 2 * margin - gap * (columns - 1)) / columns;
    const QFont titleFont = font(21, true), detailFont = font(16), codeFont = font(15);
    const QFontMetricsF titleMetrics(titleFont), detailMetrics(detailFont), codeMetrics(codeFont);
    const double pad = 8, indent = 18;

    auto wrappedHeight = [](const QFontMetricsF &metrics, double width, const QString &text) {
        return metrics.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height();
    };
    auto boxHeight = [&](const MapTheme &t, double width) {
        double h = pad + wrappedHeight(titleMetrics, width - 2 * pad, t.label) + 2 + detailMetrics.height();
        for (const QString &code : t.codes)
            h += wrappedHeight(codeMetrics, width - 2 * pad - 10, u"• "_s + code);
        return h + pad;
    };

    std::vector<Box> boxes;
    std::vector<std::pair<QPointF, QPointF>> links;
    std::vector<int> colours;
    double y = margin;
    for (std::size_t row = 0; row * static_cast<std::size_t>(columns) < roots.size(); ++row) {
        double rowBottom = y;
        for (int col = 0; col < columns; ++col) {
            const std::size_t index = row * static_cast<std::size_t>(columns) + static_cast<std::size_t>(col);
            if (index >= roots.size())
                break;
            const double x = margin + col * (cardWidth + gap);
            double cy = y;
            // Depth-first: the theme, then its sub-themes indented under it.
            std::function<void(std::size_t, int, std::optional<QPointF>)> place =
                [&](std::size_t i, int depth, std::optional<QPointF> from) {
                    const MapTheme &t = themes[i];
                    const double bx = x + depth * indent;
                    const double width = cardWidth - depth * indent;
                    const double h = boxHeight(t, width);
                    Box box{QRectF(bx, cy, width, h), t.label, t.counts, t.codes, depth, t.discarded};
                    if (from)
                        links.emplace_back(*from, QPointF(bx, cy + std::min(h / 2, 14.0)));
                    boxes.push_back(box);
                    colours.push_back(static_cast<int>(index));
                    cy += h + 10;
                    const QPointF anchor(bx + indent / 2, cy - 10);
                    for (std::size_t child : t.children)
                        place(child, std::min(depth + 1, 3), anchor);
                };
            place(roots[index], 0, std::nullopt);
            rowBottom = std::max(rowBottom, cy);
        }
        y = rowBottom + gap - 10;
    }
    if (roots.empty()) {
        boxes.push_back(Box{QRectF(margin, margin, kLogicalWidth - 2 * margin, 60), u"No themes"_s, {}, {}, 0, false});
        colours.push_back(0);
        y = margin + 60 + gap;
    }
    const double height = y - gap + 10 + margin;

    Drawing drawing;
    drawing.height = height;
    drawing.paint = [=](QPainter &p) {
        p.fillRect(QRectF(0, 0, kLogicalWidth, height), Qt::white);
        p.setPen(QPen(QColor(0x88, 0x88, 0x88), 1.5));
        for (const auto &[from, to] : links) {
            QPainterPath path(from);
            path.lineTo(from.x(), to.y());
            path.lineTo(to);
            p.drawPath(path);
        }
        for (std::size_t i = 0; i < boxes.size(); ++i) {
            const Box &b = boxes[i];
            QColor colour = themeColour(static_cast<std::size_t>(colours[i]));
            if (b.discarded)
                colour = discardedColour();
            QColor fill = colour;
            fill.setAlpha(b.depth == 0 ? 48 : 22);
            p.setPen(QPen(colour, b.depth == 0 ? 2.5 : 1.5, b.discarded ? Qt::DashLine : Qt::SolidLine));
            p.setBrush(QColor(Qt::white));
            p.drawRoundedRect(b.rect, 8, 8);
            p.setBrush(fill);
            p.drawRoundedRect(b.rect, 8, 8);
            double ty = b.rect.top() + pad;
            const double tw = b.rect.width() - 2 * pad;
            p.setPen(QColor(0x1a, 0x1a, 0x1a));
            p.setFont(titleFont);
            QRectF tr(b.rect.left() + pad, ty, tw, 1e6);
            const QRectF used = p.boundingRect(tr, Qt::TextWordWrap, b.title);
            p.drawText(QRectF(tr.left(), ty, tw, used.height()), Qt::TextWordWrap, b.title);
            ty += used.height() + 2;
            p.setFont(detailFont);
            p.setPen(QColor(0x44, 0x44, 0x44));
            p.drawText(QRectF(b.rect.left() + pad, ty, tw, detailMetrics.height()), Qt::AlignLeft, b.detail);
            ty += detailMetrics.height();
            p.setFont(codeFont);
            p.setPen(QColor(0x33, 0x33, 0x33));
            for (const QString &code : b.codes) {
                const QString line = u"• "_s + code;
                QRectF cr(b.rect.left() + pad + 10, ty, tw - 10, 1e6);
                const QRectF cu = p.boundingRect(cr, Qt::TextWordWrap, line);
                p.drawText(QRectF(cr.left(), ty, cr.width(), cu.height()), Qt::TextWordWrap, line);
                ty += cu.height();
            }
        }
    };
    return drawing;
}

// ---- prevalence chart -------------------------------------------------------------------

Drawing prevalenceChart(const nlohmann::json &data)
{
    QStringList sources;
    if (data.is_object() && data.contains("sources") && data.at("sources").is_array())
        for (const auto &s : data.at("sources"))
            sources << (s.is_string() ? qs(s.get<std::string>()) : QString());
    struct Row {
        QString name;
        std::vector<long long> counts;
    };
    std::vector<Row> rows;
    long long maximum = 1;
    if (data.is_object() && data.contains("themes") && data.at("themes").is_array()) {
        for (const auto &t : data.at("themes")) {
            Row row{qs(jsonString(t, "name")), {}};
            if (t.contains("counts") && t.at("counts").is_array())
                for (const auto &c : t.at("counts"))
                    row.counts.push_back(c.is_number() ? std::max<long long>(0, c.get<long long>()) : 0);
            row.counts.resize(static_cast<std::size_t>(sources.size()), 0);
            for (long long c : row.counts)
                maximum = std::max(maximum, c);
            rows.push_back(std::move(row));
        }
    }
    const QString axis = data.is_object() && data.contains("axis") ? qs(jsonString(data, "axis"))
                                                                   : u"excerpts"_s;
    const double margin = 16, labelWidth = 300, bar = 16, groupGap = 14, legendHeight = 34;
    const double chartLeft = margin + labelWidth + 10, chartWidth = kLogicalWidth - chartLeft - margin - 40;
    const double groupHeight = std::max(1.0, static_cast<double>(sources.size())) * bar;
    const double top = margin + legendHeight;
    const double height = top + static_cast<double>(rows.size()) * (groupHeight + groupGap) + 30 + margin;
    const QFont labelFont = font(14), smallFont = font(12), legendFont = font(13);

    Drawing drawing;
    drawing.height = height;
    drawing.paint = [=](QPainter &p) {
        p.fillRect(QRectF(0, 0, kLogicalWidth, height), Qt::white);
        // Legend.
        double lx = chartLeft;
        p.setFont(legendFont);
        const QFontMetricsF lm(legendFont);
        for (qsizetype s = 0; s < sources.size(); ++s) {
            p.setPen(Qt::NoPen);
            p.setBrush(themeColour(static_cast<std::size_t>(s)));
            p.drawRect(QRectF(lx, margin + 6, 14, 14));
            p.setPen(QColor(0x22, 0x22, 0x22));
            p.drawText(QPointF(lx + 20, margin + 18), sources[s]);
            lx += 20 + lm.horizontalAdvance(sources[s]) + 24;
        }
        double y = top;
        for (const Row &row : rows) {
            p.setFont(labelFont);
            p.setPen(QColor(0x22, 0x22, 0x22));
            const QFontMetricsF fm(labelFont);
            p.drawText(QRectF(margin, y, labelWidth, groupHeight), Qt::AlignRight | Qt::AlignVCenter,
                       fm.elidedText(row.name, Qt::ElideRight, labelWidth));
            for (std::size_t s = 0; s < row.counts.size(); ++s) {
                const double w = chartWidth * static_cast<double>(row.counts[s]) / static_cast<double>(maximum);
                const QRectF r(chartLeft, y + static_cast<double>(s) * bar + 1, w, bar - 2);
                p.setPen(Qt::NoPen);
                p.setBrush(themeColour(s));
                p.drawRect(r);
                p.setFont(smallFont);
                p.setPen(QColor(0x33, 0x33, 0x33));
                p.drawText(QPointF(r.right() + 4, r.bottom() - 2), QString::number(row.counts[s]));
            }
            y += groupHeight + groupGap;
        }
        p.setPen(QPen(QColor(0x66, 0x66, 0x66), 1));
        p.drawLine(QPointF(chartLeft, top - 4), QPointF(chartLeft, y));
        p.setFont(smallFont);
        p.drawText(QPointF(chartLeft, y + 18), axis);
    };
    return drawing;
}

std::optional<Drawing> drawingFor(const core::Figure &figure)
{
    if (figure.spec.kind == "thematic-map")
        return thematicMap(figure.spec.data);
    if (figure.spec.kind == "prevalence-chart")
        return prevalenceChart(figure.spec.data);
    return std::nullopt;
}

} // namespace

std::optional<std::string> QtFigureRenderer::renderPng(const core::Figure &figure, int widthPx) const
{
    const auto drawing = drawingFor(figure);
    if (!drawing)
        return std::nullopt;
    widthPx = std::clamp(widthPx, 200, 4000);
    const double scale = widthPx / kLogicalWidth;
    const int heightPx = std::clamp(static_cast<int>(drawing->height * scale + 0.5), 1, 20000);
    QImage image(widthPx, heightPx, QImage::Format_RGB32);
    image.fill(Qt::white);
    image.setDotsPerMeterX(3780);
    image.setDotsPerMeterY(3780);
    {
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        painter.scale(scale, scale);
        drawing->paint(painter);
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        return std::nullopt;
    return bytes.toStdString();
}

bool QtFigureRenderer::svgAvailable()
{
#ifdef WEFT_HAVE_QT_SVG
    return true;
#else
    return false;
#endif
}

std::optional<std::string> QtFigureRenderer::renderSvg(const core::Figure &figure, int widthPx) const
{
#ifdef WEFT_HAVE_QT_SVG
    const auto drawing = drawingFor(figure);
    if (!drawing)
        return std::nullopt;
    widthPx = std::clamp(widthPx, 200, 4000);
    const double scale = widthPx / kLogicalWidth;
    const int heightPx = std::max(1, static_cast<int>(drawing->height * scale + 0.5));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(QSize(widthPx, heightPx));
    generator.setViewBox(QRect(0, 0, widthPx, heightPx));
    generator.setTitle(QString::fromStdString(figure.caption));
    generator.setDescription(QString::fromStdString(figure.altText));
    {
        QPainter painter(&generator);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        painter.scale(scale, scale);
        drawing->paint(painter);
    }
    return bytes.toStdString();
#else
    (void)figure;
    (void)widthPx;
    return std::nullopt;
#endif
}

} // namespace weft::render
