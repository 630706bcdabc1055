// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/services/reportdata.h"

#include <algorithm>
#include <cctype>

namespace weft::services {

using namespace weft::core;

namespace {

bool sameNameIgnoringCase(const std::string &a, const std::string &b)
{
    return a.size() == b.size() &&
           std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) ==
                      std::tolower(static_cast<unsigned char>(y));
           });
}

} // namespace

const Document *ReportData::document(Id id) const
{
    const auto it = documentOrder.find(id);
    return it == documentOrder.end() ? nullptr : &documents[it->second];
}

std::string ReportData::label(std::optional<Id> participant) const
{
    if (!participant)
        return {};
    const auto it = participantLabels.find(*participant);
    return it == participantLabels.end() ? std::string() : it->second;
}

std::optional<std::string> ReportData::feedbackValue(Id documentId, const std::string &name) const
{
    const auto it = feedbackValues.find(documentId);
    if (it == feedbackValues.end())
        return std::nullopt;
    for (const storage::AttributeValue &v : it->second) {
        if (sameNameIgnoringCase(v.name, name))
            return v.value;
    }
    return std::nullopt;
}

std::string ReportData::lastChangeDate() const
{
    const std::string &time = audit.empty() ? info.createdAt : audit.back().time;
    return time.substr(0, 10);
}

Result<ReportData> loadReportData(storage::Project &project)
{
    ReportData data;
    auto info = project.info();
    WEFT_TRY(info);
    data.info = std::move(*info);

    auto documents = project.documents().all();
    WEFT_TRY(documents);
    data.documents = std::move(*documents);
    for (std::size_t i = 0; i < data.documents.size(); ++i) {
        const Document &d = data.documents[i];
        data.documentOrder[d.id] = i;
        if (d.kind == DocumentKind::Feedback) {
            auto values = project.attributes().values(AttributeScope::Document, d.id);
            WEFT_TRY(values);
            data.feedbackValues[d.id] = std::move(*values);
        }
    }

    auto participants = project.participants().all();
    WEFT_TRY(participants);
    data.participants = std::move(*participants);
    std::sort(data.participants.begin(), data.participants.end(),
              [](const Participant &a, const Participant &b) { return a.label < b.label; });
    for (const Participant &p : data.participants) {
        data.participantLabels[p.id] = p.label;
        auto values = project.attributes().values(AttributeScope::Participant, p.id);
        WEFT_TRY(values);
        data.participantValues[p.id] = std::move(*values);
        auto docs = project.documents().documentsOfParticipant(p.id);
        WEFT_TRY(docs);
        data.participantDocuments[p.id] = std::move(*docs);
    }
    auto definitions = project.attributes().definitions(AttributeScope::Participant);
    WEFT_TRY(definitions);
    data.participantAttributes = std::move(*definitions);

    auto tree = project.codes().tree();
    WEFT_TRY(tree);
    data.codes.emplace(std::move(*tree));
    auto counts = project.codes().codingCounts();
    WEFT_TRY(counts);
    data.codingCounts = std::move(*counts);

    auto evidence = project.codings().evidence();
    WEFT_TRY(evidence);
    for (const EvidenceCoding &c : *evidence)
        ++data.codingsByKind[c.kind];

    auto themes = analyseThemes(project);
    WEFT_TRY(themes);
    data.themes = std::move(*themes);

    auto memos = project.memos().all();
    WEFT_TRY(memos);
    for (Memo &m : *memos) {
        if (m.target == MemoTarget::Theme)
            data.themeMemos.push_back(std::move(m));
    }
    auto marks = project.exemplars().all();
    WEFT_TRY(marks);
    for (const storage::ExemplarMark &mark : *marks) // by theme, then position
        data.exemplars[mark.themeId].push_back(mark.codingId);
    auto audit = project.history().entries();
    WEFT_TRY(audit);
    data.audit = std::move(*audit);
    return data;
}

} // namespace weft::services
