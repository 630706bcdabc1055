// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

#include <chrono>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"Weft"_s);
    QApplication::setOrganizationName(u"Weft"_s);
    QApplication::setApplicationVersion(QStringLiteral(WEFT_VERSION));
    QApplication::setDesktopFileName(u"org.weft.Weft"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Qualitative data analysis."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"project"_s,
            QApplication::translate("main", "A .weft project to open."), u"[PROJECT.weft]"_s);
    const QCommandLineOption sample(
            u"sample"_s, QApplication::translate("main", "Open the bundled sample study."));
    // Hidden: saves a picture of the window once it is up, then quits (for the docs).
    QCommandLineOption screenshot(
            u"screenshot"_s, u"Save the window to FILE and quit."_s, u"FILE"_s);
    screenshot.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption document(u"document"_s, u"Show the document NAME once open."_s, u"NAME"_s);
    document.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption code(u"code"_s, u"Select the code PATH in the codebook."_s, u"PATH"_s);
    code.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption find(u"find"_s, u"Scroll the shown document to TEXT."_s, u"TEXT"_s);
    find.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption select(u"select"_s, u"Select TEXT in the shown document."_s, u"TEXT"_s);
    select.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption quickCode(
            u"quick-code"_s, u"Open the quick-code box with TEXT typed."_s, u"TEXT"_s);
    quickCode.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(sample);
    parser.addOption(screenshot);
    parser.addOption(document);
    parser.addOption(code);
    parser.addOption(find);
    parser.addOption(select);
    parser.addOption(quickCode);
    parser.process(app);

    weft::app::MainWindow window;
    window.show();
    if (!parser.isSet(screenshot))
        window.askForCoderIfNeeded();
    if (parser.isSet(sample))
        window.openSampleProject();
    else if (!parser.positionalArguments().isEmpty())
        window.openProject(parser.positionalArguments().constFirst());
    if (parser.isSet(document))
        window.showDocument(parser.value(document));
    if (parser.isSet(code))
        window.showCode(parser.value(code));
    // After the first layout, so a passage can be scrolled to the middle of the page.
    QTimer::singleShot(std::chrono::milliseconds(300), &window, [&] {
        if (parser.isSet(find))
            window.findInDocument(parser.value(find), false);
        if (parser.isSet(select))
            window.findInDocument(parser.value(select), true);
        if (parser.isSet(quickCode))
            window.showQuickCode(parser.value(quickCode));
    });

    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        QTimer::singleShot(std::chrono::milliseconds(1500), &window, [&window, file] {
            const bool saved = window.grab().save(file);
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}
