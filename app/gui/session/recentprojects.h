// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

namespace weft::app {

/// The recently opened projects, newest first, kept in the settings. Files that no longer
/// exist are dropped whenever the list is read.
class RecentProjects : public QObject {
    Q_OBJECT

public:
    static constexpr int kMaximum = 8;

    explicit RecentProjects(QObject *parent = nullptr);

    QStringList paths() const;
    void add(const QString &path);
    void remove(const QString &path);
    void clear();

Q_SIGNALS:
    void changed();

private:
    QStringList stored() const;
    void store(const QStringList &paths) const;
};

} // namespace weft::app
