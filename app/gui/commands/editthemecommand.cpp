// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/commands/editthemecommand.h"

#include "storage/project.h"

#include <QCoreApplication>

namespace weft::app {

namespace {

QString describe(EditThemeCommand::Field field, const QString &value, const QString &name)
{
    switch (field) {
    case EditThemeCommand::Field::Name:
        return QCoreApplication::translate("Commands", "Rename theme to “%1”").arg(value);
    case EditThemeCommand::Field::Definition:
        return QCoreApplication::translate("Commands", "Define theme “%1”").arg(name);
    case EditThemeCommand::Field::Status:
        return QCoreApplication::translate("Commands", "Set the status of “%1”").arg(name);
    }
    return {};
}

} // namespace

EditThemeCommand::EditThemeCommand(ProjectSession *session, const std::string &themeUuid,
        Field field, const QString &value, const QString &themeName)
    : ProjectCommand(session, describe(field, value, themeName))
    , m_uuid(themeUuid)
    , m_field(field)
    , m_value(value.toStdString())
{
}

int EditThemeCommand::id() const { return m_field == Field::Definition ? 0x7468656d : -1; }

bool EditThemeCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const EditThemeCommand *>(other);
    if (!next || next->m_field != m_field || next->m_uuid != m_uuid)
        return false;
    m_value = next->m_value;
    return true;
}

bool EditThemeCommand::apply(const std::string &value, std::string *previous)
{
    storage::ThemeStore &themes = project().themes();
    Result<core::Theme> before = [&]() -> Result<core::Theme> {
        switch (m_field) {
        case Field::Name:
            return themes.rename(m_uuid, value);
        case Field::Definition:
            return themes.setDefinition(m_uuid, value);
        case Field::Status:
            if (const auto status = core::themeStatusFromString(value))
                return themes.setStatus(m_uuid, *status);
            return Error{ErrorCode::InvalidArgument, "unknown theme status " + value};
        }
        return Error{ErrorCode::InvalidArgument, "unknown theme field"};
    }();
    if (!succeeded(before))
        return false;
    if (previous) {
        switch (m_field) {
        case Field::Name:
            *previous = before->name;
            break;
        case Field::Definition:
            *previous = before->definition;
            break;
        case Field::Status:
            *previous = std::string(core::toString(before->status));
            break;
        }
    }
    return true;
}

void EditThemeCommand::redo() { apply(m_value, &m_old); }

void EditThemeCommand::undo() { apply(m_old, nullptr); }

} // namespace weft::app
