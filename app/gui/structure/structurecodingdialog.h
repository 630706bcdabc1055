// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/services/structurecoding.h"
#include "core/model/entities.h"

#include <QDialog>

#include <map>
#include <optional>
#include <vector>

class QButtonGroup;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QListWidget;
class QRadioButton;

namespace weft::app {

class ProjectSession;

/// Code > Structure Coding…: codes every answer to one question, every turn of one speaker or
/// every journal entry in a date range, across the documents the user ticks, with one code.
/// It previews how many passages that is before anything changes; applying is one undoable
/// command.
class StructureCodingDialog : public QDialog {
    Q_OBJECT

public:
    using Target = services::StructureSelection::Target;

    /// `codeId`: the code to offer first (the one picked in the codebook), if any.
    StructureCodingDialog(ProjectSession *session, std::optional<core::Id> codeId,
            QWidget *parent = nullptr);

    void setTarget(Target target);
    Target target() const;
    /// The code path typed or chosen ("Parent/Child"; created when missing).
    QString codePath() const;
    void setCodePath(const QString &path);
    /// The question or speaker; the choices are those of the documents listed.
    QComboBox *labelChoice() const { return m_label; }
    QDateEdit *fromDate() const { return m_from; }
    QDateEdit *toDate() const { return m_to; }
    QComboBox *kindFilter() const { return m_kind; }
    QListWidget *documentList() const { return m_documents; }
    /// Ticks or unticks every document shown.
    void checkAll(bool checked);
    QLabel *previewLabel() const { return m_preview; }

    /// The selection as the dialog stands, and the ranges it picks (empty with `error` set
    /// when it picks nothing).
    services::StructureSelection selection() const;
    const std::vector<services::StructureRange> &ranges() const { return m_ranges; }
    /// Codes the previewed passages as one undo command. False when nothing was coded.
    bool apply();

    void accept() override;

private:
    void loadDocuments();
    void refreshChoices();
    void refreshPreview();
    std::vector<core::Id> checkedDocuments() const;
    std::int64_t alreadyCoded(core::Id codeId) const;

    ProjectSession *m_session;
    QComboBox *m_code;
    QButtonGroup *m_targets;
    QRadioButton *m_sections;
    QRadioButton *m_turns;
    QRadioButton *m_entries;
    QComboBox *m_label;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_kind;
    QListWidget *m_documents;
    QLabel *m_preview;
    QDialogButtonBox *m_buttons;
    QFormLayout *m_form;
    std::map<core::Id, std::vector<core::Segment>> m_segments;
    std::vector<services::StructureRange> m_ranges;
    bool m_updating = false;
};

} // namespace weft::app
