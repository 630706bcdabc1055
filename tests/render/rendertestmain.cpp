// SPDX-License-Identifier: GPL-3.0-or-later
// Catch2 runner for the render tests: fonts, images and PDF need a QGuiApplication, which must
// come up without a display, also when ctest only lists the tests.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QGuiApplication>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
