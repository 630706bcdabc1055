// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/commands/linkcodescommand.h"

#include "storage/project.h"

#include <QCoreApplication>

namespace weft::app {

namespace {

QString describe(LinkCodesCommand::Mode mode, std::size_t codes, const QString &theme)
{
    return mode == LinkCodesCommand::Mode::Link
            ? QCoreApplication::translate("Commands", "Link %n code(s) to “%1”", nullptr,
                      int(codes)).arg(theme)
            : QCoreApplication::translate("Commands", "Unlink %n code(s) from “%1”", nullptr,
                      int(codes)).arg(theme);
}

} // namespace

LinkCodesCommand::LinkCodesCommand(ProjectSession *session, const std::string &themeUuid,
        std::vector<core::Id> codeIds, Mode mode, const QString &themeName)
    : ProjectCommand(session, describe(mode, codeIds.size(), themeName))
    , m_theme(themeUuid)
    , m_codes(std::move(codeIds))
    , m_mode(mode)
{
}

bool LinkCodesCommand::change(
        const std::vector<core::Id> &codes, bool link, std::vector<core::Id> *changed)
{
    storage::Project &p = project();
    auto done = p.transaction([&] {
        std::vector<core::Id> out;
        for (core::Id code : codes) {
            if (take(link ? p.themes().link(m_theme, code) : p.themes().unlink(m_theme, code)))
                out.push_back(code);
        }
        return out;
    });
    if (!succeeded(done))
        return false;
    if (changed)
        *changed = std::move(*done);
    return true;
}

void LinkCodesCommand::redo()
{
    if (change(m_codes, m_mode == Mode::Link, &m_changed) && m_changed.empty())
        setObsolete(true); // nothing to do: every code was linked (or unlinked) already
}

void LinkCodesCommand::undo() { change(m_changed, m_mode != Mode::Link, nullptr); }

} // namespace weft::app
