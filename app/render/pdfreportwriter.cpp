// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/render/pdfreportwriter.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFont>
#include <QGuiApplication>
#include <QScreen>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextList>
#include <QTextTable>
#include <QUrl>

#include <algorithm>
#include <map>
#include <variant>

namespace weft::render {

namespace {

using namespace Qt::StringLiterals;

constexpr int kDpi = 300;
constexpr double kMarginMm = 20.0;

QString qs(const std::string &text) { return QString::fromStdString(text); }

/// Qt's text layout scales format lengths (margins, padding, tabs, image sizes) by the PDF's
/// dpi over the screen's, so formats take screen pixels: this is that dpi.
double screenDpi()
{
    const QScreen *screen = QGuiApplication::primaryScreen();
    return screen ? screen->logicalDotsPerInchX() : 96.0;
}

/// Points to format lengths (see screenDpi).
double pt(double points) { return points * screenDpi() / 72.0; }

/// Points to PDF device pixels at kDpi.
double devicePt(double points) { return points * kDpi / 72.0; }

QStringList fontFamilies() { return {u"Noto Sans"_s, u"DejaVu Sans"_s}; }

QTextCharFormat charFormat(double pointSize, bool bold = false, bool italic = false)
{
    QTextCharFormat format;
    format.setFontFamilies(fontFamilies());
    format.setFontPointSize(pointSize);
    format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    format.setFontItalic(italic);
    // No "fi"/"fl" ligatures for Latin text, so the PDF's text can be searched and copied as
    // written; scripts that need shaping (Arabic ...) are still shaped.
    format.setFontStyleStrategy(QFont::PreferNoShaping);
    return format;
}

/// Builds the QTextDocument of a report. `tocPages` holds the page of each heading in the
/// contents (empty on the first pass); `headingBlocks` receives each such heading's block.
class DocumentBuilder {
public:
    DocumentBuilder(QTextDocument &doc, const core::ReportDocument &report,
                    const core::FigureRenderer *figures, double contentWidth)
        : m_doc(doc), m_report(report), m_figures(figures), m_width(contentWidth), m_cursor(&doc)
    {
    }

    void build(const std::vector<int> &tocPages, int tocDepth)
    {
        m_tocPages = tocPages;
        m_tocDepth = tocDepth;
        for (const core::ReportBlock &block : m_report.blocks)
            std::visit([this](const auto &b) { add(b); }, block);
    }

    std::vector<QTextBlock> headingBlocks; ///< headings down to the contents depth, in order

private:
    void newBlock(const QTextBlockFormat &format, const QTextCharFormat &chars)
    {
        if (m_first) {
            m_cursor.setBlockFormat(format);
            m_cursor.setBlockCharFormat(chars);
            m_cursor.setCharFormat(chars);
            m_first = false;
        } else {
            QTextBlockFormat f = format;
            if (m_breakPending)
                f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            m_cursor.insertBlock(f, chars);
        }
        if (m_first == false && m_breakPending) {
            QTextBlockFormat f = m_cursor.blockFormat();
            f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            m_cursor.setBlockFormat(f);
        }
        m_breakPending = false;
    }

    void insertRuns(const std::vector<core::TextRun> &runs, const QTextCharFormat &base)
    {
        for (const core::TextRun &run : runs) {
            QTextCharFormat f = base;
            if (run.bold)
                f.setFontWeight(QFont::Bold);
            if (run.italic)
                f.setFontItalic(true);
            QString text = qs(run.text);
            text.replace(u'\n', QChar::LineSeparator);
            m_cursor.insertText(text, f);
        }
    }

    QTextBlockFormat bodyBlock() const
    {
        QTextBlockFormat f;
        f.setBottomMargin(pt(6));
        f.setLineHeight(115, QTextBlockFormat::ProportionalHeight);
        return f;
    }

    void add(const core::Heading &h)
    {
        const int level = std::clamp(h.level, 1, 3);
        QTextBlockFormat f;
        f.setHeadingLevel(level);
        f.setTopMargin(pt(level == 1 ? 18 : 12));
        f.setBottomMargin(pt(6));
        f.setNonBreakableLines(true);
        const double sizes[] = {18, 14, 12};
        QTextCharFormat c = charFormat(sizes[level - 1], true);
        c.setForeground(QColor(0x1f, 0x3a, 0x5f));
        newBlock(f, c);
        QTextCharFormat anchor = c;
        anchor.setAnchor(true);
        anchor.setAnchorNames({qs(h.bookmark)});
        m_cursor.insertText(qs(h.text), anchor);
        if (level <= m_tocDepth)
            headingBlocks.push_back(m_cursor.block());
    }

    void add(const core::Paragraph &p)
    {
        QTextBlockFormat f = bodyBlock();
        QTextCharFormat c = charFormat(10.5);
        switch (p.role) {
        case core::ParagraphRole::Title:
            f.setAlignment(Qt::AlignHCenter);
            f.setTopMargin(pt(120));
            f.setBottomMargin(pt(18));
            c = charFormat(26, true);
            break;
        case core::ParagraphRole::Subtitle:
            f.setAlignment(Qt::AlignHCenter);
            f.setBottomMargin(pt(12));
            c = charFormat(15);
            c.setForeground(QColor(0x44, 0x44, 0x44));
            break;
        case core::ParagraphRole::Note:
            c = charFormat(9, false, true);
            c.setForeground(QColor(0x55, 0x55, 0x55));
            break;
        case core::ParagraphRole::Body: break;
        }
        newBlock(f, c);
        insertRuns(p.runs, c);
    }

    void addListItems(const std::vector<core::ListItem> &items)
    {
        std::vector<QTextList *> lists(3, nullptr);
        for (const core::ListItem &item : items) {
            const std::size_t level = static_cast<std::size_t>(std::clamp(item.level, 0, 2));
            for (std::size_t deeper = level + 1; deeper < lists.size(); ++deeper)
                lists[deeper] = nullptr;
            QTextBlockFormat f;
            f.setBottomMargin(pt(2));
            const QTextCharFormat c = charFormat(10.5);
            newBlock(f, c);
            if (lists[level]) {
                lists[level]->add(m_cursor.block());
            } else {
                QTextListFormat lf;
                lf.setStyle(level == 0 ? QTextListFormat::ListDisc
                                       : level == 1 ? QTextListFormat::ListCircle : QTextListFormat::ListSquare);
                lf.setIndent(static_cast<int>(level) + 1);
                lists[level] = m_cursor.createList(lf);
            }
            insertRuns(item.runs, c);
        }
        // The next block must not join the list.
        m_afterList = true;
    }

    void add(const core::BulletList &list) { addListItems(list.items); }

    void add(const core::ReportTable &t)
    {
        if (!t.caption.empty()) {
            QTextBlockFormat f = bodyBlock();
            f.setTopMargin(pt(4));
            newBlock(f, charFormat(9.5, false, true));
            m_cursor.insertText(qs(t.caption), charFormat(9.5, false, true));
        }
        const std::size_t columns = std::max<std::size_t>(1, t.header.size());
        QTextTableFormat tf;
        tf.setHeaderRowCount(1);
        tf.setBorder(pt(0.5));
        tf.setBorderBrush(QColor(0x99, 0x99, 0x99));
        tf.setBorderCollapse(true);
        tf.setCellPadding(pt(3));
        tf.setCellSpacing(0);
        tf.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        tf.setBottomMargin(pt(8));
        if (t.columnWeights.size() == columns) {
            double total = 0;
            for (int w : t.columnWeights)
                total += std::max(1, w);
            QList<QTextLength> widths;
            for (int w : t.columnWeights)
                widths << QTextLength(QTextLength::PercentageLength, 100.0 * std::max(1, w) / total);
            tf.setColumnWidthConstraints(widths);
        }
        newBlock(bodyBlock(), charFormat(10.5));
        QTextTable *table = m_cursor.insertTable(static_cast<int>(t.rows.size()) + 1, static_cast<int>(columns), tf);
        auto fill = [&](int row, const std::vector<std::string> &cells, bool header) {
            for (std::size_t col = 0; col < columns; ++col) {
                QTextTableCell cell = table->cellAt(row, static_cast<int>(col));
                if (header) {
                    QTextCharFormat cf = cell.format();
                    cf.setBackground(QColor(0xe8, 0xee, 0xf4));
                    cell.setFormat(cf);
                }
                QTextCursor cc = cell.firstCursorPosition();
                QTextBlockFormat bf;
                if (col < t.align.size() && t.align[col] == core::ColumnAlign::Right)
                    bf.setAlignment(Qt::AlignRight);
                cc.setBlockFormat(bf);
                if (col < cells.size()) {
                    QString text = qs(cells[col]);
                    text.replace(u'\n', QChar::LineSeparator);
                    cc.insertText(text, charFormat(9.5, header));
                }
            }
        };
        fill(0, t.header, true);
        for (std::size_t r = 0; r < t.rows.size(); ++r)
            fill(static_cast<int>(r) + 1, t.rows[r], false);
        m_cursor.movePosition(QTextCursor::End);
    }

    void add(const core::Quote &q)
    {
        QTextBlockFormat f;
        f.setLeftMargin(pt(28));
        f.setRightMargin(pt(28));
        f.setTopMargin(pt(4));
        f.setLineHeight(115, QTextBlockFormat::ProportionalHeight);
        QTextCharFormat c = charFormat(10.5);
        c.setForeground(QColor(0x22, 0x22, 0x22));
        newBlock(f, c);
        QString text = u"“"_s + qs(q.text) + u"”"_s;
        text.replace(u'\n', QChar::LineSeparator);
        m_cursor.insertText(text, c);
        if (!q.attribution.empty()) {
            QTextBlockFormat a = f;
            a.setTopMargin(0);
            a.setBottomMargin(pt(8));
            a.setAlignment(Qt::AlignRight);
            const QTextCharFormat ac = charFormat(9.5, false, true);
            newBlock(a, ac);
            m_cursor.insertText(u"— "_s + qs(q.attribution), ac);
        }
    }

    void add(const core::Figure &figure)
    {
        const auto image = core::figureImage(figure, m_figures, 1800);
        QImage decoded;
        if (image)
            decoded = QImage::fromData(reinterpret_cast<const uchar *>(image->bytes.data()),
                                       static_cast<int>(image->bytes.size()), "PNG");
        if (!decoded.isNull()) {
            const QUrl name(u"weft-figure:"_s + qs(figure.id.empty() ? std::to_string(++m_figureCount) : figure.id));
            m_doc.addResource(QTextDocument::ImageResource, name, decoded);
            QTextBlockFormat f;
            f.setAlignment(Qt::AlignHCenter);
            f.setTopMargin(pt(6));
            newBlock(f, charFormat(10.5));
            QTextImageFormat img;
            img.setName(name.toString());
            const double width = std::min(m_width, static_cast<double>(decoded.width()) * kDpi / 150.0);
            // Qt scales image sizes by the paint device's dpi over the screen's: undo that.
            const double toDocument = screenDpi() / kDpi;
            img.setWidth(width * toDocument);
            img.setHeight(width * toDocument * decoded.height() / std::max(1, decoded.width()));
            m_cursor.insertImage(img);
        } else {
            addListItems(figure.fallback);
        }
        if (!figure.caption.empty()) {
            QTextBlockFormat f = bodyBlock();
            f.setAlignment(Qt::AlignHCenter);
            const QTextCharFormat c = charFormat(9.5, false, true);
            newBlock(f, c);
            m_cursor.insertText(qs(figure.caption), c);
        }
    }

    void add(const core::PageBreak &) { m_breakPending = true; }

    void add(const core::TableOfContents &toc)
    {
        QTextBlockFormat hf;
        hf.setTopMargin(pt(12));
        hf.setBottomMargin(pt(10));
        newBlock(hf, charFormat(18, true));
        m_cursor.insertText(qs(toc.title.empty() ? std::string("Contents") : toc.title), charFormat(18, true));
        m_tocDepth = std::clamp(toc.depth, 1, 3);
        const auto headings = core::reportHeadings(m_report, m_tocDepth);
        for (std::size_t i = 0; i < headings.size(); ++i) {
            const core::Heading &h = headings[i];
            QTextBlockFormat f;
            const int level = std::clamp(h.level, 1, 3);
            f.setLeftMargin(pt(14.0 * (level - 1)));
            f.setTopMargin(level == 1 ? pt(4) : 0);
            f.setBottomMargin(pt(2));
            // A right tab just short of the line's end; at the very end the number would wrap.
            const double tab = m_width * screenDpi() / kDpi - f.leftMargin() - pt(2);
            f.setTabPositions({QTextOption::Tab(tab, QTextOption::RightTab)});
            const QTextCharFormat c = charFormat(level == 1 ? 10.5 : 10, level == 1);
            newBlock(f, c);
            QTextCharFormat link = c;
            link.setAnchor(true);
            link.setAnchorHref(u"#"_s + qs(h.bookmark));
            const QString page = i < m_tocPages.size() ? QString::number(m_tocPages[i]) : u"000"_s;
            m_cursor.insertText(qs(h.text) + u"\t"_s + page, link);
        }
    }

    QTextDocument &m_doc;
    const core::ReportDocument &m_report;
    const core::FigureRenderer *m_figures;
    double m_width;
    QTextCursor m_cursor;
    std::vector<int> m_tocPages;
    int m_tocDepth = 3;
    bool m_first = true;
    bool m_breakPending = false;
    bool m_afterList = false;
    int m_figureCount = 0;
};

int tocDepthOf(const core::ReportDocument &report)
{
    for (const core::ReportBlock &block : report.blocks)
        if (const auto *toc = std::get_if<core::TableOfContents>(&block))
            return std::clamp(toc->depth, 1, 3);
    return 3;
}

} // namespace

Result<std::string> PdfReportWriter::write(const core::ReportDocument &report) const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(kDpi);
    writer.setTitle(qs(report.metadata.title));
    writer.setCreator(u"Weft"_s);
    const QPageSize size(m_pageSize == PdfPageSize::Letter ? QPageSize::Letter : QPageSize::A4);
    writer.setPageLayout(QPageLayout(size, QPageLayout::Portrait,
                                     QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm),
                                     QPageLayout::Millimeter));
    const QRect paint = writer.pageLayout().paintRectPixels(kDpi);
    const double footerHeight = devicePt(24);
    const QSizeF pageSize(paint.width(), paint.height() - footerHeight);

    const int tocDepth = tocDepthOf(report);
    auto layOut = [&](QTextDocument &doc, const std::vector<int> &pages) {
        QFont base;
        base.setFamilies(fontFamilies());
        base.setPointSizeF(10.5);
        base.setStyleStrategy(QFont::PreferNoShaping);
        doc.setDefaultFont(base);
        doc.setDocumentMargin(0);
        DocumentBuilder builder(doc, report, m_figures, pageSize.width());
        builder.build(pages, tocDepth);
        // Laid out only now: with a layout attached while the document is built, every insert
        // re-lays out what changed, and each cell filled re-lays out its whole table (50 themes
        // took a minute instead of a second).
        doc.documentLayout()->setPaintDevice(&writer);
        doc.setPageSize(pageSize);
        std::vector<int> found;
        for (const QTextBlock &block : builder.headingBlocks) {
            // The first line's top, not the block's: its top margin may end the previous page.
            double top = doc.documentLayout()->blockBoundingRect(block).top();
            if (const QTextLayout *text = block.layout(); text && text->lineCount() > 0)
                top = text->position().y() + text->lineAt(0).y() + 1;
            found.push_back(static_cast<int>(top / pageSize.height()) + 1);
        }
        return found;
    };

    QTextDocument first;
    const std::vector<int> pages = layOut(first, {});
    QTextDocument doc;
    const std::vector<int> finalPages = layOut(doc, pages);
    (void)finalPages;

    const int pageCount = std::max(1, doc.pageCount());
    const bool french = report.metadata.language == "fr";
    QPainter painter;
    if (!painter.begin(&writer))
        return makeError(ErrorCode::Io, "could not start the PDF");
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    QFont footerFont;
    footerFont.setFamilies(fontFamilies());
    footerFont.setPointSizeF(8.5);
    for (int page = 0; page < pageCount; ++page) {
        if (page > 0)
            writer.newPage();
        painter.save();
        const QRectF view(0, page * pageSize.height(), pageSize.width(), pageSize.height());
        painter.translate(0, -view.top());
        painter.setClipRect(view);
        doc.drawContents(&painter, view);
        painter.restore();
        painter.setFont(footerFont);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        const QString footer = (french ? u"page %1 sur %2"_s : u"page %1 of %2"_s).arg(page + 1).arg(pageCount);
        painter.drawText(QRectF(0, paint.height() - footerHeight * 0.7, pageSize.width(), footerHeight * 0.7),
                         Qt::AlignHCenter | Qt::AlignBottom, footer);
    }
    if (!painter.end())
        return makeError(ErrorCode::Io, "could not finish the PDF");
    buffer.close();
    return bytes.toStdString();
}

} // namespace weft::render
