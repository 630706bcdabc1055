// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/entities.h"

#include <QTreeWidget>

#include <string>
#include <vector>

namespace weft::app {

/// The themes of a project as a tree in which each top-level theme can be checked for the
/// report; sub-themes are shown under it and come with it. Discarded themes start unchecked,
/// as in weft-cli report without --themes.
class ThemeCheckList : public QTreeWidget {
    Q_OBJECT

public:
    explicit ThemeCheckList(QWidget *parent = nullptr);

    void setThemes(const std::vector<core::Theme> &themes);
    /// The checked themes' UUIDs for FindingsReportOptions::themes: empty when exactly the
    /// default themes are checked (every one not discarded), so the report's own rule applies.
    std::vector<std::string> chosenThemes() const;
    /// Whether any theme is checked (a report of none has nothing to say).
    bool anyChecked() const;
    /// Checks or unchecks the top-level theme with this name; false if there is none.
    bool setChecked(const QString &name, bool checked);
    void setAllChecked(bool checked);

Q_SIGNALS:
    void choiceChanged();
};

} // namespace weft::app
