// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/commands/projectcommand.h"
#include "core/model/entities.h"

#include <string>

namespace weft::app {

/// Changes one property of a theme: its name, its definition or its status. Undo sets the
/// value it had.
class EditThemeCommand : public ProjectCommand {
public:
    enum class Field { Name, Definition, Status };

    EditThemeCommand(ProjectSession *session, const std::string &themeUuid, Field field,
                     const QString &value, const QString &themeName);
    /// Consecutive definition edits of one theme merge into one undo step.
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;
    void redo() override;
    void undo() override;

private:
    bool apply(const std::string &value, std::string *previous);

    std::string m_uuid;
    Field m_field;
    std::string m_value;
    std::string m_old;
};

} // namespace weft::app
