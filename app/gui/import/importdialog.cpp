// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/import/importdialog.h"

#include "app/gui/import/documentkinddelegate.h"
#include "app/gui/import/importfilesmodel.h"
#include "app/gui/import/importpreviewer.h"
#include "app/gui/import/importrunner.h"
#include "app/gui/models/documentkindnames.h"
#include "app/gui/session/projectsession.h"
#include "core/import/readerregistry.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>

#include <map>

using namespace Qt::StringLiterals;

namespace weft::app {

namespace {
const auto kLastFolderKey = u"import/lastFolder"_s;

QString lastFolder()
{
    return QSettings().value(kLastFolderKey, QDir::homePath()).toString();
}

QString counted(int n, const QString &one, const QString &many)
{
    return (n == 1 ? one : many).arg(QLocale().toString(n));
}
} // namespace

ImportDialog::ImportDialog(ProjectSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_model(new ImportFilesModel(this))
    , m_previewer(new ImportPreviewer(this))
    , m_runner(new ImportRunner(this))
    , m_view(new QTableView(this))
    , m_addFiles(new QPushButton(tr("Add &Files…"), this))
    , m_addFolder(new QPushButton(tr("Add F&older…"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_summary(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_import(m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole))
{
    setWindowTitle(tr("Import Documents"));
    resize(980, 520);

    auto *intro = new QLabel(tr("Add interview transcripts, journals and feedback-form tables. "
                                "Weft reads each file first and shows what it found; correct the "
                                "kind or participant of a file before importing."),
            this);
    intro->setWordWrap(true);

    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(
            ImportFilesModel::KindColumn, new DocumentKindDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked
            | QAbstractItemView::EditKeyPressed);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(
            ImportFilesModel::FileColumn, QHeaderView::Interactive);
    m_view->setColumnWidth(ImportFilesModel::FileColumn, 220);
    m_view->setColumnWidth(ImportFilesModel::KindColumn, 120);
    m_view->setColumnWidth(ImportFilesModel::ParticipantColumn, 110);
    m_view->setColumnWidth(ImportFilesModel::EncodingColumn, 100);
    m_view->setColumnWidth(ImportFilesModel::StructureColumn, 160);

    m_progress->setVisible(false);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *pick = new QHBoxLayout;
    pick->addWidget(m_addFiles);
    pick->addWidget(m_addFolder);
    pick->addWidget(m_remove);
    pick->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(pick);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);

    connect(m_addFiles, &QPushButton::clicked, this, &ImportDialog::chooseFiles);
    connect(m_addFolder, &QPushButton::clicked, this, &ImportDialog::chooseFolder);
    connect(m_remove, &QPushButton::clicked, this, &ImportDialog::removeSelected);
    connect(m_import, &QPushButton::clicked, this, [this] {
        if (m_model->isFinished())
            accept();
        else
            startImport();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    connect(m_model, &ImportFilesModel::previewRequested, m_previewer,
            [this](int ticket, const QString &path, int kind) {
                m_previewer->request(ticket, path,
                        kind < 0 ? std::nullopt
                                 : std::optional(static_cast<core::DocumentKind>(kind)));
            });
    connect(m_previewer, &ImportPreviewer::previewed, m_model, &ImportFilesModel::setPreview);
    connect(m_previewer, &ImportPreviewer::idle, this, [this] {
        updateState();
        if (!m_model->isPreviewing())
            Q_EMIT previewsFinished();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ImportDialog::updateState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ImportDialog::updateState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ImportDialog::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ImportDialog::updateState);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ImportDialog::updateState);
    connect(m_runner, &ImportRunner::progress, this, &ImportDialog::onProgress);
    connect(m_runner, &ImportRunner::finished, this,
            [this](const std::vector<services::ImportedFile> &files) {
                m_model->setResults(files, m_runner->wasCancelled());
                onFinished();
            });
    updateState();
}

ImportDialog::~ImportDialog()
{
    // The runner's destructor waits for the worker; only then may refreshes read again.
    delete m_runner;
    m_runner = nullptr;
    if (m_refreshPaused)
        m_session->resumeRefresh();
}

void ImportDialog::addPaths(const QStringList &paths)
{
    m_model->addPaths(paths);
    m_view->resizeColumnToContents(ImportFilesModel::FileColumn);
    if (m_view->columnWidth(ImportFilesModel::FileColumn) > 320)
        m_view->setColumnWidth(ImportFilesModel::FileColumn, 320);
}

void ImportDialog::chooseFiles()
{
    QStringList patterns;
    for (const std::string &extension : core::supportedImportExtensions())
        patterns.append(u"*."_s + QString::fromStdString(extension));
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Add Files"), lastFolder(),
            tr("Importable files (%1)").arg(patterns.join(u' ')) + u";;"_s
                    + tr("All files (*)"));
    if (files.isEmpty())
        return;
    QSettings().setValue(kLastFolderKey, QFileInfo(files.first()).absolutePath());
    addPaths(files);
}

void ImportDialog::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Add Folder"), lastFolder());
    if (folder.isEmpty())
        return;
    QSettings().setValue(kLastFolderKey, folder);
    addPaths({folder});
}

void ImportDialog::removeSelected()
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows.append(index.row());
    m_model->removeFiles(rows);
}

bool ImportDialog::isImporting() const
{
    return m_runner && m_runner->isRunning();
}

bool ImportDialog::isPreviewing() const
{
    return m_model->isPreviewing();
}

bool ImportDialog::startImport()
{
    if (isImporting() || m_model->isFinished() || m_model->isPreviewing()
            || !m_session->isOpen())
        return false;
    std::size_t files = 0;
    std::vector<services::ImportRequest> requests = m_model->requests(&files);
    if (files == 0)
        return false;
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_session->pauseRefresh();
    m_refreshPaused = true;
    m_progress->setRange(0, static_cast<int>(files));
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_runner->start(m_session->project(), std::move(requests), files);
    updateState();
    return true;
}

void ImportDialog::stopImport()
{
    if (isImporting())
        m_runner->cancel();
}

void ImportDialog::reject()
{
    // Closing while importing stops the import; the dialog closes once it has stopped.
    if (isImporting()) {
        stopImport();
        m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(false);
        return;
    }
    QDialog::reject();
}

void ImportDialog::onProgress(int done, int total)
{
    m_progress->setMaximum(total);
    m_progress->setValue(done);
    m_progress->setFormat(tr("%1 of %2 files").arg(done).arg(total));
}

void ImportDialog::onFinished()
{
    if (m_refreshPaused) {
        m_refreshPaused = false;
        m_session->resumeRefresh();
    }
    m_progress->setVisible(false);
    m_summary->setText(resultSummary());
    updateState();
    Q_EMIT importFinished();
}

void ImportDialog::updateState()
{
    const bool importing = isImporting();
    const bool finished = m_model->isFinished();
    const bool previewing = m_model->isPreviewing();
    std::size_t files = 0;
    m_model->requests(&files);
    m_addFiles->setEnabled(!importing);
    m_addFolder->setEnabled(!importing);
    m_remove->setEnabled(!importing && !finished && m_view->selectionModel()->hasSelection());
    m_import->setText(finished ? tr("&Done") : tr("&Import"));
    m_import->setEnabled(finished || (!importing && !previewing && files > 0));
    m_import->setDefault(true);
    QPushButton *cancel = m_buttons->button(QDialogButtonBox::Cancel);
    cancel->setText(importing ? tr("&Stop") : finished ? tr("&Close") : tr("Cancel"));
    cancel->setVisible(!finished);
    if (!importing && !finished)
        m_summary->setText(previewSummary());
}

QString ImportDialog::previewSummary() const
{
    if (m_model->rowCount() == 0)
        return tr("No files yet.");
    if (m_model->isPreviewing())
        return tr("Reading the files…");
    std::map<int, int> kinds;
    int documents = 0;
    int unreadable = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        const auto state
                = static_cast<ImportFilesModel::State>(index.data(ImportFilesModel::StateRole).toInt());
        if (state == ImportFilesModel::State::Unreadable) {
            ++unreadable;
            continue;
        }
        if (index.data(Qt::CheckStateRole).value<Qt::CheckState>() != Qt::Checked)
            continue;
        const int count = index.data(ImportFilesModel::DocumentsRole).toInt();
        documents += count;
        kinds[index.data(ImportFilesModel::KindRole).toInt()] += count;
    }
    QStringList parts;
    for (const auto &[kind, count] : kinds)
        parts.append(u"%1 × %2"_s.arg(QLocale().toString(count),
                documentKindName(static_cast<core::DocumentKind>(kind))));
    QString text = counted(documents, tr("%1 document to import"), tr("%1 documents to import"));
    if (!parts.isEmpty())
        text += u": "_s + parts.join(u", "_s);
    text += u"."_s;
    if (unreadable > 0) {
        text += u" "_s
                + counted(unreadable, tr("%1 file cannot be imported (see Status)."),
                        tr("%1 files cannot be imported (see Status)."));
    }
    return text;
}

QString ImportDialog::resultSummary() const
{
    const ImportFilesModel::Summary s = m_model->summary();
    QStringList parts{
            counted(s.imported, tr("%1 document imported"), tr("%1 documents imported"))};
    if (s.skipped > 0) {
        parts.append(counted(s.skipped, tr("%1 skipped (its text is already in the project)"),
                tr("%1 skipped (their text is already in the project)")));
    }
    if (s.failed > 0)
        parts.append(counted(s.failed, tr("%1 file failed"), tr("%1 files failed")));
    if (s.notImported > 0) {
        parts.append(counted(s.notImported, tr("%1 file not imported (stopped)"),
                tr("%1 files not imported (stopped)")));
    }
    return parts.join(u"; "_s) + u"."_s;
}

QString ImportDialog::summaryText() const
{
    return m_summary->text();
}

} // namespace weft::app
