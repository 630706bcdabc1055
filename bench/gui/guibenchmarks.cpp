// SPDX-License-Identifier: GPL-3.0-or-later
// The scale budgets, measured on the real main window (offscreen platform, 1400 x 880).
// Painting is forced with repaint(), so every timing includes the frame the user would see.

#include "bench/gui/guibenchmarks.h"

#include "app/gui/codebook/codebookpanel.h"
#include "app/gui/commands/applycodingcommand.h"
#include "app/gui/documents/codingcontroller.h"
#include "app/gui/documents/documentviewer.h"
#include "app/gui/mainwindow.h"
#include "app/gui/models/codebookmodel.h"
#include "app/gui/session/projectsession.h"
#include "app/gui/warningpresenter.h"
#include "bench/gui/guiworkload.h"
#include "bench/report.h"
#include "bench/timing.h"
#include "storage/project.h"

#include <QApplication>
#include <QLineEdit>
#include <QScrollBar>
#include <QTreeView>

#include <iostream>
#include <memory>

using namespace Qt::StringLiterals;

namespace weft::bench {

namespace {

/// Warnings go to stderr: a benchmark never waits on a message box.
class PrintedWarnings : public app::WarningPresenter {
public:
    void showWarning(QWidget *, const QString &title, const QString &message) override
    {
        std::cerr << "warning: " << title.toStdString() << ": " << message.toStdString() << '\n';
    }
};

/// The main window as a researcher has it, on a project.
class Workbench {
public:
    explicit Workbench(const std::filesystem::path &project)
    {
        m_window.setWarningPresenter(std::make_unique<PrintedWarnings>());
        m_window.resize(1400, 880);
        m_window.show();
        QApplication::processEvents();
        if (!m_window.openProject(QString::fromStdString(project.string())))
            throw BenchError("cannot open " + project.string());
        QApplication::processEvents();
    }

    app::MainWindow &window() { return m_window; }
    app::ProjectSession &session() { return *m_window.session(); }
    storage::Project &project() { return *session().project(); }
    app::DocumentViewer &viewer() { return *m_window.documentViewer(); }
    void paintText() { viewer().textView()->viewport()->repaint(); }
    core::Id documentId(const std::string &name)
    {
        return need(project().documents().resolve(name), "find " + name).id;
    }
    void show(const std::string &document)
    {
        if (!m_window.showDocument(QString::fromStdString(document)))
            throw BenchError("cannot show " + document);
    }

private:
    app::MainWindow m_window;
};

std::string countText(std::int64_t n)
{
    std::string text = std::to_string(n);
    for (int at = int(text.size()) - 3; at > 0; at -= 3)
        text.insert(static_cast<std::size_t>(at), ",");
    return text;
}

void timeOpenTranscript(Workbench &bench, const GuiWorkload &workload, int repeat, Report &report)
{
    Measurement m{"gui", "gui_open_transcript", "open + first paint, 1,000,000-char transcript"};
    m.goal = 300.0;
    std::size_t codings = 0;
    for (int run = 0; run < repeat; ++run) {
        bench.show("Short");
        bench.paintText();
        QApplication::processEvents();
        m.add(timed([&] {
            bench.show("Long");
            bench.paintText();
        }));
        codings = bench.viewer().highlights().spans().size();
    }
    m.detail = "MainWindow::showDocument + the text pane's first repaint; "
            + countText(workload.transcriptCharacters) + " characters, " + countText(std::int64_t(codings))
            + " codings over 200 codes, 1400x880 window";
    report.add(std::move(m));
}

void timeScrolling(Workbench &bench, int repeat, Report &report)
{
    QScrollBar *scroll = bench.viewer().textView()->verticalScrollBar();
    Measurement step{"gui", "gui_scroll_step", "scroll one page + paint"};
    step.goal = 16.0; // a frame at 60 Hz
    Measurement jump{"gui", "gui_scroll_jump", "jump anywhere (scroll bar drag) + paint"};
    jump.goal = 50.0;
    for (int run = 0; run < repeat; ++run) {
        // Paging down from a different place each run, 40 pages.
        scroll->setValue(scroll->maximum() / (run + 2));
        bench.paintText();
        for (int page = 0; page < 40; ++page) {
            step.add(timed([&] {
                scroll->setValue(scroll->value() + scroll->pageStep());
                bench.paintText();
            }));
        }
        // Thumb drags across the document: every position a fresh stretch of text.
        for (int at = 0; at < 20; ++at) {
            const int target = int(std::int64_t(scroll->maximum()) * ((at * 7 + run) % 20) / 20);
            jump.add(timed([&] {
                scroll->setValue(target);
                bench.paintText();
            }));
        }
    }
    step.detail = "QScrollBar::setValue(value + pageStep) + repaint, 40 pages per run";
    jump.detail = "QScrollBar::setValue to 20 spread positions + repaint per run";
    report.add(std::move(step));
    report.add(std::move(jump));
}

void timeApplyCode(Workbench &bench, int repeat, Report &report, const std::string &document,
        const std::string &label, const std::string &keyPrefix, bool commandBudget)
{
    app::ProjectSession &session = bench.session();
    const core::Id documentId = bench.documentId(document);
    const core::CodeTree &tree = session.codebookModel()->tree();
    const auto &leaves = tree.children(tree.children(0).front());
    const core::Id code = leaves.front();
    const QString path = QString::fromStdString(tree.path(code));
    const std::int64_t characters = need(bench.project().documents().get(documentId), "document").characters;

    Measurement command{"gui", keyPrefix + "_command", "apply a code: command + durable commit" + label};
    Measurement views{"gui", keyPrefix + "_views", "apply a code: every view updated + paint" + label};
    Measurement total{"gui", keyPrefix + "_total", "apply a code from the reader, all in" + label};
    if (commandBudget)
        command.goal = 5.0;
    views.goal = 50.0;
    total.goal = 50.0;
    const int runs = repeat * 4;
    for (int run = 0; run < runs; ++run) {
        const std::int64_t start = (characters / (runs + 1)) * (run + 1) + 7;
        bench.viewer().selectRange(start, start + 60);
        bench.paintText();
        QApplication::processEvents();
        // The command alone: views are held back (as during an import) and then catch up.
        session.pauseRefresh();
        command.add(timed([&] {
            session.execute(new app::ApplyCodingCommand(&session,
                    storage::NewCoding{documentId, code, start, start + 60, {}}, path));
        }));
        views.add(timed([&] {
            session.resumeRefresh();
            bench.paintText();
        }));
        // What the user does: Ctrl+K / the context menu / a drop end in applyCode.
        bench.viewer().selectRange(start + 100, start + 170);
        bench.paintText();
        QApplication::processEvents();
        total.add(timed([&] {
            if (!bench.window().codingController()->applyCode(code + 1))
                throw BenchError("applyCode failed");
            bench.paintText();
        }));
    }
    command.detail = "ProjectSession::execute(ApplyCodingCommand) with views paused: storage "
                     "insert, audit row, commit (synchronous = FULL), on " + document;
    views.detail = "ProjectSession::resumeRefresh: the reader's highlights and stripes, codebook "
                   "counts, document list, excerpts; + repaint";
    total.detail = "CodingController::applyCode on a selection + repaint";
    report.add(std::move(command));
    report.add(std::move(views));
    report.add(std::move(total));
}

} // namespace

void runReaderBenchmarks(const GuiWorkload &workload, int repeat, Report &report)
{
    Workbench bench(workload.transcript);
    timeOpenTranscript(bench, workload, repeat, report);
    timeScrolling(bench, repeat, report);
    timeApplyCode(bench, repeat, report, "Long", "", "gui_apply_code", true);
}

void runCodebookBenchmarks(const GuiWorkload &workload, int repeat, Report &report)
{
    Measurement open{"gui", "gui_open_codebook_project", "open a project: every panel's data"};
    std::unique_ptr<Workbench> bench;
    open.add(timed([&] { bench = std::make_unique<Workbench>(workload.codebook); }));
    open.detail = "MainWindow::openProject on 5,000 codes, 300 documents, 64,000 codings: document "
                  "list, codebook with all counts, participants, first document shown";
    report.add(std::move(open));
    app::ProjectSession &session = bench->session();
    app::CodebookPanel &codebook = *bench->window().codebookPanel();

    Measurement keystroke{"gui", "gui_codebook_filter", "filter 5,000 codes, per keystroke + paint"};
    keystroke.goal = 16.0;
    const QString typed = u"peer 3"_s;
    for (int run = 0; run < repeat; ++run) {
        for (int length = 1; length <= typed.size(); ++length) {
            keystroke.add(timed([&] {
                codebook.filterEdit()->setText(typed.left(length));
                codebook.view()->viewport()->repaint();
            }));
        }
        keystroke.add(timed([&] {
            codebook.filterEdit()->clear();
            codebook.view()->viewport()->repaint();
        }));
    }
    keystroke.detail = "typing \"peer 3\" letter by letter into the codebook filter, then clearing "
                       "it: proxy filtering (recursive), expandAll, repaint";
    report.add(std::move(keystroke));

    Measurement counts{"gui", "gui_code_counts_all", "count codings/documents/participants, all codes"};
    counts.goal = 150.0;
    std::size_t counted = 0;
    for (int run = 0; run < repeat; ++run)
        counts.add(timed([&] { counted = need(session.project()->codings().codeCounts(), "count").size(); }));
    counts.detail = "CodingStore::codeCounts() over 64,000 codings (" + countText(std::int64_t(counted))
            + " codes with codings): at open and after code merges, deletions, moves";
    report.add(std::move(counts));

    Measurement recount{"gui", "gui_codebook_recount", "codebook update after one coding"};
    recount.goal = 16.0;
    Measurement uncount{"gui", "gui_codebook_recount_removal", "codebook update after uncoding"};
    uncount.goal = 16.0;
    const core::CodeTree &tree = session.codebookModel()->tree();
    const core::Id top = tree.children(0).front();
    const core::Id leaf = tree.children(tree.children(top).front()).front();
    const core::Id document = bench->documentId("Interview 1");
    for (int run = 0; run < repeat * 4; ++run) {
        session.pauseRefresh();
        const auto added = need(session.project()->codings().add(
                                        {document, leaf, 100 + run * 50, 140 + run * 50, {}}),
                "add a coding");
        const QList<storage::ChangeEvent> events{
                {storage::EntityType::Coding, storage::ChangeKind::Added, added.coding.uuid}};
        recount.add(timed([&] { session.codebookModel()->onProjectChanged(events); }));
        session.resumeRefresh();
        // And taking it away again (undo): the removed coding no longer names its code.
        session.pauseRefresh();
        need(session.project()->codings().remove(added.coding.uuid), "remove a coding");
        const QList<storage::ChangeEvent> removal{
                {storage::EntityType::Coding, storage::ChangeKind::Removed, added.coding.uuid}};
        uncount.add(timed([&] { session.codebookModel()->onProjectChanged(removal); }));
        session.resumeRefresh();
    }
    recount.detail = "CodebookModel::onProjectChanged for one added coding: its code and the "
                     "codes above it counted again (codeCounts(ids)), rows updated in place";
    uncount.detail = "the same for a removed coding: a grouped count per code finds the code, "
                     "then as above";
    report.add(std::move(recount));
    report.add(std::move(uncount));

    bench->show("Interview 2");
    timeApplyCode(*bench, repeat, report, "Interview 2", " (64,000 codings)", "gui_apply_code_big",
            false);
}

} // namespace weft::bench
