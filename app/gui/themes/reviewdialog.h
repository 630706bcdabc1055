// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/entities.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace weft::app {

/// Asks a reviewer for the comment that goes with a review decision on a theme. Sending back
/// and commenting need a comment: the dialog refuses to close on an empty one and says why.
class ReviewDialog : public QDialog {
    Q_OBJECT

public:
    ReviewDialog(core::ReviewDecision decision, const QString &themeName, const QString &reviewer,
                 QWidget *parent = nullptr);

    static bool needsComment(core::ReviewDecision decision);

    QString comment() const;
    void setComment(const QString &text);
    QPlainTextEdit *editor() const { return m_comment; }
    /// The message shown when the comment is missing (empty while none is shown).
    QString problem() const;

    void accept() override;

private:
    core::ReviewDecision m_decision;
    QPlainTextEdit *m_comment;
    QLabel *m_problem;
    QPushButton *m_ok;
};

} // namespace weft::app
