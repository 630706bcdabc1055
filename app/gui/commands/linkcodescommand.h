// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/commands/projectcommand.h"
#include "core/model/entities.h"

#include <string>
#include <vector>

namespace weft::app {

/// Links codes to a theme (or unlinks them), all in one transaction. Undo reverses only the
/// links it changed: a code already linked stays linked after undoing a link.
class LinkCodesCommand : public ProjectCommand {
public:
    enum class Mode { Link, Unlink };

    LinkCodesCommand(ProjectSession *session, const std::string &themeUuid,
                     std::vector<core::Id> codeIds, Mode mode, const QString &themeName);
    void redo() override;
    void undo() override;
    /// How many links the last redo changed.
    std::size_t changed() const { return m_changed.size(); }

private:
    bool change(const std::vector<core::Id> &codes, bool link, std::vector<core::Id> *changed);

    std::string m_theme;
    std::vector<core::Id> m_codes;
    Mode m_mode;
    std::vector<core::Id> m_changed;
};

} // namespace weft::app
