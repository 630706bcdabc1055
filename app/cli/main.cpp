// SPDX-License-Identifier: GPL-3.0-or-later
// weft-cli: the scriptable command line over Weft's libraries. One verb per job, JSON with
// --json, exit 0 only on success, each error one line on stderr that says what to do.

#include "app/cli/commands.h"

#include <cstring>
#include <iostream>

#ifdef WEFT_HAVE_QT_RENDER
#include <QtGlobal>
#endif

using namespace weft::cli;

namespace {

const std::set<std::string> kFlags{"json", "help", "with-subcodes", "approve", "send-back",
                                   "comment-only", "request", "no-attributes", "force", "unmark"};

void printHelp()
{
    std::cout << "weft-cli: work with Weft qualitative analysis projects from the command line\n\n"
                 "usage: weft-cli [--coder NAME] VERB PROJECT.weft [ARGS] [--json]\n\n";
    for (const Command &c : commands())
        std::cout << "  " << c.usage << '\n';
    std::cout << "\n--coder NAME attributes changes (default: $WEFT_CODER, else the login name).\n";
}

std::string oneLine(std::string message)
{
    for (char &c : message) {
        if (c == '\n' || c == '\r')
            c = ' ';
    }
    return message;
}

} // namespace

int main(int argc, char **argv)
{
#ifdef WEFT_HAVE_QT_RENDER
    // Reports start Qt (offscreen) lazily; its warnings (fonts, platform) must not reach
    // stderr, which carries only weft-cli's one-line errors.
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
#endif
    auto parsed = Arguments::parse(argc, argv, kFlags);
    if (!parsed) {
        std::cerr << "weft-cli: " << oneLine(parsed.error().message) << '\n';
        return 2;
    }
    const std::vector<std::string> &words = parsed->positionals();
    if (words.empty() || words[0] == "help" || (parsed->has("help") && words.size() <= 1)) {
        printHelp();
        return words.empty() && !parsed->has("help") ? 2 : 0;
    }
    const Command *command = nullptr;
    for (const Command &c : commands()) {
        if (words[0] != c.verb)
            continue;
        if (!c.subverb || (words.size() > 1 && words[1] == c.subverb)) {
            command = &c;
            break;
        }
    }
    if (!command) {
        std::cerr << "weft-cli: unknown command '" << oneLine(words[0])
                  << (words.size() > 1 && (words[0] == "codes" || words[0] == "participants" || words[0] == "themes")
                      ? " " + words[1]
                      : std::string())
                  << "'; run `weft-cli help` for the list\n";
        return 2;
    }
    if (parsed->has("help")) {
        std::cout << "usage: weft-cli " << command->usage << '\n';
        return 0;
    }
    CliContext context;
    context.args = std::move(*parsed);
    const std::size_t skip = command->subverb ? 2 : 1;
    context.operands.assign(context.args.positionals().begin() + static_cast<std::ptrdiff_t>(skip),
                            context.args.positionals().end());
    context.coder = context.args.value("coder").value_or(defaultCoder());
    context.json = context.args.has("json");
    try {
        return command->run(context);
    } catch (const CliError &error) {
        std::cerr << "weft-cli: " << oneLine(error.what()) << '\n';
        return error.exitCode();
    } catch (const std::exception &error) {
        std::cerr << "weft-cli: unexpected failure: " << oneLine(error.what())
                  << "; please report this\n";
        return 1;
    }
}
