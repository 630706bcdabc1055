// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/entities.h"

#include <QDialog>

#include <optional>
#include <vector>

class QDialogButtonBox;
class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

namespace weft::app {

class CodebookModel;

/// Asks for one code of the codebook: a filter box over the tree. Codes listed as excluded
/// (say, a code and its sub-codes when choosing where to merge it) cannot be chosen.
class CodePickerDialog : public QDialog {
    Q_OBJECT

public:
    CodePickerDialog(CodebookModel *codebook, const QString &title, const QString &prompt,
            QWidget *parent = nullptr);

    void setExcluded(std::vector<core::Id> codeIds);
    std::optional<core::Id> chosenCode() const;
    /// Makes a code the current choice (for tests and for a sensible default).
    void choose(core::Id codeId);
    QLineEdit *filterEdit() const { return m_filter; }

private:
    void updateButtons();

    CodebookModel *m_codebook;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTreeView *m_view;
    QDialogButtonBox *m_buttons;
    std::vector<core::Id> m_excluded;
};

} // namespace weft::app
