// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/codebook/codebookcontroller.h"

#include "app/gui/codebook/codebookpanel.h"
#include "app/gui/codebook/codepickerdialog.h"
#include "app/gui/commands/addcodecommand.h"
#include "app/gui/commands/deletecodecommand.h"
#include "app/gui/commands/describecodecommand.h"
#include "app/gui/commands/mergecodescommand.h"
#include "app/gui/commands/recolorcodecommand.h"
#include "app/gui/commands/renamecodecommand.h"
#include "app/gui/confirmer.h"
#include "app/gui/models/codebookmodel.h"
#include "app/gui/models/codecolors.h"
#include "app/gui/session/projectsession.h"

#include <QAction>
#include <QColorDialog>
#include <QInputDialog>
#include <QLocale>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace weft::app {

CodebookController::CodebookController(ProjectSession *session, CodebookPanel *panel)
    : QObject(panel)
    , m_session(session)
    , m_panel(panel)
    , m_confirmer(std::make_unique<Confirmer>())
    , m_newCode(new QAction(tr("&New Code…"), this))
    , m_newSubcode(new QAction(tr("New &Sub-code…"), this))
    , m_rename(new QAction(tr("&Rename"), this))
    , m_color(new QAction(tr("&Colour…"), this))
    , m_describe(new QAction(tr("&Description…"), this))
    , m_merge(new QAction(tr("&Merge Into…"), this))
    , m_delete(new QAction(tr("&Delete Code…"), this))
{
    m_newCode->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_newCode->setIconText(tr("+ New"));
    m_newCode->setToolTip(tr("New code (Ctrl+Shift+N)"));
    m_rename->setShortcut(QKeySequence(Qt::Key_F2));
    m_rename->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_describe->setStatusTip(tr("Definition, when to use the code and when not, an example."));
    m_panel->addAction(m_rename);
    m_panel->addAction(m_delete);
    m_panel->addAction(m_newCode);
    m_panel->setActions(m_newCode,
            {m_newCode, m_newSubcode, m_rename, m_color, m_describe, m_merge, m_delete});

    connect(m_newCode, &QAction::triggered, this, [this] { newCodeInteractive(false); });
    connect(m_newSubcode, &QAction::triggered, this, [this] { newCodeInteractive(true); });
    connect(m_rename, &QAction::triggered, this, [this] {
        if (auto code = m_panel->currentCode())
            m_panel->editName(*code);
    });
    connect(m_color, &QAction::triggered, this, &CodebookController::chooseColor);
    connect(m_describe, &QAction::triggered, this, &CodebookController::editDescription);
    connect(m_merge, &QAction::triggered, this, &CodebookController::chooseMergeTarget);
    connect(m_delete, &QAction::triggered, this, [this] {
        if (auto code = m_panel->currentCode())
            deleteCode(*code);
    });
    connect(m_panel, &CodebookPanel::currentCodeChanged, this, &CodebookController::updateActions);
    connect(m_session, &ProjectSession::opened, this, &CodebookController::updateActions);
    connect(m_session, &ProjectSession::closed, this, &CodebookController::updateActions);
    updateActions();
}

CodebookController::~CodebookController() = default;

void CodebookController::setConfirmer(std::unique_ptr<Confirmer> confirmer)
{
    m_confirmer = std::move(confirmer);
}

void CodebookController::updateActions()
{
    const bool open = m_session->isOpen();
    const bool current = open && m_panel->currentCode().has_value();
    m_newCode->setEnabled(open);
    for (QAction *action : {m_newSubcode, m_rename, m_color, m_describe, m_merge, m_delete})
        action->setEnabled(current);
}

QString CodebookController::pathOf(core::Id codeId) const
{
    return QString::fromStdString(m_session->codebookModel()->tree().path(codeId));
}

std::string CodebookController::uuidOf(core::Id codeId) const
{
    const core::Code *code = m_session->codebookModel()->tree().find(codeId);
    return code ? code->uuid : std::string();
}

std::optional<core::Id> CodebookController::addCode(
        std::optional<core::Id> parentId, const QString &name)
{
    const QString trimmed = name.simplified();
    if (!m_session->isOpen() || trimmed.isEmpty())
        return std::nullopt;
    if (!m_session->execute(new AddCodeCommand(
                m_session, storage::NewCode{parentId, trimmed.toStdString(), {}, {}})))
        return std::nullopt;
    // The command the stack now holds on top knows the new code.
    const QUndoStack *stack = m_session->undoStack();
    const auto *added = dynamic_cast<const AddCodeCommand *>(stack->command(stack->index() - 1));
    if (!added || added->codeId() == 0)
        return std::nullopt;
    const core::Id created = added->codeId();
    m_panel->selectCode(created);
    return created;
}

bool CodebookController::renameCode(core::Id codeId, const QString &name)
{
    const std::string uuid = uuidOf(codeId);
    if (uuid.empty() || name.simplified().isEmpty())
        return false;
    return m_session->execute(new RenameCodeCommand(m_session, uuid, name.simplified()));
}

bool CodebookController::recolorCode(core::Id codeId, const QColor &color)
{
    const std::string uuid = uuidOf(codeId);
    if (uuid.empty())
        return false;
    const std::optional<std::string> value = color.isValid()
            ? std::optional(color.name(QColor::HexRgb).toStdString())
            : std::nullopt;
    return m_session->execute(new RecolorCodeCommand(m_session, uuid, value, pathOf(codeId)));
}

bool CodebookController::describeCode(core::Id codeId, const QString &description)
{
    const std::string uuid = uuidOf(codeId);
    if (uuid.empty())
        return false;
    const QString text = description.trimmed();
    const std::optional<std::string> value
            = text.isEmpty() ? std::nullopt : std::optional(text.toStdString());
    return m_session->execute(new DescribeCodeCommand(m_session, uuid, value, pathOf(codeId)));
}

bool CodebookController::mergeCodes(core::Id sourceId, core::Id targetId)
{
    const std::string source = uuidOf(sourceId);
    const std::string target = uuidOf(targetId);
    if (source.empty() || target.empty() || sourceId == targetId)
        return false;
    const QString sourcePath = pathOf(sourceId);
    const QString targetPath = pathOf(targetId);
    if (!m_session->execute(new MergeCodesCommand(m_session, source, target, sourcePath, targetPath)))
        return false;
    m_panel->selectCode(targetId);
    return true;
}

bool CodebookController::deleteCode(core::Id codeId)
{
    const std::string uuid = uuidOf(codeId);
    if (uuid.empty())
        return false;
    const CodebookModel *model = m_session->codebookModel();
    const auto codings = static_cast<qlonglong>(model->totalCodingCount(codeId));
    const auto subcodes = static_cast<qlonglong>(model->tree().subtree(codeId).size() - 1);
    const QString path = pathOf(codeId);
    QString question = codings == 1
            ? tr("Delete the code “%1” and its one coding?").arg(path)
            : tr("Delete the code “%1” and its %2 codings?").arg(path, QLocale().toString(codings));
    if (subcodes > 0) {
        question += u"\n"_s
                + (subcodes == 1 ? tr("Its sub-code goes with it.")
                                 : tr("Its %1 sub-codes go with it.").arg(subcodes));
    }
    question += u"\n\n"_s + tr("Edit > Undo brings everything back.");
    if (!m_confirmer->confirm(m_panel->window(), tr("Delete Code"), question, tr("Delete")))
        return false;
    return m_session->execute(new DeleteCodeCommand(m_session, uuid, path));
}

void CodebookController::newCodeInteractive(bool asSubcode)
{
    const std::optional<core::Id> parent = asSubcode ? m_panel->currentCode() : std::nullopt;
    if (asSubcode && !parent)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(m_panel->window(),
            asSubcode ? tr("New Sub-code") : tr("New Code"),
            asSubcode ? tr("Name of the new code under “%1”:").arg(pathOf(*parent))
                      : tr("Name of the new code:"),
            QLineEdit::Normal, QString(), &ok);
    if (ok)
        addCode(parent, name);
}

void CodebookController::chooseColor()
{
    const auto code = m_panel->currentCode();
    if (!code)
        return;
    const QColor current = CodeColors::color(m_session->codebookModel()->tree(), *code);
    const QColor color = QColorDialog::getColor(
            current, m_panel->window(), tr("Colour of “%1”").arg(pathOf(*code)));
    if (color.isValid())
        recolorCode(*code, color);
}

void CodebookController::editDescription()
{
    const auto code = m_panel->currentCode();
    if (!code)
        return;
    const core::Code *entry = m_session->codebookModel()->tree().find(*code);
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(m_panel->window(), tr("Describe Code"),
            tr("What “%1” means, when to use it and when not, an example:").arg(pathOf(*code)),
            entry && entry->description ? QString::fromStdString(*entry->description) : QString(),
            &ok);
    if (ok)
        describeCode(*code, text);
}

void CodebookController::chooseMergeTarget()
{
    const auto source = m_panel->currentCode();
    if (!source)
        return;
    CodePickerDialog dialog(m_session->codebookModel(), tr("Merge Code"),
            tr("Merge “%1” into: its codings, sub-codes and memos move there, and “%1” goes.")
                    .arg(pathOf(*source)),
            m_panel->window());
    dialog.setExcluded(m_session->codebookModel()->tree().subtree(*source));
    if (dialog.exec() == QDialog::Accepted) {
        if (auto target = dialog.chosenCode())
            mergeCodes(*source, *target);
    }
}

} // namespace weft::app
