// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QVBoxLayout;

namespace weft::app {

class RecentProjects;

/// What the window shows while no project is open: start a project, open one, or explore the
/// sample study, plus the recent projects.
class WelcomePage : public QWidget {
    Q_OBJECT

public:
    explicit WelcomePage(RecentProjects *recent, QWidget *parent = nullptr);

Q_SIGNALS:
    void newProjectRequested();
    void openProjectRequested();
    void sampleRequested();
    void openRequested(const QString &path);

private:
    void rebuildRecent();

    RecentProjects *m_recent;
    QVBoxLayout *m_recentLayout;
};

} // namespace weft::app
