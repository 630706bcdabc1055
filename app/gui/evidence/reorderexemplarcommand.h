// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/commands/projectcommand.h"

#include <cstdint>
#include <string>

namespace weft::app {

/// Moves an exemplar quote to another place in its theme's quote order (the order the report
/// uses). Undo puts it back.
class ReorderExemplarCommand : public ProjectCommand {
public:
    ReorderExemplarCommand(ProjectSession *session, const std::string &themeUuid,
            const std::string &codingUuid, std::int64_t position, const QString &themeName);
    void redo() override;
    void undo() override;

private:
    /// Takes the mark out and puts it in at `position`, in one transaction; returns where it was.
    bool moveTo(std::int64_t position, std::int64_t *from);

    std::string m_theme;
    std::string m_coding;
    std::int64_t m_position;
    std::int64_t m_from = 0;
};

} // namespace weft::app
