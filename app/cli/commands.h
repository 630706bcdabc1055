// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/clicontext.h"

namespace weft::cli {

struct Command {
    const char *verb;
    const char *subverb; ///< nullptr when the verb has none
    const char *usage;
    int (*run)(CliContext &);
};

/// Every command weft-cli knows, in the order `help` lists them.
const std::vector<Command> &commands();

int runNew(CliContext &);
int runInfo(CliContext &);
int runCheck(CliContext &);
int runHistory(CliContext &);
int runImport(CliContext &);
int runDocuments(CliContext &);
int runText(CliContext &);
int runStructure(CliContext &);
int runSpeakers(CliContext &);
int runParticipantsImport(CliContext &);
int runParticipantsList(CliContext &);
int runCodesAdd(CliContext &);
int runCodesList(CliContext &);
int runCode(CliContext &);
int runExcerpts(CliContext &);
int runThemesAdd(CliContext &);
int runThemesLink(CliContext &);
int runThemesUnlink(CliContext &);
int runThemesList(CliContext &);
int runThemesMatrix(CliContext &);
int runThemesSuggest(CliContext &);
int runThemesReview(CliContext &);
int runThemesExemplar(CliContext &);
int runReport(CliContext &);
int runExport(CliContext &);

} // namespace weft::cli
