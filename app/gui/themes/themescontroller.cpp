// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/themes/themescontroller.h"

#include "app/gui/codebook/codebookpanel.h"
#include "app/gui/commands/addthemecommand.h"
#include "app/gui/commands/deletethemecommand.h"
#include "app/gui/commands/editthemecommand.h"
#include "app/gui/commands/linkcodescommand.h"
#include "app/gui/commands/reviewthemecommand.h"
#include "app/gui/confirmer.h"
#include "app/gui/models/themetexts.h"
#include "app/gui/models/themetreemodel.h"
#include "app/gui/session/projectsession.h"
#include "app/gui/themes/reviewdialog.h"
#include "app/gui/themes/themedetails.h"
#include "app/gui/themes/themespanel.h"

#include <QAction>
#include <QActionGroup>
#include <QInputDialog>
#include <QListWidget>
#include <QMenu>
#include <QTreeView>
#include <QUndoStack>

#include <set>

using namespace Qt::StringLiterals;

namespace weft::app {

namespace {
constexpr core::ThemeStatus kStatuses[] = {core::ThemeStatus::Candidate,
        core::ThemeStatus::Reviewed, core::ThemeStatus::Final, core::ThemeStatus::Discarded};
} // namespace

ThemesController::ThemesController(
        ProjectSession *session, ThemesPanel *panel, CodebookPanel *codebook)
    : QObject(panel)
    , m_session(session)
    , m_panel(panel)
    , m_codebook(codebook)
    , m_confirmer(std::make_unique<Confirmer>())
    , m_newTheme(new QAction(tr("&New Theme…"), this))
    , m_newSubtheme(new QAction(tr("New &Sub-theme…"), this))
    , m_rename(new QAction(tr("&Rename Theme"), this))
    , m_define(new QAction(tr("Edit &Definition…"), this))
    , m_statusGroup(new QActionGroup(this))
    , m_delete(new QAction(tr("&Delete Theme…"), this))
    , m_linkCode(new QAction(tr("&Link Selected Code"), this))
    , m_unlink(new QAction(tr("&Unlink Code"), this))
    , m_askReview(new QAction(tr("&Ask for Review"), this))
    , m_comment(new QAction(tr("&Comment…"), this))
    , m_approve(new QAction(tr("A&pprove…"), this))
    , m_sendBack(new QAction(tr("Send &Back…"), this))
    , m_contextMenu(new QMenu(panel))
{
    m_newTheme->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_newTheme->setIconText(tr("+ New"));
    m_newTheme->setToolTip(tr("New theme (Ctrl+Shift+T)"));
    // F2 and Delete act on what has the focus: the tree's theme, or the codes picked in the
    // theme's list of codes (Delete unlinks them there).
    m_rename->setShortcut(QKeySequence(Qt::Key_F2));
    m_rename->setShortcutContext(Qt::WidgetShortcut);
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetShortcut);
    m_unlink->setShortcut(QKeySequence::Delete);
    m_unlink->setShortcutContext(Qt::WidgetShortcut);
    m_define->setIconText(tr("Edit…"));
    m_define->setStatusTip(tr("What the theme is about, what it is not, how it relates to others."));
    m_linkCode->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_linkCode->setStatusTip(tr("Links the code selected in the codebook to the current theme."));
    m_unlink->setIconText(tr("Unlink"));
    m_unlink->setStatusTip(tr("Unlinks the codes picked in the theme's list of codes."));
    m_askReview->setIconText(tr("Ask"));
    m_askReview->setToolTip(tr("Ask for a review of the theme"));
    m_comment->setIconText(tr("Comment…"));
    m_approve->setIconText(tr("Approve…"));
    m_sendBack->setIconText(tr("Send Back…"));
    m_sendBack->setStatusTip(tr("Returns the theme to Candidate with a comment on what to change."));
    m_statusGroup->setExclusive(true);
    for (core::ThemeStatus status : kStatuses) {
        QAction *action = m_statusGroup->addAction(ThemeTexts::statusName(status));
        action->setCheckable(true);
        action->setData(static_cast<int>(status));
        m_statusActions.append(action);
        connect(action, &QAction::triggered, this, [this, status] {
            if (auto uuid = m_panel->currentThemeUuid())
                setStatus(*uuid, status);
        });
    }
    m_panel->view()->addAction(m_rename);
    m_panel->view()->addAction(m_delete);
    m_panel->details()->codeList()->addAction(m_unlink);
    m_panel->addAction(m_newTheme);
    addActionsTo(m_contextMenu);
    m_panel->setActions(m_newTheme, m_contextMenu);
    m_panel->details()->setActions(
            m_define, m_unlink, {m_askReview, m_comment, m_approve, m_sendBack});

    connect(m_newTheme, &QAction::triggered, this, [this] { newThemeInteractive(false); });
    connect(m_newSubtheme, &QAction::triggered, this, [this] { newThemeInteractive(true); });
    connect(m_rename, &QAction::triggered, this, [this] {
        if (auto theme = m_panel->currentTheme())
            m_panel->editName(*theme);
    });
    connect(m_define, &QAction::triggered, this, &ThemesController::editDefinitionInteractive);
    connect(m_delete, &QAction::triggered, this, [this] {
        if (auto uuid = m_panel->currentThemeUuid())
            deleteTheme(*uuid);
    });
    connect(m_linkCode, &QAction::triggered, this, [this] {
        const auto uuid = m_panel->currentThemeUuid();
        const auto code = m_codebook ? m_codebook->currentCode() : std::nullopt;
        if (uuid && code)
            linkCodes(*uuid, {*code});
    });
    connect(m_unlink, &QAction::triggered, this, [this] {
        if (auto uuid = m_panel->currentThemeUuid())
            unlinkCodes(*uuid, m_panel->details()->selectedCodes());
    });
    connect(m_askReview, &QAction::triggered, this, [this] {
        if (auto uuid = m_panel->currentThemeUuid())
            review(*uuid, core::ReviewDecision::Request, {});
    });
    connect(m_comment, &QAction::triggered, this,
            [this] { reviewInteractive(core::ReviewDecision::Comment); });
    connect(m_approve, &QAction::triggered, this,
            [this] { reviewInteractive(core::ReviewDecision::Approve); });
    connect(m_sendBack, &QAction::triggered, this,
            [this] { reviewInteractive(core::ReviewDecision::SendBack); });
    if (m_codebook) {
        connect(m_codebook, &CodebookPanel::currentCodeChanged, this,
                &ThemesController::updateActions);
        connect(m_panel->details(), &ThemeDetails::codeActivated, m_codebook,
                [this](core::Id code) { m_codebook->selectCode(code); });
    }
    connect(m_panel, &ThemesPanel::currentThemeChanged, this, &ThemesController::updateActions);
    connect(m_panel->model(), &ThemeTreeModel::refreshed, this, &ThemesController::updateActions);
    connect(m_panel->details(), &ThemeDetails::codeSelectionChanged, this,
            &ThemesController::updateActions);
    connect(m_session, &ProjectSession::opened, this, &ThemesController::updateActions);
    connect(m_session, &ProjectSession::closed, this, &ThemesController::updateActions);
    updateActions();
}

ThemesController::~ThemesController() = default;

void ThemesController::setConfirmer(std::unique_ptr<Confirmer> confirmer)
{
    m_confirmer = std::move(confirmer);
}

void ThemesController::addActionsTo(QMenu *menu) const
{
    menu->addAction(m_newTheme);
    menu->addAction(m_newSubtheme);
    menu->addAction(m_rename);
    menu->addAction(m_define);
    QMenu *status = menu->addMenu(tr("Set &Status"));
    status->addActions(m_statusActions);
    menu->addSeparator();
    menu->addAction(m_linkCode);
    menu->addAction(m_unlink);
    menu->addSeparator();
    QMenu *review = menu->addMenu(tr("Re&view"));
    review->addAction(m_askReview);
    review->addAction(m_comment);
    review->addAction(m_approve);
    review->addAction(m_sendBack);
    menu->addSeparator();
    menu->addAction(m_delete);
}

void ThemesController::updateActions()
{
    const bool open = m_session->isOpen();
    const auto theme = open ? m_panel->currentTheme() : std::nullopt;
    const services::ThemeSummary *summary = theme ? m_panel->model()->theme(*theme) : nullptr;
    m_newTheme->setEnabled(open);
    for (QAction *action : {m_newSubtheme, m_rename, m_define, m_delete, m_askReview, m_comment,
                 m_approve, m_sendBack})
        action->setEnabled(summary != nullptr);
    m_statusGroup->setEnabled(summary != nullptr);
    for (QAction *action : std::as_const(m_statusActions)) {
        action->setChecked(summary
                && action->data().toInt() == static_cast<int>(summary->theme.status));
    }
    if (summary) {
        // Asking again while a review is pending would say nothing new.
        m_askReview->setEnabled(summary->theme.reviewState != core::ReviewState::Awaiting);
    }
    const auto code = m_codebook ? m_codebook->currentCode() : std::nullopt;
    m_linkCode->setEnabled(summary && code
            && std::find(summary->linkedCodes.begin(), summary->linkedCodes.end(), *code)
                    == summary->linkedCodes.end());
    m_unlink->setEnabled(summary && !m_panel->details()->selectedCodes().empty());
}

QString ThemesController::nameOf(const std::string &themeUuid) const
{
    const services::ThemeSummary *summary = m_panel->model()->themeByUuid(themeUuid);
    return summary ? QString::fromStdString(summary->theme.name) : QString();
}

QString ThemesController::pathOf(const std::string &themeUuid) const
{
    const services::ThemeSummary *summary = m_panel->model()->themeByUuid(themeUuid);
    return summary ? QString::fromStdString(summary->path) : QString();
}

std::optional<std::string> ThemesController::addTheme(
        std::optional<core::Id> parentId, const QString &name)
{
    const QString trimmed = name.simplified();
    if (!m_session->isOpen() || trimmed.isEmpty())
        return std::nullopt;
    storage::NewTheme theme;
    theme.parentId = parentId;
    theme.name = trimmed.toStdString();
    if (!m_session->execute(new AddThemeCommand(m_session, theme)))
        return std::nullopt;
    // The command the stack now holds on top knows the new theme.
    const QUndoStack *stack = m_session->undoStack();
    const auto *added = dynamic_cast<const AddThemeCommand *>(stack->command(stack->index() - 1));
    if (!added || added->themeUuid().empty())
        return std::nullopt;
    if (const services::ThemeSummary *summary = m_panel->model()->themeByUuid(added->themeUuid()))
        m_panel->selectTheme(summary->theme.id);
    return added->themeUuid();
}

bool ThemesController::renameTheme(const std::string &themeUuid, const QString &name)
{
    const QString old = nameOf(themeUuid);
    const QString trimmed = name.simplified();
    if (old.isEmpty() || trimmed.isEmpty())
        return false;
    if (trimmed == old)
        return true;
    return m_session->execute(
            new EditThemeCommand(m_session, themeUuid, EditThemeCommand::Field::Name, trimmed, old));
}

bool ThemesController::defineTheme(const std::string &themeUuid, const QString &definition)
{
    const services::ThemeSummary *summary = m_panel->model()->themeByUuid(themeUuid);
    if (!summary)
        return false;
    const QString text = definition.trimmed();
    if (text.toStdString() == summary->theme.definition)
        return true;
    return m_session->execute(new EditThemeCommand(m_session, themeUuid,
            EditThemeCommand::Field::Definition, text, QString::fromStdString(summary->theme.name)));
}

bool ThemesController::setStatus(const std::string &themeUuid, core::ThemeStatus status)
{
    const services::ThemeSummary *summary = m_panel->model()->themeByUuid(themeUuid);
    if (!summary)
        return false;
    if (summary->theme.status == status)
        return true;
    return m_session->execute(new EditThemeCommand(m_session, themeUuid,
            EditThemeCommand::Field::Status, QString::fromUtf8(core::toString(status)),
            QString::fromStdString(summary->theme.name)));
}

bool ThemesController::deleteTheme(const std::string &themeUuid)
{
    const ThemeTreeModel *model = m_panel->model();
    const services::ThemeSummary *summary = model->themeByUuid(themeUuid);
    if (!summary)
        return false;
    // The theme's sub-themes (any depth) and all their code links go with it.
    std::set<core::Id> below{summary->theme.id};
    qlonglong links = static_cast<qlonglong>(summary->linkedCodes.size());
    for (core::Id id : model->themeOrder()) { // parents come before their children
        const services::ThemeSummary *other = model->theme(id);
        if (other && other->theme.parentId && below.count(*other->theme.parentId)) {
            below.insert(id);
            links += static_cast<qlonglong>(other->linkedCodes.size());
        }
    }
    const auto subthemes = static_cast<qlonglong>(below.size() - 1);
    const QString path = QString::fromStdString(summary->path);
    QString question = tr("Delete the theme “%1”?").arg(path);
    if (subthemes > 0)
        question += u"\n"_s
                + (subthemes == 1 ? tr("Its sub-theme goes with it.")
                                  : tr("Its %1 sub-themes go with it.").arg(subthemes));
    if (links > 0) {
        question += u"\n"_s
                + (links == 1 ? tr("Its link to a code goes; the code and its codings stay.")
                              : tr("%1 links to codes go; the codes and their codings stay.")
                                        .arg(links));
    }
    question += u"\n\n"_s + tr("Edit > Undo brings everything back.");
    if (!m_confirmer->confirm(m_panel->window(), tr("Delete Theme"), question, tr("Delete")))
        return false;
    return m_session->execute(new DeleteThemeCommand(m_session, themeUuid, path));
}

bool ThemesController::linkCodes(const std::string &themeUuid, const std::vector<core::Id> &codeIds)
{
    const QString name = nameOf(themeUuid);
    if (name.isEmpty() || codeIds.empty())
        return false;
    return m_session->execute(
            new LinkCodesCommand(m_session, themeUuid, codeIds, LinkCodesCommand::Mode::Link, name));
}

bool ThemesController::unlinkCodes(
        const std::string &themeUuid, const std::vector<core::Id> &codeIds)
{
    const QString name = nameOf(themeUuid);
    if (name.isEmpty() || codeIds.empty())
        return false;
    return m_session->execute(new LinkCodesCommand(
            m_session, themeUuid, codeIds, LinkCodesCommand::Mode::Unlink, name));
}

bool ThemesController::review(
        const std::string &themeUuid, core::ReviewDecision decision, const QString &comment)
{
    const QString name = nameOf(themeUuid);
    if (name.isEmpty())
        return false;
    const QString text = comment.trimmed();
    if (ReviewDialog::needsComment(decision) && text.isEmpty()) {
        m_session->warn(tr("Comment needed"),
                decision == core::ReviewDecision::SendBack
                        ? tr("Say what should change before sending “%1” back: the comment is "
                             "how its author learns what to do.")
                                  .arg(name)
                        : tr("Write a comment on “%1” first.").arg(name));
        return false;
    }
    return m_session->execute(
            new ReviewThemeCommand(m_session, themeUuid, decision, text, m_session->coder(), name));
}

void ThemesController::newThemeInteractive(bool asSubtheme)
{
    const std::optional<core::Id> parent = asSubtheme ? m_panel->currentTheme() : std::nullopt;
    if (asSubtheme && !parent)
        return;
    const services::ThemeSummary *summary = parent ? m_panel->model()->theme(*parent) : nullptr;
    bool ok = false;
    const QString name = QInputDialog::getText(m_panel->window(),
            asSubtheme ? tr("New Sub-theme") : tr("New Theme"),
            summary ? tr("Name of the new theme under “%1”:")
                              .arg(QString::fromStdString(summary->path))
                    : tr("Name of the new theme (a claim about the data reads best):"),
            QLineEdit::Normal, QString(), &ok);
    if (ok)
        addTheme(parent, name);
}

void ThemesController::editDefinitionInteractive()
{
    const auto uuid = m_panel->currentThemeUuid();
    const services::ThemeSummary *summary = uuid ? m_panel->model()->themeByUuid(*uuid) : nullptr;
    if (!summary)
        return;
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(m_panel->window(), tr("Define Theme"),
            tr("What “%1” is about, what it is not, and how it relates to the other themes:")
                    .arg(QString::fromStdString(summary->path)),
            QString::fromStdString(summary->theme.definition), &ok);
    if (ok)
        defineTheme(*uuid, text);
}

void ThemesController::reviewInteractive(core::ReviewDecision decision)
{
    const auto uuid = m_panel->currentThemeUuid();
    if (!uuid)
        return;
    ReviewDialog dialog(decision, pathOf(*uuid), m_session->coder(), m_panel->window());
    if (dialog.exec() == QDialog::Accepted)
        review(*uuid, decision, dialog.comment());
}

} // namespace weft::app
