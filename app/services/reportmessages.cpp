// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/services/reportmessages.h"

#include <algorithm>
#include <array>

namespace weft::services {

namespace {

// Mark messages for xgettext (--keyword=WEFT_MESSAGE:1c,2 --keyword=WEFT_PLURAL:1c,2,3): the
// id is the gettext context, the English text the msgid (and msgid_plural).
// resources/i18n/weft-report.pot is extracted from this table.
#define WEFT_MESSAGE(id, english) ReportMessage{id, english, {}}
#define WEFT_PLURAL(id, one, many) ReportMessage{id, one, many}

// Sentence case in headings; "{1}", "{2}" ... are filled in by ReportStrings::format.
constexpr std::array kMessages{
    WEFT_MESSAGE("report.subtitle", "Findings report"),
    WEFT_MESSAGE("report.authors", "Analysis: {1}"),
    WEFT_MESSAGE("report.date", "{1}"),
    WEFT_MESSAGE("codebook.subtitle", "Codebook"),
    WEFT_MESSAGE("toc.title", "Contents"),
    WEFT_MESSAGE("summary.heading", "Study summary"),
    WEFT_MESSAGE("summary.intro",
                 "This report presents the themes developed in the project “{1}”. The analysis "
                 "draws on {2} from {3}, coded with {4} ({5}), and organised into {6}."),
    WEFT_MESSAGE("summary.sources", "Data sources"),
    WEFT_MESSAGE("summary.sources.caption", "Documents, participants and coded passages by data source"),
    WEFT_MESSAGE("summary.participants", "Participants"),
    WEFT_MESSAGE("summary.participants.intro",
                 "The study includes {1} participants, referred to by their identifiers only "
                 "({2})."),
    WEFT_MESSAGE("summary.participants.caption", "Participants and their data"),
    WEFT_MESSAGE("summary.attributes.caption", "Participant attributes across the study"),
    WEFT_MESSAGE("summary.attributes.intro", "Their attributes, summarised across all participants:"),
    WEFT_MESSAGE("summary.attributes.identifying",
                 "Their attributes, summarised across all participants (not shown, as they "
                 "identify individuals: {1}):"),
    WEFT_MESSAGE("summary.coding", "Coding"),
    WEFT_MESSAGE("summary.coding.text",
                 "The codebook holds {1} ({2} at the top level), applied to {3} by {4}; the codebook "
                 "with each code's description and counts is in the appendix."),
    WEFT_MESSAGE("themes.heading", "Themes"),
    WEFT_MESSAGE("themes.intro",
                 "Each theme is presented with its definition, review status, sub-themes, "
                 "supporting codes, prevalence across data sources and participants, memos, and "
                 "exemplar quotes."),
    WEFT_MESSAGE("themes.rule",
                 "Quotes marked as exemplars by the analysts come first, in the order they were "
                 "marked; the others are selected by a fixed rule: in turn from each data source "
                 "(interviews, journals, feedback forms, other documents) and, within a source, "
                 "from each participant in order of identifier, preferring participants not yet "
                 "quoted for the theme and passages not quoted elsewhere in the report; each "
                 "participant's earliest passage comes first. Up to {1} quotes are shown per "
                 "theme."),
    WEFT_MESSAGE("themes.none", "No themes have been defined in this project yet."),
    WEFT_MESSAGE("map.caption", "Thematic map: themes, sub-themes and the codes that support them."),
    WEFT_MESSAGE("map.item", "{1}, {2}"),
    WEFT_MESSAGE("theme.definition", "Definition."),
    WEFT_MESSAGE("theme.noDefinition", "No definition has been written yet."),
    WEFT_MESSAGE("theme.status", "Status."),
    WEFT_MESSAGE("theme.statusText", "{1}; {2}."),
    WEFT_MESSAGE("theme.reviewBy", "{1} by {2} on {3}"),
    WEFT_MESSAGE("theme.subthemes", "Sub-themes."),
    WEFT_MESSAGE("theme.codes", "Supporting codes."),
    WEFT_MESSAGE("theme.noCodes", "No codes are linked to this theme yet."),
    WEFT_MESSAGE("theme.prevalence", "Prevalence."),
    WEFT_MESSAGE("theme.prevalenceText", "{1} from {2} in {3}."),
    WEFT_MESSAGE("theme.prevalence.caption", "{1}: excerpts by participant and data source"),
    WEFT_MESSAGE("theme.allExcerpts", "All excerpts"),
    WEFT_MESSAGE("theme.participantCount", "Participants"),
    WEFT_MESSAGE("theme.memos", "Memos."),
    WEFT_MESSAGE("theme.quotes", "Exemplar quotes."),
    WEFT_MESSAGE("theme.noQuotes", "No coded passages support this theme yet."),
    WEFT_MESSAGE("triangulation.heading", "Triangulation across data sources"),
    WEFT_MESSAGE("triangulation.intro",
                 "Each cell gives the number of excerpts supporting the theme in that data source "
                 "and, in brackets, the number of participants they come from."),
    WEFT_MESSAGE("triangulation.caption", "Themes by data source: excerpts (participants)"),
    WEFT_MESSAGE("prevalence.caption", "Excerpts of each theme by data source."),
    WEFT_MESSAGE("prevalence.axis", "excerpts"),
    WEFT_MESSAGE("triangulation.singleKind", "Supported by one data source only: {1}."),
    WEFT_MESSAGE("triangulation.singleParticipant", "Supported by one participant or fewer: {1}."),
    WEFT_MESSAGE("feedback.heading", "Session feedback"),
    WEFT_MESSAGE("feedback.intro",
                 "Closed answers of the {1} feedback forms, by session: means of the numeric "
                 "answers, and the share of “yes” for yes/no questions."),
    WEFT_MESSAGE("feedback.caption", "Closed feedback answers by session"),
    WEFT_MESSAGE("feedback.none", "The feedback forms in this project have no closed answers to summarise."),
    WEFT_MESSAGE("feedback.all", "All sessions"),
    WEFT_MESSAGE("feedback.noSession", "(no session)"),
    WEFT_MESSAGE("feedback.yesShare", "{1} (% yes)"),
    WEFT_MESSAGE("appendix.codebook", "Appendix A. Codebook"),
    WEFT_MESSAGE("appendix.codebook.caption", "Codes with their descriptions and number of codings"),
    WEFT_MESSAGE("appendix.audit", "Appendix B. Audit trail"),
    WEFT_MESSAGE("appendix.audit.intro",
                 "The project records every change with its author and time. {1} changes were "
                 "recorded between {2} and {3}."),
    WEFT_MESSAGE("appendix.audit.introOneDay",
                 "The project records every change with its author and time. {1} changes were "
                 "recorded on {2}."),
    WEFT_MESSAGE("appendix.audit.caption", "Recorded changes by coder"),
    WEFT_MESSAGE("appendix.audit.none", "No changes are recorded."),
    WEFT_MESSAGE("col.source", "Data source"),
    WEFT_MESSAGE("col.documents", "Documents"),
    WEFT_MESSAGE("col.participants", "Participants"),
    WEFT_MESSAGE("col.participant", "Participant"),
    WEFT_MESSAGE("col.excerpts", "Excerpts"),
    WEFT_MESSAGE("col.codings", "Coded passages"),
    WEFT_MESSAGE("col.attribute", "Attribute"),
    WEFT_MESSAGE("col.summary", "Summary"),
    WEFT_MESSAGE("col.sources", "Data sources"),
    WEFT_MESSAGE("col.theme", "Theme"),
    WEFT_MESSAGE("col.total", "Total"),
    WEFT_MESSAGE("col.session", "Session"),
    WEFT_MESSAGE("col.responses", "Responses"),
    WEFT_MESSAGE("col.code", "Code"),
    WEFT_MESSAGE("col.description", "Description"),
    WEFT_MESSAGE("col.ownCodings", "Codings"),
    WEFT_MESSAGE("col.withSubcodes", "With sub-codes"),
    WEFT_MESSAGE("col.coder", "Coder"),
    WEFT_MESSAGE("col.changes", "Changes"),
    WEFT_MESSAGE("col.first", "First"),
    WEFT_MESSAGE("col.last", "Last"),
    WEFT_MESSAGE("col.actions", "Actions"),
    WEFT_MESSAGE("attr.range", "{1}–{2}, mean {3}"),
    WEFT_MESSAGE("attr.dates", "{1} to {2}"),
    WEFT_MESSAGE("attr.distinct", "{1} different values"),
    WEFT_MESSAGE("attr.missing", "not recorded: {1}"),
    WEFT_MESSAGE("value.yes", "yes"),
    WEFT_MESSAGE("value.no", "no"),
    WEFT_MESSAGE("value.none", "none"),
    WEFT_MESSAGE("quote.session", "session {1}"),
    WEFT_MESSAGE("quote.inline", "“{1}”"),
    WEFT_MESSAGE("quote.noParticipant", "no participant"),
    WEFT_MESSAGE("list.and", " and "),
    WEFT_MESSAGE("punct.colon", ": "),
    // Counts: the form for one and the form for more (the catalogue's plural forms).
    WEFT_PLURAL("count.excerpts", "{1} excerpt", "{1} excerpts"),
    WEFT_PLURAL("count.participants", "{1} participant", "{1} participants"),
    WEFT_PLURAL("count.documents", "{1} document", "{1} documents"),
    WEFT_PLURAL("count.codings", "{1} coding", "{1} codings"),
    WEFT_PLURAL("count.codes", "{1} code", "{1} codes"),
    WEFT_PLURAL("count.passages", "{1} passage", "{1} passages"),
    WEFT_PLURAL("count.coders", "{1} coder", "{1} coders"),
    WEFT_PLURAL("count.codedPassages", "{1} coded passage", "{1} coded passages"),
    WEFT_PLURAL("count.themes", "{1} theme", "{1} themes"),
    // Audit actions in the audit-trail appendix, with their count.
    WEFT_MESSAGE("action.attribute.clear", "attribute values cleared ({1})"),
    WEFT_MESSAGE("action.attribute.define", "attributes defined ({1})"),
    WEFT_MESSAGE("action.attribute.set", "attribute values set ({1})"),
    WEFT_MESSAGE("action.code.add", "codes created ({1})"),
    WEFT_MESSAGE("action.code.color", "code colours changed ({1})"),
    WEFT_MESSAGE("action.code.description", "code descriptions written ({1})"),
    WEFT_MESSAGE("action.code.merge", "codes merged ({1})"),
    WEFT_MESSAGE("action.code.move", "codes moved ({1})"),
    WEFT_MESSAGE("action.code.remove", "codes deleted ({1})"),
    WEFT_MESSAGE("action.code.rename", "codes renamed ({1})"),
    WEFT_MESSAGE("action.code.restore", "codes restored ({1})"),
    WEFT_MESSAGE("action.code.unmerge", "code merges undone ({1})"),
    WEFT_MESSAGE("action.coder.add", "coders added ({1})"),
    WEFT_MESSAGE("action.coding.add", "codings added ({1})"),
    WEFT_MESSAGE("action.coding.remove", "codings removed ({1})"),
    WEFT_MESSAGE("action.coding.resize", "codings resized ({1})"),
    WEFT_MESSAGE("action.coding.restore", "codings restored ({1})"),
    WEFT_MESSAGE("action.document.add", "documents imported ({1})"),
    WEFT_MESSAGE("action.document.participant", "documents assigned to participants ({1})"),
    WEFT_MESSAGE("action.document.remove", "documents removed ({1})"),
    WEFT_MESSAGE("action.document.rename", "documents renamed ({1})"),
    WEFT_MESSAGE("action.document.restore", "documents restored ({1})"),
    WEFT_MESSAGE("action.memo.add", "memos written ({1})"),
    WEFT_MESSAGE("action.memo.remove", "memos deleted ({1})"),
    WEFT_MESSAGE("action.memo.restore", "memos restored ({1})"),
    WEFT_MESSAGE("action.memo.update", "memo edits ({1})"),
    WEFT_MESSAGE("action.participant.add", "participants added ({1})"),
    WEFT_MESSAGE("action.participant.remove", "participants removed ({1})"),
    WEFT_MESSAGE("action.participant.restore", "participants restored ({1})"),
    WEFT_MESSAGE("action.participant.update", "participant edits ({1})"),
    WEFT_MESSAGE("action.project.create", "project created ({1})"),
    WEFT_MESSAGE("action.project.title", "title changes ({1})"),
    WEFT_MESSAGE("action.segment.participant", "speaker turns assigned to participants ({1})"),
    WEFT_MESSAGE("action.theme.add", "themes created ({1})"),
    WEFT_MESSAGE("action.theme.definition", "theme definitions written ({1})"),
    WEFT_MESSAGE("action.theme.exemplar.mark", "exemplar quotes marked ({1})"),
    WEFT_MESSAGE("action.theme.exemplar.unmark", "exemplar marks removed ({1})"),
    WEFT_MESSAGE("action.theme.link", "codes linked to themes ({1})"),
    WEFT_MESSAGE("action.theme.move", "themes moved ({1})"),
    WEFT_MESSAGE("action.theme.remove", "themes deleted ({1})"),
    WEFT_MESSAGE("action.theme.rename", "themes renamed ({1})"),
    WEFT_MESSAGE("action.theme.restore", "themes restored ({1})"),
    WEFT_MESSAGE("action.theme.review.approve", "themes approved ({1})"),
    WEFT_MESSAGE("action.theme.review.send_back", "themes sent back ({1})"),
    WEFT_MESSAGE("action.theme.review.comment", "review comments ({1})"),
    WEFT_MESSAGE("action.theme.review.request", "reviews requested ({1})"),
    WEFT_MESSAGE("action.theme.review.undo", "reviews undone ({1})"),
    WEFT_MESSAGE("action.theme.status", "theme status changes ({1})"),
    WEFT_MESSAGE("action.theme.unlink", "codes unlinked from themes ({1})"),
    WEFT_MESSAGE("kind.interview", "interview"),
    WEFT_MESSAGE("kind.journal", "journal"),
    WEFT_MESSAGE("kind.feedback", "feedback"),
    WEFT_MESSAGE("kind.document", "document"),
    WEFT_MESSAGE("kinds.interview", "Interviews"),
    WEFT_MESSAGE("kinds.journal", "Journals"),
    WEFT_MESSAGE("kinds.feedback", "Feedback forms"),
    WEFT_MESSAGE("kinds.document", "Other documents"),
    WEFT_MESSAGE("status.candidate", "candidate"),
    WEFT_MESSAGE("status.reviewed", "reviewed"),
    WEFT_MESSAGE("status.final", "final"),
    WEFT_MESSAGE("status.discarded", "discarded"),
    WEFT_MESSAGE("review.none", "not yet reviewed"),
    WEFT_MESSAGE("review.awaiting", "awaiting review"),
    WEFT_MESSAGE("review.approved", "approved"),
    WEFT_MESSAGE("review.sent_back", "sent back for revision"),
    WEFT_MESSAGE("decision.comment", "Commented"),
    WEFT_MESSAGE("decision.approve", "Approved"),
    WEFT_MESSAGE("decision.send_back", "Sent back"),
    WEFT_MESSAGE("decision.request", "Review requested"),
};

#undef WEFT_MESSAGE
#undef WEFT_PLURAL

} // namespace

std::span<const ReportMessage> reportMessages()
{
    return kMessages;
}

const ReportMessage *findReportMessage(std::string_view id)
{
    const auto it = std::find_if(kMessages.begin(), kMessages.end(),
                                 [&](const ReportMessage &m) { return m.id == id; });
    return it == kMessages.end() ? nullptr : &*it;
}

} // namespace weft::services
