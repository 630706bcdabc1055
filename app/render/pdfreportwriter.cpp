// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/render/pdfreportwriter.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFont>
#include <QFontMetricsF>
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
#include <iterator>
#include <map>
#include <set>
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

/// Builds the QTextDocument of a report; the contents get placeholders for page numbers
/// (fillContents). `headingBlocks` receives each heading the contents list.
class DocumentBuilder {
public:
    DocumentBuilder(QTextDocument &doc, const core::ReportDocument &report,
                    const core::FigureRenderer *figures, double contentWidth, QPaintDevice *device)
        : m_doc(doc), m_report(report), m_figures(figures), m_width(contentWidth), m_device(device), m_cursor(&doc)
    {
    }

    void build(int tocDepth)
    {
        m_tocDepth = tocDepth;
        const auto &blocks = m_report.blocks;
        for (std::size_t i = 0; i < blocks.size(); ++i) {
            // As in the DOCX writer: a paragraph that introduces a table, list, quote or figure
            // stays on its page; so does every heading.
            const core::ReportBlock *next = i + 1 < blocks.size() ? &blocks[i + 1] : nullptr;
            m_introduces = next && (std::holds_alternative<core::ReportTable>(*next) ||
                                    std::holds_alternative<core::BulletList>(*next) ||
                                    std::holds_alternative<core::Quote>(*next) ||
                                    std::holds_alternative<core::Figure>(*next));
            std::visit([this](const auto &b) { add(b); }, blocks[i]);
        }
    }

    std::vector<QTextBlock> headingBlocks; ///< headings down to the contents depth, in order
    /// Blocks that must end up on the page of the block after them (headings, captions, lead-ins).
    std::vector<QTextBlock> keepBlocks;

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

    /// The block just started keeps with the next one (see setBreakBefore).
    void keepWithNext()
    {
        keepBlocks.push_back(m_cursor.block());
        m_keepPolicies.push_back(m_cursor.blockFormat().pageBreakPolicy());
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
        keepWithNext();
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
        if (m_introduces && p.role != core::ParagraphRole::Title && p.role != core::ParagraphRole::Subtitle)
            keepWithNext();
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
            keepWithNext();
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
        // Column widths: the model's, else by content; either way at least the longest word of
        // the column, or Qt breaks a header like "recommend" inside the word.
        const QFontMetricsF headerMetrics(charFormat(9.5, true).font(), m_device);
        const QFontMetricsF cellMetrics(charFormat(9.5).font(), m_device);
        std::vector<double> longestWord(columns, 0); // device pixels
        std::vector<double> content(columns, 1);
        const auto measure = [&](std::size_t col, const std::string &cell, const QFontMetricsF &metrics) {
            const QString text = qs(cell);
            for (const QString &word : text.split(u' ', Qt::SkipEmptyParts))
                longestWord[col] = std::max(longestWord[col], metrics.horizontalAdvance(word));
            content[col] = std::max(content[col], std::min(static_cast<double>(text.size()), 40.0));
        };
        for (std::size_t col = 0; col < t.header.size() && col < columns; ++col)
            measure(col, t.header[col], headerMetrics);
        for (const auto &row : t.rows)
            for (std::size_t col = 0; col < row.size() && col < columns; ++col)
                measure(col, row[col], cellMetrics);
        std::vector<double> share(columns);
        double total = 0;
        for (std::size_t col = 0; col < columns; ++col) {
            share[col] = t.columnWeights.size() == columns ? std::max(1, t.columnWeights[col]) : content[col];
            total += share[col];
        }
        std::vector<double> floor(columns);
        double floors = 0;
        for (std::size_t col = 0; col < columns; ++col) {
            share[col] /= total;
            floor[col] = (longestWord[col] + devicePt(3 * 2 + 2)) / m_width; // padding and borders
            floors += floor[col];
        }
        if (floors < 0.95) { // else the words cannot all fit whole anyway
            double fixedShare = 0, freeShare = 0;
            std::vector<bool> raised(columns, false);
            for (std::size_t col = 0; col < columns; ++col) {
                raised[col] = share[col] < floor[col];
                (raised[col] ? fixedShare : freeShare) += raised[col] ? floor[col] : share[col];
            }
            for (std::size_t col = 0; col < columns; ++col) {
                // Scale the others down to make room, never below their own floor.
                share[col] = raised[col] ? floor[col]
                                         : std::max(floor[col], share[col] * (1 - fixedShare) / std::max(freeShare, 1e-9));
            }
        }
        QList<QTextLength> widths;
        for (double w : share)
            widths << QTextLength(QTextLength::PercentageLength, 100.0 * w);
        tf.setColumnWidthConstraints(widths);
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
        // An attribution never starts a page alone: its quote goes with it.
        if (!q.attribution.empty())
            keepWithNext();
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
            if (!figure.caption.empty())
                keepWithNext();
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
            m_cursor.insertText(qs(h.text) + u"\t"_s + kPagePlaceholder, link);
            m_tocEntries.push_back(m_cursor.block());
        }
    }

public:
    /// Starts a page at the keep-with-next blocks `on` and no longer at those `off`, as one
    /// edit: the layout then follows once, not once per block.
    void setBreaks(const std::set<std::size_t> &on, const std::set<std::size_t> &off)
    {
        QTextCursor c(&m_doc);
        c.beginEditBlock();
        for (const auto *ordinals : {&on, &off}) {
            for (std::size_t ordinal : *ordinals) {
                QTextBlockFormat f = keepBlocks[ordinal].blockFormat();
                f.setPageBreakPolicy(ordinals == &on ? QTextFormat::PageBreak_AlwaysBefore : m_keepPolicies[ordinal]);
                c.setPosition(keepBlocks[ordinal].position());
                c.setBlockFormat(f);
            }
        }
        c.endEditBlock();
    }

    /// Writes the page of each heading into the contents, in place of the placeholders.
    void fillContents(const std::vector<int> &pages)
    {
        QTextCursor edit(&m_doc);
        edit.beginEditBlock();
        for (std::size_t i = 0; i < m_tocEntries.size() && i < pages.size(); ++i) {
            QTextCursor c(m_tocEntries[i]);
            c.movePosition(QTextCursor::EndOfBlock);
            const QTextCharFormat format = c.charFormat();
            c.movePosition(QTextCursor::PreviousCharacter, QTextCursor::KeepAnchor, kPagePlaceholder.size());
            c.insertText(QString::number(pages[i]), format);
        }
        edit.endEditBlock();
    }

private:
    /// Three digits: as wide as any page number the contents will show.
    static inline const QString kPagePlaceholder = u"000"_s;

    QTextDocument &m_doc;
    const core::ReportDocument &m_report;
    const core::FigureRenderer *m_figures;
    double m_width;
    QPaintDevice *m_device; ///< for text widths at the PDF's resolution
    QTextCursor m_cursor;
    std::vector<QTextBlock> m_tocEntries;
    std::vector<QTextFormat::PageBreakFlags> m_keepPolicies; ///< as built, per keep block
    int m_tocDepth = 3;
    bool m_first = true;
    bool m_breakPending = false;
    bool m_afterList = false;
    bool m_introduces = false; ///< the model block being added introduces the next one
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
    QTextDocument doc;
    doc.setUndoRedoEnabled(false);
    QFont base;
    base.setFamilies(fontFamilies());
    base.setPointSizeF(10.5);
    base.setStyleStrategy(QFont::PreferNoShaping);
    doc.setDefaultFont(base);
    doc.setDocumentMargin(0);
    DocumentBuilder builder(doc, report, m_figures, pageSize.width(), &writer);
    builder.build(tocDepth);
    // Laid out only now: with a layout attached while the document is built, every insert
    // re-lays out what changed, and each cell filled re-lays out its whole table (50 themes
    // took a minute instead of a second).
    doc.documentLayout()->setPaintDevice(&writer);
    doc.setPageSize(pageSize);

    const auto top = [&](const QTextBlock &block) {
        // The first line's top, not the block's: its top margin may end the previous page.
        const QRectF box = doc.documentLayout()->blockBoundingRect(block);
        const QTextLayout *text = block.layout();
        if (!text || text->lineCount() == 0)
            return box.top();
        // blockBoundingRect puts the layout's origin (not its first line) at the top.
        return box.top() + text->lineAt(0).y() + 1;
    };
    const auto pageOf = [&](const QTextBlock &block) { return static_cast<int>(top(block) / pageSize.height()); };
    const auto lastLinePage = [&](const QTextBlock &block) {
        const QTextLayout *text = block.layout();
        if (!text || text->lineCount() == 0)
            return pageOf(block);
        const QRectF box = doc.documentLayout()->blockBoundingRect(block);
        const QTextLine last = text->lineAt(text->lineCount() - 1);
        return static_cast<int>((box.top() + last.y() + 1) / pageSize.height());
    };
    const auto bottom = [&](const QTextBlock &block) {
        const QRectF box = doc.documentLayout()->blockBoundingRect(block);
        const QTextLayout *text = block.layout();
        if (!text || text->lineCount() == 0)
            return box.bottom();
        const QTextLine last = text->lineAt(text->lineCount() - 1);
        return box.top() + last.y() + last.height();
    };
    const auto nextWithText = [](QTextBlock block) {
        do
            block = block.next();
        while (block.isValid() && block.length() <= 1);
        return block;
    };
    const auto previousWithText = [](QTextBlock block) {
        do
            block = block.previous();
        while (block.isValid() && block.length() <= 1);
        return block;
    };
    const auto &keep = builder.keepBlocks;

    // Page breaks before blocks that would end a page apart from what they introduce (a
    // heading, a lead-in, a caption, a quote's last line and its attribution). Breaks move
    // what follows, so the layout is checked again; a break that came to stand at the top of a
    // page anyway would leave an empty page and is taken back.
    std::set<std::size_t> breaks, rejected;
    for (int pass = 0; pass < 4; ++pass) {
        std::set<std::size_t> next;
        for (std::size_t b : breaks) {
            const QTextBlock before = previousWithText(keep[b]);
            const double end = before.isValid() ? bottom(before) - 2 : 0;
            if (before.isValid() && pageOf(keep[b]) - static_cast<int>(end / pageSize.height()) >= 2)
                rejected.insert(b);
            else
                next.insert(b);
        }
        for (std::size_t i = 0; i < keep.size(); ++i) {
            const QTextBlock following = nextWithText(keep[i]);
            // A long quote may run over a page; only its last line must share the next block's.
            if (!following.isValid() || pageOf(following) <= lastLinePage(keep[i]))
                continue;
            // Move the whole run of blocks that keep together to the next page, unless it
            // already starts its page.
            std::size_t start = i;
            while (start > 0 && nextWithText(keep[start - 1]) == keep[start] &&
                   lastLinePage(keep[start - 1]) == pageOf(keep[start]))
                --start;
            const double offset = top(keep[start]) - pageOf(keep[start]) * pageSize.height();
            if (offset > devicePt(12) && !rejected.count(start))
                next.insert(start);
        }
        if (next == breaks)
            break;
        std::set<std::size_t> on, off;
        std::set_difference(next.begin(), next.end(), breaks.begin(), breaks.end(), std::inserter(on, on.end()));
        std::set_difference(breaks.begin(), breaks.end(), next.begin(), next.end(), std::inserter(off, off.end()));
        builder.setBreaks(on, off);
        breaks = std::move(next);
    }
    std::vector<int> pages;
    for (const QTextBlock &block : builder.headingBlocks)
        pages.push_back(pageOf(block) + 1);
    builder.fillContents(pages);

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
