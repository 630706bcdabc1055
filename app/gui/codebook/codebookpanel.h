// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QTreeView;

namespace weft::app {

class CodebookModel;

/// The "Codebook" panel: the code tree with colours and coding counts. View only for now;
/// code editing and coding from here arrive with the coding work.
class CodebookPanel : public QWidget {
    Q_OBJECT

public:
    explicit CodebookPanel(CodebookModel *model, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }

private:
    CodebookModel *m_model;
    QTreeView *m_view;
};

} // namespace weft::app
