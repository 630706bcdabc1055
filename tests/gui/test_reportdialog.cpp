// SPDX-License-Identifier: GPL-3.0-or-later
// File > Export Findings Report: the dialog's live preview follows its options, the export
// runs on a worker thread and writes a real DOCX, Cancel leaves no file; the excerpts and
// codebook exports.
#include "guitestsupport.h"

#include "app/gui/report/exportcontroller.h"
#include "app/gui/report/reportdialog.h"
#include "app/gui/report/themechecklist.h"
#include "app/gui/session/projectsession.h"
#include "core/import/ziparchive.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

using namespace Qt::StringLiterals;
using namespace weft;
using namespace weft::guitest;

namespace {

const char *kThemeName = "Peers open the door";
const char *kDefinition = "Participants trusted educators close to them in age.";

/// The fixture's project with two themes: one linked to the coded peer-educator passages,
/// one discarded.
void addThemes(const QString &path)
{
    auto project = openDirect(path);
    auto theme = project->themes().ensurePath({kThemeName});
    REQUIRE(theme.ok());
    REQUIRE(project->themes().setDefinition(theme->uuid, kDefinition).ok());
    auto code = project->codes().resolve("Trust/Peer educators");
    REQUIRE(code.ok());
    REQUIRE(project->themes().link(theme->uuid, code->id).ok());
    auto dropped = project->themes().ensurePath({"Dropped idea"});
    REQUIRE(dropped.ok());
    REQUIRE(project->themes().setStatus(dropped->uuid, core::ThemeStatus::Discarded).ok());
    REQUIRE(project->close().ok());
}

bool waitForPreview(const app::ReportDialog &dialog)
{
    return QTest::qWaitFor([&] { return !dialog.isPreviewing(); }, 20000);
}

std::string zipEntry(const QString &path, const std::string &entry)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    auto zip = core::ZipArchive::open(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())),
                                      core::ArchiveKind{"docx", "Word"});
    REQUIRE(zip.ok());
    auto content = zip->read(entry);
    REQUIRE(content.ok());
    return *content;
}

} // namespace

TEST_CASE("gui: report dialog previews the chosen options and exports a DOCX on a worker thread")
{
    SampleFixture fixture;
    addThemes(fixture.projectPath());
    app::ProjectSession session;
    REQUIRE(session.open(fixture.projectPath()));
    QTemporaryDir out;
    REQUIRE(out.isValid());

    app::ReportDialog dialog(&session);
    dialog.show();
    REQUIRE(waitForPreview(dialog));
    CHECK(dialog.previewHtml().contains(QString::fromUtf8(kThemeName)));
    CHECK(dialog.previewHtml().contains(QString::fromUtf8(kDefinition)));
    CHECK_FALSE(dialog.previewHtml().contains(u"Dropped idea"_s)); // discarded: out by default

    // Options change the preview: French fixed text, the discarded theme once checked.
    dialog.setLanguage(u"fr"_s);
    dialog.setQuotesPerTheme(1);
    REQUIRE(dialog.themeList()->setChecked(u"Dropped idea"_s, true));
    REQUIRE(waitForPreview(dialog));
    CHECK(dialog.previewHtml().contains(u"Extraits exemplaires"_s));
    CHECK(dialog.previewHtml().contains(u"Dropped idea"_s));
    CHECK(dialog.options().themes.size() == 2);
    CHECK(dialog.options().quotesPerTheme == 1);

    // No theme checked: nothing to export.
    dialog.themeList()->setAllChecked(false);
    REQUIRE(waitForPreview(dialog));
    CHECK(dialog.previewHtml().isEmpty());
    CHECK_FALSE(dialog.exportTo(out.filePath(u"none.docx"_s)));
    REQUIRE(dialog.themeList()->setChecked(QString::fromUtf8(kThemeName), true));
    REQUIRE(waitForPreview(dialog));

    dialog.setFormat(services::ReportFormat::Docx);
    QSignalSpy finished(&dialog, &app::ReportDialog::exportFinished);
    const QString docx = out.filePath(u"report.docx"_s);
    REQUIRE(dialog.exportTo(docx));
    CHECK(dialog.isExporting());
    REQUIRE(finished.wait(30000));
    INFO(dialog.statusText().toStdString());
    REQUIRE(dialog.lastExport().ok());
    CHECK_FALSE(dialog.isExporting());
    REQUIRE(QFileInfo::exists(docx));
    const std::string xml = zipEntry(docx, "word/document.xml");
    CHECK(xml.find(kThemeName) != std::string::npos);
    CHECK(xml.find("Extraits exemplaires") != std::string::npos);
    CHECK(xml.find("Dropped idea") == std::string::npos);
    CHECK(dialog.statusText().contains(u"report.docx"_s));
    // The window's own connection kept working meanwhile.
    CHECK(session.project()->themes().count().ok());
}

TEST_CASE("gui: cancelling a report export writes no file")
{
    SampleFixture fixture;
    addThemes(fixture.projectPath());
    app::ProjectSession session;
    REQUIRE(session.open(fixture.projectPath()));
    QTemporaryDir out;
    REQUIRE(out.isValid());

    app::ReportDialog dialog(&session);
    dialog.setFormat(services::ReportFormat::Pdf);
    QSignalSpy finished(&dialog, &app::ReportDialog::exportFinished);
    REQUIRE(dialog.exportTo(out.filePath(u"report.pdf"_s)));
    dialog.cancelExport();
    REQUIRE(finished.wait(30000));
    CHECK(dialog.lastExport().cancelled);
    CHECK_FALSE(dialog.lastExport().ok());
    CHECK(dialog.statusText().contains(u"cancelled"_s));
    CHECK(QDir(out.path()).entryList(QDir::Files | QDir::Hidden).isEmpty()); // no partial or temporary file

    // The dialog is usable again afterwards, and the project file itself is refused.
    CHECK_FALSE(dialog.exportTo(fixture.projectPath()));
    REQUIRE(dialog.exportTo(out.filePath(u"report.pdf"_s)));
    REQUIRE(finished.wait(30000));
    REQUIRE(dialog.lastExport().ok());
    QFile pdf(out.filePath(u"report.pdf"_s));
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(4) == "%PDF");
}

TEST_CASE("gui: excerpts and codebook exports write their files or warn")
{
    SampleFixture fixture;
    app::ProjectSession session;
    REQUIRE(session.open(fixture.projectPath()));
    QSignalSpy warnings(&session, &app::ProjectSession::warning);
    QWidget window;
    app::ExportController exports(&session, &window);
    CHECK(exports.reportAction()->isEnabled());
    QTemporaryDir out;

    REQUIRE(exports.exportExcerpts(out.filePath(u"excerpts.csv"_s)));
    QFile csv(out.filePath(u"excerpts.csv"_s));
    REQUIRE(csv.open(QIODevice::ReadOnly));
    const QByteArray table = csv.readAll();
    CHECK(table.startsWith("\xEF\xBB\xBF" "document,kind,participant"));
    CHECK(table.contains("She trusted Bex"));
    REQUIRE(exports.exportExcerpts(out.filePath(u"excerpts.xlsx"_s)));
    CHECK(zipEntry(out.filePath(u"excerpts.xlsx"_s), "xl/worksheets/sheet1.xml").find("She trusted Bex") != std::string::npos);
    REQUIRE(exports.exportCodebook(out.filePath(u"codebook.docx"_s)));
    CHECK(zipEntry(out.filePath(u"codebook.docx"_s), "word/document.xml").find("Peer educators") != std::string::npos);
    REQUIRE(exports.exportCodebook(out.filePath(u"codebook.csv"_s)));
    CHECK(warnings.isEmpty());

    CHECK_FALSE(exports.exportExcerpts(out.filePath(u"excerpts.txt"_s)));
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0][1].toString().contains(u".csv"_s));
    CHECK_FALSE(QFileInfo::exists(out.filePath(u"excerpts.txt"_s)));

    session.close();
    CHECK_FALSE(exports.excerptsAction()->isEnabled());
}

TEST_CASE("gui: picture of the report dialog", "[.][pictures]")
{
    // $WEFT_REPORT_PROJECT names a project to show (a copy of the sample study, say); else the
    // fixture's.
    SampleFixture fixture;
    addThemes(fixture.projectPath());
    const QString path = qEnvironmentVariable("WEFT_REPORT_PROJECT", fixture.projectPath());
    app::ProjectSession session;
    REQUIRE(session.open(path));
    app::ReportDialog dialog(&session);
    dialog.show();
    REQUIRE(waitForPreview(dialog));
    QTest::qWait(100);
    const QString folder = qEnvironmentVariable("WEFT_PICTURES", QDir::currentPath());
    REQUIRE(dialog.grab().save(QDir(folder).filePath(u"report-dialog.png"_s)));
}
