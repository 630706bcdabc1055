// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/services/reportstrings.h"

#include <array>
#include <cstdio>
#include <cstring>

namespace weft::services {

namespace {

struct Message {
    const char *id;
    std::array<const char *, 2> text; // en, fr
};

// French follows French typography: a space before ':' and non-breaking spaces are not needed
// in headings, sentence case in headings, "séance" for a training session.
constexpr Message kMessages[] = {
    {"report.subtitle", {"Findings report", "Rapport de résultats"}},
    {"report.authors", {"Analysis: {1}", "Analyse : {1}"}},
    {"report.date", {"{1}", "{1}"}},
    {"codebook.subtitle", {"Codebook", "Dictionnaire des codes"}},
    {"toc.title", {"Contents", "Sommaire"}},

    {"summary.heading", {"Study summary", "Présentation de l'étude"}},
    {"summary.intro",
     {"This report presents the themes developed in the project \u201c{1}\u201d. The analysis draws on "
      "{2} documents from {3} participants, coded with {4} codes ({5} coded passages), and "
      "organised into {6} themes.",
      "Ce rapport présente les thèmes élaborés dans le projet «\u00a0{1}\u00a0». L'analyse s'appuie sur "
      "{2} documents de {3} participants, codés avec {4} codes ({5} passages codés), et "
      "organisés en {6} thèmes."}},
    {"summary.sources", {"Data sources", "Sources de données"}},
    {"summary.sources.caption", {"Documents, participants and coded passages by data source",
                                 "Documents, participants et passages codés par source de données"}},
    {"summary.participants", {"Participants", "Participants"}},
    {"summary.participants.intro",
     {"The study includes {1} participants, referred to by their identifiers only ({2}).",
      "L'étude compte {1} participants, désignés uniquement par leur identifiant ({2})."}},
    {"summary.participants.caption", {"Participants and their data", "Participants et leurs données"}},
    {"summary.attributes.caption", {"Participant attributes across the study",
                                    "Attributs des participants sur l'ensemble de l'étude"}},
    {"summary.attributes.intro",
     {"Their attributes, summarised across all participants:",
      "Leurs attributs, résumés sur l'ensemble des participants :"}},
    {"summary.attributes.identifying",
     {"Their attributes, summarised across all participants (not shown, as they identify "
      "individuals: {1}):",
      "Leurs attributs, résumés sur l'ensemble des participants (non présentés car identifiants : "
      "{1}) :"}},
    {"summary.coding", {"Coding", "Codage"}},
    {"summary.coding.text",
     {"The codebook holds {1} codes ({2} at the top level). {3} coded passages were made by {4} "
      "coder(s); the codebook with each code's description and counts is in the appendix.",
      "Le dictionnaire compte {1} codes ({2} au premier niveau). {3} passages ont été codés par "
      "{4} codeur(s) ; le dictionnaire des codes, avec descriptions et effectifs, figure en annexe."}},

    {"themes.heading", {"Themes", "Thèmes"}},
    {"themes.intro",
     {"Each theme is presented with its definition, review status, sub-themes, supporting codes, "
      "prevalence across data sources and participants, memos, and exemplar quotes.",
      "Chaque thème est présenté avec sa définition, son état de relecture, ses sous-thèmes, les "
      "codes qui le fondent, sa prévalence selon les sources et les participants, ses mémos et "
      "des extraits exemplaires."}},
    {"themes.rule",
     {"Quotes marked as exemplars by the analysts come first, in the order they were marked; the "
      "others are selected by a fixed rule: in turn from each data source (interviews, journals, "
      "feedback forms, other documents) and, within a source, from each participant in order of "
      "identifier, preferring participants not yet quoted for the theme and passages not quoted "
      "elsewhere in the report; each participant's earliest passage comes first. Up to {1} quotes "
      "are shown per theme.",
      "Les extraits désignés comme exemplaires par les analystes viennent en premier, dans "
      "l'ordre où ils ont été désignés ; les autres sont choisis selon une règle fixe : à tour de rôle dans chaque source "
      "(entretiens, journaux, questionnaires de séance, autres documents) et, dans une source, "
      "chez chaque participant par ordre d'identifiant, en privilégiant les participants pas "
      "encore cités pour le thème et les passages non cités ailleurs dans le rapport ; le premier "
      "passage de chaque participant vient d'abord. Au plus {1} extraits par thème."}},
    {"themes.none", {"No themes have been defined in this project yet.",
                     "Aucun thème n'a encore été défini dans ce projet."}},
    {"map.caption", {"Thematic map: themes, sub-themes and the codes that support them.",
                     "Carte thématique : thèmes, sous-thèmes et codes sur lesquels ils reposent."}},
    {"map.item", {"{1} excerpts, {2} participants", "{1} extraits, {2} participants"}},
    {"theme.definition", {"Definition.", "Définition."}},
    {"theme.noDefinition", {"No definition has been written yet.",
                            "Aucune définition n'a encore été rédigée."}},
    {"theme.status", {"Status.", "Statut."}},
    {"theme.statusText", {"{1}; {2}.", "{1} ; {2}."}},
    {"theme.reviewBy", {"{1} by {2} on {3}", "{1} par {2} le {3}"}},
    {"theme.subthemes", {"Sub-themes.", "Sous-thèmes."}},
    {"theme.codes", {"Supporting codes.", "Codes à l'appui."}},
    {"theme.noCodes", {"No codes are linked to this theme yet.",
                       "Aucun code n'est encore rattaché à ce thème."}},
    {"theme.codeCount", {"{1} codings", "{1} codages"}},
    {"theme.prevalence", {"Prevalence.", "Prévalence."}},
    {"theme.prevalenceText",
     {"{1} excerpts from {2} participants in {3} documents.",
      "{1} extraits de {2} participants dans {3} documents."}},
    {"theme.prevalence.caption", {"{1}: excerpts by participant and data source",
                                  "{1} : extraits par participant et par source de données"}},
    {"theme.allExcerpts", {"All excerpts", "Tous les extraits"}},
    {"theme.participantCount", {"Participants", "Participants"}},
    {"theme.memos", {"Memos.", "Mémos."}},
    {"theme.quotes", {"Exemplar quotes.", "Extraits exemplaires."}},
    {"theme.noQuotes", {"No coded passages support this theme yet.",
                        "Aucun passage codé ne soutient encore ce thème."}},

    {"triangulation.heading", {"Triangulation across data sources", "Triangulation des sources de données"}},
    {"triangulation.intro",
     {"Each cell gives the number of excerpts supporting the theme in that data source and, in "
      "brackets, the number of participants they come from.",
      "Chaque cellule indique le nombre d'extraits qui soutiennent le thème dans cette source et, "
      "entre parenthèses, le nombre de participants dont ils proviennent."}},
    {"triangulation.caption", {"Themes by data source: excerpts (participants)",
                               "Thèmes par source de données : extraits (participants)"}},
    {"triangulation.singleKind", {"Supported by one data source only: {1}.",
                                  "Soutenu(s) par une seule source de données : {1}."}},
    {"triangulation.singleParticipant", {"Supported by one participant or fewer: {1}.",
                                         "Soutenu(s) par un seul participant au plus : {1}."}},

    {"feedback.heading", {"Session feedback", "Retours de séance"}},
    {"feedback.intro",
     {"Closed answers of the {1} feedback forms, by session: means of the numeric answers, and "
      "the share of \u201cyes\u201d for yes/no questions.",
      "Réponses fermées des {1} questionnaires de séance, par séance : moyennes des réponses "
      "numériques et part de «\u00a0oui\u00a0» pour les questions oui/non."}},
    {"feedback.caption", {"Closed feedback answers by session", "Réponses fermées par séance"}},
    {"feedback.none", {"The feedback forms in this project have no closed answers to summarise.",
                       "Les questionnaires de ce projet n'ont pas de réponses fermées à résumer."}},
    {"feedback.all", {"All sessions", "Toutes les séances"}},
    {"feedback.noSession", {"(no session)", "(sans séance)"}},
    {"feedback.yesShare", {"{1} (% yes)", "{1} (% oui)"}},

    {"appendix.codebook", {"Appendix A. Codebook", "Annexe A. Dictionnaire des codes"}},
    {"appendix.codebook.caption", {"Codes with their descriptions and number of codings",
                                   "Codes, descriptions et nombre de codages"}},
    {"appendix.audit", {"Appendix B. Audit trail", "Annexe B. Piste d'audit"}},
    {"appendix.audit.intro",
     {"The project records every change with its author and time. {1} changes were recorded "
      "between {2} and {3}.",
      "Le projet enregistre chaque modification avec son auteur et sa date. {1} modifications ont "
      "été enregistrées entre le {2} et le {3}."}},
    {"appendix.audit.introOneDay",
     {"The project records every change with its author and time. {1} changes were recorded "
      "on {2}.",
      "Le projet enregistre chaque modification avec son auteur et sa date. {1} modifications ont "
      "été enregistrées le {2}."}},
    {"appendix.audit.caption", {"Recorded changes by coder", "Modifications enregistrées par codeur"}},
    {"appendix.audit.none", {"No changes are recorded.", "Aucune modification n'est enregistrée."}},

    {"col.source", {"Data source", "Source"}},
    {"col.documents", {"Documents", "Documents"}},
    {"col.participants", {"Participants", "Participants"}},
    {"col.participant", {"Participant", "Participant"}},
    {"col.excerpts", {"Excerpts", "Extraits"}},
    {"col.codings", {"Coded passages", "Passages codés"}},
    {"col.attribute", {"Attribute", "Attribut"}},
    {"col.summary", {"Summary", "Synthèse"}},
    {"col.sources", {"Data sources", "Sources"}},
    {"col.theme", {"Theme", "Thème"}},
    {"col.total", {"Total", "Total"}},
    {"col.session", {"Session", "Séance"}},
    {"col.responses", {"Responses", "Réponses"}},
    {"col.code", {"Code", "Code"}},
    {"col.description", {"Description", "Description"}},
    {"col.ownCodings", {"Codings", "Codages"}},
    {"col.withSubcodes", {"With sub-codes", "Avec sous-codes"}},
    {"col.coder", {"Coder", "Codeur"}},
    {"col.changes", {"Changes", "Modifications"}},
    {"col.first", {"First", "Première"}},
    {"col.last", {"Last", "Dernière"}},
    {"col.actions", {"Actions", "Actions"}},

    {"attr.range", {"{1}\u2013{2}, mean {3}", "{1}\u2013{2}, moyenne {3}"}},
    {"attr.dates", {"{1} to {2}", "du {1} au {2}"}},
    {"attr.distinct", {"{1} different values", "{1} valeurs différentes"}},
    {"attr.missing", {"not recorded: {1}", "non renseigné : {1}"}},
    {"value.yes", {"yes", "oui"}},
    {"value.no", {"no", "non"}},
    {"value.none", {"none", "aucun"}},
    {"quote.session", {"session {1}", "séance {1}"}},
    {"quote.inline", {"\u201c{1}\u201d", "\u00ab\u00a0{1}\u00a0\u00bb"}},
    {"quote.noParticipant", {"no participant", "sans participant"}},
    {"list.and", {" and ", " et "}},
    {"punct.colon", {": ", "\u00a0: "}},

    {"kind.interview", {"interview", "entretien"}},
    {"kind.journal", {"journal", "journal"}},
    {"kind.feedback", {"feedback", "questionnaire"}},
    {"kind.document", {"document", "document"}},
    {"kinds.interview", {"Interviews", "Entretiens"}},
    {"kinds.journal", {"Journals", "Journaux"}},
    {"kinds.feedback", {"Feedback forms", "Questionnaires de séance"}},
    {"kinds.document", {"Other documents", "Autres documents"}},
    {"status.candidate", {"candidate", "candidat"}},
    {"status.reviewed", {"reviewed", "relu"}},
    {"status.final", {"final", "définitif"}},
    {"status.discarded", {"discarded", "écarté"}},
    {"review.none", {"not yet reviewed", "pas encore relu"}},
    {"review.awaiting", {"awaiting review", "en attente de relecture"}},
    {"review.approved", {"approved", "approuvé"}},
    {"review.sent_back", {"sent back for revision", "renvoyé pour révision"}},
    {"decision.comment", {"Commented", "Commenté"}},
    {"decision.approve", {"Approved", "Approuvé"}},
    {"decision.send_back", {"Sent back", "Renvoyé"}},
    {"decision.request", {"Review requested", "Relecture demandée"}},
};

constexpr std::array<const char *, 12> kMonthsEn{"January", "February", "March", "April", "May", "June",
                                                 "July", "August", "September", "October", "November", "December"};
constexpr std::array<const char *, 12> kMonthsFr{"janvier", "février", "mars", "avril", "mai", "juin",
                                                 "juillet", "août", "septembre", "octobre", "novembre", "décembre"};

} // namespace

Result<ReportStrings> ReportStrings::forLanguage(const std::string &language)
{
    if (language == "en")
        return ReportStrings("en", 0);
    if (language == "fr")
        return ReportStrings("fr", 1);
    return makeError(ErrorCode::InvalidArgument,
                     "report language must be en or fr, not '" + language + "'");
}

std::string ReportStrings::text(std::string_view id) const
{
    for (const Message &m : kMessages) {
        if (id == m.id)
            return m.text[static_cast<std::size_t>(m_column)];
    }
    return std::string(id);
}

std::string ReportStrings::format(std::string_view id, std::initializer_list<std::string> args) const
{
    const std::string pattern = text(id);
    std::string out;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '{' && i + 2 < pattern.size() && pattern[i + 2] == '}' &&
            pattern[i + 1] >= '1' && pattern[i + 1] <= '9') {
            const auto index = static_cast<std::size_t>(pattern[i + 1] - '1');
            if (index < args.size())
                out += *(args.begin() + index);
            i += 2;
            continue;
        }
        out += pattern[i];
    }
    return out;
}

std::string ReportStrings::number(double value, int decimals) const
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    std::string out = buffer;
    if (m_column == 1) {
        for (char &c : out) {
            if (c == '.')
                c = ',';
        }
    }
    return out;
}

std::string ReportStrings::longDate(const std::string &isoDate) const
{
    int y = 0, m = 0, d = 0;
    if (isoDate.size() < 10 || std::sscanf(isoDate.c_str(), "%4d-%2d-%2d", &y, &m, &d) != 3 || m < 1 ||
        m > 12 || d < 1 || d > 31)
        return isoDate;
    const auto month = static_cast<std::size_t>(m - 1);
    return std::to_string(d) + " " + (m_column == 1 ? kMonthsFr[month] : kMonthsEn[month]) + " " +
           std::to_string(y);
}

std::string ReportStrings::kindName(core::DocumentKind kind) const
{
    return text("kind." + std::string(core::toString(kind)));
}

std::string ReportStrings::kindPlural(core::DocumentKind kind) const
{
    return text("kinds." + std::string(core::toString(kind)));
}

std::string ReportStrings::statusName(core::ThemeStatus status) const
{
    return text("status." + std::string(core::toString(status)));
}

std::string ReportStrings::reviewName(core::ReviewState state) const
{
    return text("review." + std::string(core::toString(state)));
}

std::string ReportStrings::decisionName(core::ReviewDecision decision) const
{
    return text("decision." + std::string(core::toString(decision)));
}

} // namespace weft::services
