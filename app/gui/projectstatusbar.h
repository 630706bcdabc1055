// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStatusBar>

class QLabel;

namespace weft::app {

class ProjectSession;

/// The status bar: project title on the left; counts and the current coder on the right.
class ProjectStatusBar : public QStatusBar {
    Q_OBJECT

public:
    explicit ProjectStatusBar(ProjectSession *session, QWidget *parent = nullptr);

    QString titleText() const;
    QString countsText() const;
    QString coderText() const;

    void refresh();

private:
    ProjectSession *m_session;
    QLabel *m_title;
    QLabel *m_counts;
    QLabel *m_coder;
};

} // namespace weft::app
