// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/entities.h"

#include <QColor>
#include <QObject>

#include <memory>
#include <optional>

class QAction;

namespace weft::app {

class CodebookPanel;
class Confirmer;
class ProjectSession;

/// Editing the codebook: new code and sub-code, rename, colour, description, merge, delete.
/// The actions work on the codebook panel's current code; each change is an undo command.
/// The plain methods take their arguments (tests and other controllers call them); the
/// *Interactive ones ask the user first.
class CodebookController : public QObject {
    Q_OBJECT

public:
    CodebookController(ProjectSession *session, CodebookPanel *panel);
    ~CodebookController() override;

    void setConfirmer(std::unique_ptr<Confirmer> confirmer);

    QAction *newCodeAction() const { return m_newCode; }
    QAction *newSubcodeAction() const { return m_newSubcode; }
    QAction *renameAction() const { return m_rename; }
    QAction *colorAction() const { return m_color; }
    QAction *describeAction() const { return m_describe; }
    QAction *mergeAction() const { return m_merge; }
    QAction *deleteAction() const { return m_delete; }

    /// Creates a code; returns its id, or nullopt when it failed (the user has been told).
    std::optional<core::Id> addCode(std::optional<core::Id> parentId, const QString &name);
    bool renameCode(core::Id codeId, const QString &name);
    /// An invalid colour clears the code's own colour (it takes its parent's).
    bool recolorCode(core::Id codeId, const QColor &color);
    bool describeCode(core::Id codeId, const QString &description);
    bool mergeCodes(core::Id sourceId, core::Id targetId);
    /// Deletes after asking, with the number of codings (and sub-codes) that go with it.
    bool deleteCode(core::Id codeId);

    void newCodeInteractive(bool asSubcode);
    void chooseColor();
    void editDescription();
    void chooseMergeTarget();

private:
    void updateActions();
    QString pathOf(core::Id codeId) const;
    std::string uuidOf(core::Id codeId) const;

    ProjectSession *m_session;
    CodebookPanel *m_panel;
    std::unique_ptr<Confirmer> m_confirmer;
    QAction *m_newCode;
    QAction *m_newSubcode;
    QAction *m_rename;
    QAction *m_color;
    QAction *m_describe;
    QAction *m_merge;
    QAction *m_delete;
};

} // namespace weft::app
