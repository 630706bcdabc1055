// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/render/guiapp.h"

#include <QGuiApplication>

namespace weft::render {

bool ensureGuiApplication()
{
    if (QGuiApplication::instance())
        return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "weft-cli";
    static char *argv[] = {name, nullptr};
    static QGuiApplication *app = new QGuiApplication(argc, argv);
    return app != nullptr;
}

} // namespace weft::render
