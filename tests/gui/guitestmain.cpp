// SPDX-License-Identifier: GPL-3.0-or-later
// Catch2 runner for the GUI tests: a QApplication must exist before any widget, and it must
// come up without a display, also when ctest only lists the tests.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Settings and app data go to throw-away test locations, never the user's.
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"WeftTests"_s);
    QApplication::setApplicationName(u"weft-gui-tests"_s);
    return Catch::Session().run(argc, argv);
}
