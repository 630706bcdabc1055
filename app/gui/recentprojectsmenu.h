// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>

namespace weft::app {

class RecentProjects;

/// File > Open Recent: rebuilt from the settings each time it opens, so files deleted in the
/// meantime never show up.
class RecentProjectsMenu : public QMenu {
    Q_OBJECT

public:
    explicit RecentProjectsMenu(RecentProjects *recent, QWidget *parent = nullptr);

Q_SIGNALS:
    void openRequested(const QString &path);

private:
    void rebuild();

    RecentProjects *m_recent;
};

} // namespace weft::app
