// SPDX-License-Identifier: GPL-3.0-or-later
#include "guitestsupport.h"

#include "app/gui/import/importcontroller.h"
#include "app/gui/import/importdialog.h"
#include "app/gui/import/importfilesmodel.h"
#include "app/gui/mainwindow.h"
#include "app/gui/models/documentlistmodel.h"
#include "app/gui/models/participanttablemodel.h"
#include "app/gui/participants/participantspanel.h"
#include "app/gui/session/projectsession.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace weft::guitest;
using weft::app::ImportFilesModel;
using weft::core::DocumentKind;

namespace {

using Mode = QAbstractItemModelTester::FailureReportingMode;

int rowOf(const ImportFilesModel &model, const QString &fileName)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, ImportFilesModel::FileColumn).data().toString() == fileName)
            return row;
    }
    return -1;
}

QVariant cell(const ImportFilesModel &model, const QString &file, int column, int role = Qt::DisplayRole)
{
    const int row = rowOf(model, file);
    REQUIRE(row >= 0);
    return model.index(row, column).data(role);
}

ImportFilesModel::State stateOf(const ImportFilesModel &model, const QString &file)
{
    return static_cast<ImportFilesModel::State>(
            cell(model, file, 0, ImportFilesModel::StateRole).toInt());
}

bool waitForPreviews(weft::app::ImportDialog &dialog)
{
    return QTest::qWaitFor([&] { return !dialog.isPreviewing(); }, 15000);
}

QString sampleFile(const char *name)
{
    return QStringLiteral(WEFT_SAMPLE_SOURCE_DIR) + u'/' + QString::fromUtf8(name);
}

} // namespace

TEST_CASE("gui: the import dialog previews files, takes the user's corrections and imports",
        "[gui]")
{
    SampleFixture fixture;
    const QString transcript = fixture.writeFile(u"batch/P07.txt"_s,
            "Interviewer: How did the sessions go?\n\n"
            "P07: Better than I thought.\n\n"
            "Interviewer: Why?\n\n"
            "P07: The educators were my age.\n");
    fixture.writeFile(u"batch/Notes.txt"_s,
            "2019-03-01\nWrote down what I want to ask next week.\n");
    fixture.writeFile(u"batch/broken.txt"_s, QByteArray("\x00\x01\x02\x00binary", 10));
    const QString forms = sampleFile("feedback/session_feedback.csv");

    ModelTesterMessages messages;
    weft::app::ProjectSession session;
    REQUIRE(session.open(fixture.projectPath()));
    weft::app::ImportDialog dialog(&session);
    QAbstractItemModelTester tester(dialog.model(), Mode::Warning);
    QSignalSpy finished(&dialog, &weft::app::ImportDialog::importFinished);

    // A folder and a file; the folder's files are listed one by one, nothing twice.
    dialog.addPaths({fixture.folder() + u"/batch"_s, forms, transcript});
    const ImportFilesModel &model = *dialog.model();
    REQUIRE(model.rowCount() == 4);
    REQUIRE(waitForPreviews(dialog));

    CHECK(cell(model, u"P07.txt"_s, ImportFilesModel::KindColumn).toString() == u"Interview"_s);
    CHECK(cell(model, u"P07.txt"_s, ImportFilesModel::ParticipantColumn).toString() == u"P07"_s);
    CHECK(cell(model, u"P07.txt"_s, 0, ImportFilesModel::TurnsRole).toInt() == 4);
    CHECK(cell(model, u"P07.txt"_s, ImportFilesModel::StructureColumn).toString() == u"4 turns"_s);
    CHECK(cell(model, u"P07.txt"_s, ImportFilesModel::EncodingColumn).toString().isEmpty() == false);
    CHECK(cell(model, u"Notes.txt"_s, ImportFilesModel::KindColumn).toString() == u"Document"_s);
    CHECK(stateOf(model, u"broken.txt"_s) == ImportFilesModel::State::Unreadable);
    CHECK(cell(model, u"broken.txt"_s, ImportFilesModel::StatusColumn).toString().contains(u"broken.txt"_s));
    const int forms_ = cell(model, u"session_feedback.csv"_s, 0, ImportFilesModel::DocumentsRole).toInt();
    CHECK(forms_ >= 20);
    CHECK(cell(model, u"session_feedback.csv"_s, ImportFilesModel::KindColumn).toString()
            == u"Feedback form"_s);
    // A table's kind and participants come from its rows: not editable.
    const QModelIndex formKind = model.index(rowOf(model, u"session_feedback.csv"_s),
            ImportFilesModel::KindColumn);
    CHECK_FALSE(formKind.flags().testFlag(Qt::ItemIsEditable));

    // The user says Notes is a journal of P01's: the file is read again as a journal.
    const int notes = rowOf(model, u"Notes.txt"_s);
    REQUIRE(dialog.model()->setData(model.index(notes, ImportFilesModel::KindColumn),
            static_cast<int>(DocumentKind::Journal)));
    REQUIRE(dialog.model()->setData(
            model.index(notes, ImportFilesModel::ParticipantColumn), u"P01"_s));
    CHECK(dialog.isPreviewing());
    REQUIRE(waitForPreviews(dialog));
    CHECK(cell(model, u"Notes.txt"_s, ImportFilesModel::KindColumn).toString() == u"Journal"_s);
    CHECK(cell(model, u"Notes.txt"_s, 0, ImportFilesModel::EntriesRole).toInt() == 1);
    CHECK(cell(model, u"Notes.txt"_s, ImportFilesModel::ParticipantColumn).toString() == u"P01"_s);
    CHECK(dialog.summaryText().startsWith(u"%1 documents to import"_s.arg(forms_ + 2)));

    REQUIRE(dialog.startImport());
    CHECK(session.isRefreshPaused());
    REQUIRE((finished.size() == 1 || finished.wait(30000)));
    CHECK_FALSE(session.isRefreshPaused());
    CHECK(dialog.model()->summary().imported == forms_ + 2);
    CHECK(dialog.model()->summary().failed == 0);
    CHECK(dialog.summaryText().startsWith(u"%1 documents imported"_s.arg(forms_ + 2)));
    CHECK(stateOf(model, u"P07.txt"_s) == ImportFilesModel::State::Imported);
    CHECK(stateOf(model, u"broken.txt"_s) == ImportFilesModel::State::Unreadable);

    weft::storage::Project &project = *session.project();
    const auto notesDocument = project.documents().resolve("Notes");
    REQUIRE(notesDocument.ok());
    CHECK(notesDocument->kind == DocumentKind::Journal);
    REQUIRE(notesDocument->participantId.has_value());
    CHECK(project.participants().get(*notesDocument->participantId)->label == "P01");
    const auto p07 = project.documents().resolve("P07");
    REQUIRE(p07.ok());
    CHECK(p07->kind == DocumentKind::Interview);
    const auto info = project.info();
    REQUIRE(info.ok());
    CHECK(info->documents.at(DocumentKind::Feedback) == forms_);
    // The models caught up once the import was done.
    CHECK(outline(*session.documentModel()).contains(u"  P07"_s));

    INFO(messages.messages().join(u"\n"_s).toStdString());
    CHECK(messages.messages().isEmpty());
}

TEST_CASE("gui: stopping an import keeps what was imported and nothing half", "[gui]")
{
    SampleFixture fixture;
    for (int i = 0; i < 80; ++i) {
        fixture.writeFile(u"many/note%1.txt"_s.arg(i, 3, 10, QChar(u'0')),
                QByteArray("Note number ") + QByteArray::number(i) + " about the sessions.\n");
    }
    weft::app::ProjectSession session;
    REQUIRE(session.open(fixture.projectPath()));
    const auto before = session.project()->documents().count();
    REQUIRE(before.ok());

    weft::app::ImportDialog dialog(&session);
    QSignalSpy finished(&dialog, &weft::app::ImportDialog::importFinished);
    dialog.addPaths({fixture.folder() + u"/many"_s});
    REQUIRE(waitForPreviews(dialog));
    REQUIRE(dialog.startImport());
    dialog.reject(); // closing while importing stops it
    CHECK(dialog.isImporting());
    REQUIRE((finished.size() == 1 || finished.wait(30000)));

    const auto summary = dialog.model()->summary();
    CHECK(summary.notImported > 0);
    CHECK(summary.imported + summary.notImported == 80);
    const auto after = session.project()->documents().count();
    REQUIRE(after.ok());
    CHECK(*after - *before == summary.imported);
    CHECK(dialog.summaryText().contains(u"not imported (stopped)"_s));
}

TEST_CASE("gui: the participants tab shows typed attributes and imports a table", "[gui]")
{
    SampleFixture fixture;
    ModelTesterMessages messages;
    weft::app::MainWindow window;
    auto presenter = std::make_unique<RecordingPresenter>();
    RecordingPresenter *warnings = presenter.get();
    window.setWarningPresenter(std::move(presenter));
    QAbstractItemModelTester tester(window.session()->participantModel(), Mode::Warning);
    REQUIRE(window.openProject(fixture.projectPath()));

    const weft::app::ParticipantTableModel &model = *window.session()->participantModel();
    REQUIRE(model.rowCount() == 1); // P01, from the fixture's interview
    REQUIRE(window.importController()->importParticipants(sampleFile("participants.csv")));
    CHECK(warnings->warnings.isEmpty());
    REQUIRE(model.rowCount() == 6);

    QStringList headers;
    for (int column = 0; column < model.columnCount(); ++column)
        headers.append(model.headerData(column, Qt::Horizontal).toString());
    CHECK(headers.mid(0, 3) == QStringList{u"Participant"_s, u"Name"_s, u"Docs"_s});
    CHECK(headers.contains(u"age"_s));
    CHECK(headers.contains(u"site"_s));
    const int age = int(headers.indexOf(u"age"_s));

    const QModelIndex p01 = model.index(0, weft::app::ParticipantTableModel::LabelColumn);
    CHECK(p01.data().toString() == u"P01"_s);
    CHECK(p01.siblingAtColumn(weft::app::ParticipantTableModel::DocumentsColumn).data().toInt() == 1);
    CHECK(p01.siblingAtColumn(age).data().toString() == u"19"_s);
    // Numbers sort as numbers.
    CHECK(p01.siblingAtColumn(age).data(weft::app::ParticipantTableModel::SortRole).typeId()
            == QMetaType::Double);
    CHECK(window.participantsPanel()->view()->model()->rowCount() == 6);

    // A file that is not a table is refused with one warning and changes nothing.
    const QString bad = fixture.writeFile(u"people.txt"_s, "not a table");
    CHECK_FALSE(window.importController()->importParticipants(bad));
    CHECK(warnings->warnings.size() == 1);
    CHECK(model.rowCount() == 6);

    INFO(messages.messages().join(u"\n"_s).toStdString());
    CHECK(messages.messages().isEmpty());
}
