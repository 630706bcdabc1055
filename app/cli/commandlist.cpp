// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commands.h"

namespace weft::cli {

const std::vector<Command> &commands()
{
    static const std::vector<Command> list{
        {"new", nullptr, "new S.weft [--title T]", runNew},
        {"info", nullptr, "info S.weft [--json]", runInfo},
        {"check", nullptr, "check S.weft            (full integrity check)", runCheck},
        {"import", nullptr,
         "import S.weft PATH... [--kind interview|journal|feedback|document] [--participant ID] "
         "[--encoding E] [--text-columns A,B] [--id-column C] [--sheet NAME] "
         "[--date-order dmy|mdy] [--interviewer NAME] [--json]",
         runImport},
        {"documents", nullptr, "documents S.weft [--json]", runDocuments},
        {"text", nullptr, "text S.weft DOC", runText},
        {"structure", nullptr, "structure S.weft DOC [--json]", runStructure},
        {"speakers", nullptr, "speakers S.weft DOC [--map SPEAKER=PARTICIPANT|-]... [--json]",
         runSpeakers},
        {"participants", "import",
         "participants import S.weft TABLE.csv|.xlsx [--id-column C] [--sheet NAME] [--json]",
         runParticipantsImport},
        {"participants", "list", "participants list S.weft [--json]", runParticipantsList},
        {"codes", "add", "codes add S.weft \"Parent/Child\" [--color #RRGGBB] [--description T]",
         runCodesAdd},
        {"codes", "list", "codes list S.weft [--json]", runCodesList},
        {"code", nullptr,
         "code S.weft --doc DOC --code PATH (--range START:END | --match TEXT [--occurrence N]) "
         "[--memo T] | --batch CODINGS.jsonl | --code PATH (--all-sections QUESTION | "
         "--all-turns SPEAKER | --all-entries FROM:TO) [--kind K] [--doc DOC]... [--json]",
         runCode},
        {"excerpts", nullptr, "excerpts S.weft [--code PATH [--with-subcodes]] [--json]",
         runExcerpts},
        {"themes", "add", "themes add S.weft \"Theme/Sub-theme\" [--definition T] [--status S]",
         runThemesAdd},
        {"themes", "link", "themes link S.weft THEME --code PATH [--code PATH...]", runThemesLink},
        {"themes", "unlink", "themes unlink S.weft THEME --code PATH [--code PATH...]",
         runThemesUnlink},
        {"themes", "list", "themes list S.weft [--json]", runThemesList},
        {"themes", "matrix", "themes matrix S.weft [--by kind|participant|attribute:NAME] [--json]",
         runThemesMatrix},
        {"themes", "suggest", "themes suggest S.weft [--json]", runThemesSuggest},
        {"themes", "review",
         "themes review S.weft THEME (--approve|--send-back|--comment-only|--request) "
         "[--comment T] --reviewer NAME",
         runThemesReview},
        {"themes", "exemplar",
         "themes exemplar S.weft THEME --coding UUID [--coding UUID...] [--unmark] [--json]",
         runThemesExemplar},
        {"history", nullptr, "history S.weft [--limit N] [--json]", runHistory},
        {"report", nullptr,
         "report S.weft --format docx|pdf|html|md -o OUT [--lang en|fr] [--themes PATH,PATH] "
         "[--quotes N] [--no-attributes] [--json]",
         runReport},
        {"export", nullptr,
         "export S.weft (--excerpts OUT.csv|OUT.xlsx | --codebook OUT.docx|OUT.csv) [--lang en|fr] [--json]",
         runExport},
    };
    return list;
}

} // namespace weft::cli
