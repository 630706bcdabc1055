// SPDX-License-Identifier: GPL-3.0-or-later
// Catch2 runner for the GUI tests: a QApplication must exist before any widget, and it must
// come up without a display, also when ctest only lists the tests.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
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
    // One name per process: ctest runs GUI tests side by side, and two processes sharing one
    // settings file or sample copy would see each other's writes.
    QApplication::setApplicationName(
            u"weft-gui-tests-%1"_s.arg(QCoreApplication::applicationPid()));
    const int result = Catch::Session().run(argc, argv);
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)).removeRecursively();
    QFile::remove(QSettings().fileName());
    return result;
}
