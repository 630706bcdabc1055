// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/report/reportdialog.h"

#include "app/gui/report/themechecklist.h"
#include "app/gui/session/projectsession.h"
#include "storage/project.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QScrollBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextImageFormat>
#include <QTimer>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace weft::app {

namespace {

constexpr int kPreviewDelayMs = 350;

struct FormatChoice {
    services::ReportFormat format;
    const char *extension;
};
constexpr FormatChoice kFormats[] = {
    {services::ReportFormat::Docx, "docx"},
    {services::ReportFormat::Pdf, "pdf"},
    {services::ReportFormat::Html, "html"},
    {services::ReportFormat::Markdown, "md"},
};

QString formatLabel(services::ReportFormat format)
{
    switch (format) {
    case services::ReportFormat::Docx: return ReportDialog::tr("Word document (.docx)");
    case services::ReportFormat::Pdf: return ReportDialog::tr("PDF (.pdf)");
    case services::ReportFormat::Html: return ReportDialog::tr("Web page (.html)");
    case services::ReportFormat::Markdown: return ReportDialog::tr("Markdown (.md)");
    }
    return {};
}

} // namespace

ReportDialog::ReportDialog(ProjectSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_format(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_quotes(new QSpinBox(this))
    , m_attributes(new QCheckBox(tr("Include participant attributes"), this))
    , m_themes(new ThemeCheckList(this))
    , m_preview(new QTextBrowser(this))
    , m_previewState(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_previewTimer(new QTimer(this))
    , m_previewJob(new ReportJob(this))
    , m_exportJob(new ReportJob(this))
{
    setWindowTitle(tr("Export Findings Report"));
    resize(1100, 720);

    for (const FormatChoice &f : kFormats)
        m_format->addItem(formatLabel(f.format), static_cast<int>(f.format));
    m_language->addItem(tr("English"), u"en"_s);
    m_language->addItem(tr("French"), u"fr"_s);
    m_language->setCurrentIndex(QLocale().language() == QLocale::French ? 1 : 0);
    m_quotes->setRange(0, 100);
    m_quotes->setValue(3);
    m_attributes->setChecked(true);
    m_attributes->setToolTip(tr("Age, site and other participant attributes, summarised in the "
                                "study summary. Participants are always named by identifier only."));

    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Quotes per theme:"), m_quotes);
    form->addRow(QString(), m_attributes);

    auto *themesLabel = new QLabel(tr("&Themes in the report:"), this);
    themesLabel->setBuddy(m_themes);
    auto *themesHint = new QLabel(tr("A theme brings its sub-themes. Discarded themes stay out "
                                     "unless you check them."),
            this);
    themesHint->setWordWrap(true);
    themesHint->setForegroundRole(QPalette::PlaceholderText);

    auto *checkAll = new QToolButton(this);
    auto *checkNone = new QToolButton(this);
    checkAll->setText(tr("All"));
    checkNone->setText(tr("None"));
    checkAll->setToolTip(tr("Check every theme"));
    checkNone->setToolTip(tr("Uncheck every theme"));
    connect(checkAll, &QToolButton::clicked, this, [this] { m_themes->setAllChecked(true); });
    connect(checkNone, &QToolButton::clicked, this, [this] { m_themes->setAllChecked(false); });
    auto *themesHeader = new QHBoxLayout;
    themesHeader->addWidget(themesLabel, 1);
    themesHeader->addWidget(checkAll);
    themesHeader->addWidget(checkNone);

    auto *options = new QWidget(this);
    auto *optionsLayout = new QVBoxLayout(options);
    optionsLayout->setContentsMargins(0, 0, 0, 0);
    optionsLayout->addLayout(form);
    optionsLayout->addSpacing(6);
    optionsLayout->addLayout(themesHeader);
    optionsLayout->addWidget(m_themes, 1);
    optionsLayout->addWidget(themesHint);

    auto *previewPane = new QWidget(this);
    auto *previewLayout = new QVBoxLayout(previewPane);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    auto *previewHeader = new QHBoxLayout;
    auto *previewTitle = new QLabel(tr("Preview"), this);
    QFont bold = previewTitle->font();
    bold.setBold(true);
    previewTitle->setFont(bold);
    previewHeader->addWidget(previewTitle);
    previewHeader->addStretch(1);
    previewHeader->addWidget(m_previewState);
    m_previewState->setForegroundRole(QPalette::PlaceholderText);
    previewLayout->addLayout(previewHeader);
    previewLayout->addWidget(m_preview, 1);
    m_preview->setOpenLinks(false);
    m_preview->setPlaceholderText(tr("The preview appears here."));

    auto *splitter = new QSplitter(this);
    splitter->addWidget(options);
    splitter->addWidget(previewPane);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({360, 740});
    splitter->setChildrenCollapsible(false);

    auto *buttons = new QDialogButtonBox(this);
    m_open = buttons->addButton(tr("&Open Report"), QDialogButtonBox::ActionRole);
    m_export = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    m_cancel = buttons->addButton(tr("&Cancel Export"), QDialogButtonBox::ActionRole);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_export->setDefault(true);
    m_open->setVisible(false);
    m_progress->setRange(0, 100);
    m_progress->setVisible(false);
    m_progress->setMaximumWidth(220);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_progress);
    bottom->addWidget(m_status, 1);
    bottom->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);

    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(kPreviewDelayMs);
    connect(m_previewTimer, &QTimer::timeout, this, &ReportDialog::startPreview);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ReportDialog::updateState);
    connect(m_language, &QComboBox::currentIndexChanged, this, &ReportDialog::schedulePreview);
    connect(m_quotes, &QSpinBox::valueChanged, this, &ReportDialog::schedulePreview);
    connect(m_attributes, &QCheckBox::toggled, this, &ReportDialog::schedulePreview);
    connect(m_themes, &ThemeCheckList::choiceChanged, this, &ReportDialog::schedulePreview);
    connect(m_previewJob, &ReportJob::finished, this, &ReportDialog::onPreviewFinished);
    connect(m_exportJob, &ReportJob::progress, this, &ReportDialog::onExportProgress);
    connect(m_exportJob, &ReportJob::finished, this, &ReportDialog::onExportFinished);
    connect(m_export, &QPushButton::clicked, this, &ReportDialog::chooseFileAndExport);
    connect(m_cancel, &QPushButton::clicked, this, &ReportDialog::cancelExport);
    connect(m_open, &QPushButton::clicked, this, &ReportDialog::openResult);
    connect(m_close, &QPushButton::clicked, this, &ReportDialog::reject);

    if (auto themes = m_session->project()->themes().all())
        m_themes->setThemes(*themes);
    else
        m_status->setText(QString::fromStdString(themes.error().message));
    updateState();
    startPreview();
}

ReportDialog::~ReportDialog() = default;

void ReportDialog::setFormat(services::ReportFormat format)
{
    m_format->setCurrentIndex(m_format->findData(static_cast<int>(format)));
}

services::ReportFormat ReportDialog::format() const
{
    return static_cast<services::ReportFormat>(m_format->currentData().toInt());
}

void ReportDialog::setLanguage(const QString &language)
{
    m_language->setCurrentIndex(m_language->findData(language));
}

void ReportDialog::setQuotesPerTheme(int quotes)
{
    m_quotes->setValue(quotes);
}

void ReportDialog::setIncludeAttributes(bool include)
{
    m_attributes->setChecked(include);
}

services::FindingsReportOptions ReportDialog::options() const
{
    services::FindingsReportOptions options;
    options.themes = m_themes->chosenThemes();
    options.quotesPerTheme = m_quotes->value();
    options.includeAttributes = m_attributes->isChecked();
    options.language = m_language->currentData().toString().toStdString();
    return options;
}

bool ReportDialog::isPreviewing() const
{
    return m_previewTimer->isActive() || m_previewRunning || m_previewPending;
}

void ReportDialog::schedulePreview()
{
    m_previewState->setText(tr("Updating…"));
    m_previewTimer->start();
    updateState();
}

void ReportDialog::startPreview()
{
    if (m_previewRunning) {
        // The running build is out of date: stop it and start again when it has stopped.
        m_previewPending = true;
        m_previewJob->cancel();
        return;
    }
    m_previewPending = false;
    if (!m_themes->anyChecked() && m_themes->topLevelItemCount() > 0) {
        m_previewHtml.clear();
        m_preview->clear();
        m_previewState->setText(tr("Check at least one theme."));
        Q_EMIT previewUpdated();
        return;
    }
    m_previewState->setText(tr("Updating…"));
    ReportRequest request;
    request.projectPath = m_session->filePath();
    request.options = options();
    request.format = services::ReportFormat::Html;
    m_previewRunning = true;
    m_previewJob->start(std::move(request));
}

void ReportDialog::fitImages()
{
    // QTextBrowser knows no CSS max-width: figures are given the width of the preview instead.
    const qreal width = std::max(200, m_preview->viewport()->width() - 40);
    QTextCursor cursor(m_preview->document());
    for (QTextBlock block = m_preview->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            QTextImageFormat image = fragment.charFormat().toImageFormat();
            if (!image.isValid())
                continue;
            const QImage picture = m_preview->document()
                                           ->resource(QTextDocument::ImageResource, QUrl(image.name()))
                                           .value<QImage>();
            if (picture.isNull() || picture.width() <= width)
                continue;
            image.setWidth(width);
            image.setHeight(width * picture.height() / picture.width());
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(image);
        }
    }
    m_preview->document()->markContentsDirty(0, m_preview->document()->characterCount());
}

void ReportDialog::onPreviewFinished(const ReportOutcome &outcome)
{
    m_previewRunning = false;
    if (m_previewPending || m_previewTimer->isActive()) {
        if (m_previewPending)
            startPreview();
        return;
    }
    if (outcome.ok()) {
        m_previewHtml = QString::fromUtf8(outcome.bytes);
        const int scroll = m_preview->verticalScrollBar()->value();
        // Qt's rich text knows no <figure>: as blocks they lay out like the exported page.
        m_preview->setHtml(QString(m_previewHtml)
                                   .replace(u"<figure"_s, u"<div"_s)
                                   .replace(u"</figure>"_s, u"</div>"_s)
                                   .replace(u"<figcaption"_s, u"<p"_s)
                                   .replace(u"</figcaption>"_s, u"</p>"_s));
        fitImages();
        m_preview->verticalScrollBar()->setValue(scroll);
        // Without a translation loaded "%n theme(s)" shows as such: English gets both forms.
        const QString themes = outcome.themes == 1 ? tr("1 theme") : tr("%n themes", nullptr, outcome.themes);
        const QString quotes = outcome.quotes == 1 ? tr("1 quote") : tr("%n quotes", nullptr, outcome.quotes);
        m_previewState->setText(tr("%1, %2").arg(themes, quotes));
    } else {
        m_previewHtml.clear();
        m_preview->clear();
        m_previewState->setText(outcome.cancelled ? QString() : outcome.error);
    }
    Q_EMIT previewUpdated();
}

QString ReportDialog::suggestedFileName() const
{
    const QFileInfo project(m_session->filePath());
    QString extension;
    for (const FormatChoice &f : kFormats) {
        if (f.format == format())
            extension = QString::fromLatin1(f.extension);
    }
    return project.absoluteDir().filePath(project.completeBaseName() + tr(" - findings report") + u'.' + extension);
}

void ReportDialog::chooseFileAndExport()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Export Findings Report"), suggestedFileName(),
            formatLabel(format()).replace(u"(."_s, u"(*."_s));
    if (path.isEmpty())
        return;
    const QString wanted = QFileInfo(suggestedFileName()).suffix();
    if (QFileInfo(path).suffix().compare(wanted, Qt::CaseInsensitive) != 0)
        path += u'.' + wanted;
    exportTo(path);
}

bool ReportDialog::exportTo(const QString &path)
{
    if (m_exporting || (!m_themes->anyChecked() && m_themes->topLevelItemCount() > 0))
        return false;
    if (QFileInfo(path) == QFileInfo(m_session->filePath())) {
        m_status->setText(tr("That is the project file itself; choose another name."));
        return false;
    }
    ReportRequest request;
    request.projectPath = m_session->filePath();
    request.options = options();
    request.format = format();
    request.outputPath = path;
    m_lastExport = ReportOutcome{};
    m_open->setVisible(false);
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_status->setText(tr("Exporting…"));
    m_exporting = true;
    m_exportJob->start(std::move(request));
    updateState();
    return true;
}

void ReportDialog::cancelExport()
{
    if (!m_exporting)
        return;
    m_exportJob->cancel();
    m_status->setText(tr("Cancelling…"));
    m_cancel->setEnabled(false);
}

bool ReportDialog::isExporting() const
{
    return m_exporting;
}

QString ReportDialog::statusText() const
{
    return m_status->text();
}

void ReportDialog::onExportProgress(int percent, const QString &step)
{
    m_progress->setValue(percent);
    if (m_cancel->isEnabled())
        m_status->setText(step);
}

void ReportDialog::onExportFinished(const ReportOutcome &outcome)
{
    m_lastExport = outcome;
    m_exporting = false;
    m_progress->setVisible(false);
    if (outcome.cancelled) {
        m_status->setText(tr("Export cancelled; no file was written."));
    } else if (!outcome.error.isEmpty()) {
        m_status->setText(tr("Not exported: %1").arg(outcome.error));
    } else {
        m_status->setText(tr("Saved %1 (%2).")
                                  .arg(QFileInfo(outcome.outputPath).fileName(),
                                          outcome.themes == 1 ? tr("1 theme")
                                                              : tr("%n themes", nullptr, outcome.themes)));
        m_open->setVisible(true);
        m_open->setFocus();
    }
    updateState();
    Q_EMIT exportFinished();
}

void ReportDialog::openResult()
{
    if (m_lastExport.ok())
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_lastExport.outputPath));
}

void ReportDialog::updateState()
{
    const bool exporting = m_exporting;
    const bool anyTheme = m_themes->anyChecked() || m_themes->topLevelItemCount() == 0;
    m_export->setEnabled(!exporting && anyTheme);
    m_cancel->setVisible(exporting);
    m_cancel->setEnabled(exporting);
    for (QWidget *w : {static_cast<QWidget *>(m_format), static_cast<QWidget *>(m_language),
                 static_cast<QWidget *>(m_quotes), static_cast<QWidget *>(m_attributes),
                 static_cast<QWidget *>(m_themes)})
        w->setEnabled(!exporting);
}

void ReportDialog::reject()
{
    // Escape while exporting cancels the export; the dialog closes once nothing runs.
    if (m_exporting) {
        cancelExport();
        return;
    }
    m_previewTimer->stop();
    m_previewJob->cancel();
    QDialog::reject();
}

} // namespace weft::app
