// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/services/importservice.h"

#include "core/import/documentreader.h"
#include "storage/project.h"

#include <algorithm>
#include <cctype>
#include <filesystem>

namespace weft::services {

using namespace weft::core;

namespace {

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

} // namespace

std::optional<DocumentKind> kindFromPath(const std::string &path)
{
    const std::filesystem::path p(path);
    const std::string folder = lower(p.parent_path().filename().string());
    if (folder == "interviews" || folder == "interview" || folder == "transcripts")
        return DocumentKind::Interview;
    if (folder == "journals" || folder == "journal" || folder == "diaries")
        return DocumentKind::Journal;
    if (folder == "feedback" || folder == "feedback-forms" || folder == "forms")
        return DocumentKind::Feedback;
    const std::string name = p.filename().string();
    if (name.size() > 2 && (name[0] == 'J' || name[0] == 'j') && name[1] == '_')
        return DocumentKind::Journal;
    return std::nullopt;
}

Result<std::vector<ImportedFile>> importFiles(storage::Project &project,
                                              const ImportRequest &request)
{
    if (request.paths.empty())
        return makeError(ErrorCode::InvalidArgument, "no files to import; name one or more files");
    std::vector<ImportedDocument> docs;
    docs.reserve(request.paths.size());
    for (const std::string &path : request.paths) {
        auto doc = readDocumentFile(path, request.options);
        if (!doc) {
            return makeError(doc.error().code,
                             doc.error().message + " (nothing was imported)");
        }
        docs.push_back(std::move(*doc));
    }
    return project.transaction([&] {
        std::optional<Id> participantId;
        if (!request.participant.empty()) {
            auto participant = project.participants().ensure(request.participant);
            if (!participant)
                throw storage::StorageFailure(participant.error());
            participantId = participant->id;
        }
        std::vector<ImportedFile> out;
        for (std::size_t i = 0; i < docs.size(); ++i) {
            ImportedDocument &doc = docs[i];
            ImportedFile file;
            file.path = request.paths[i];
            file.kind = request.kind.value_or(
                kindFromPath(file.path).value_or(doc.kind.value_or(DocumentKind::Document)));
            auto existing = project.documents().findByText(doc.text);
            if (!existing)
                throw storage::StorageFailure(existing.error());
            if (*existing) {
                file.skipped = true;
                file.document = (*existing)->name;
                file.documentUuid = (*existing)->uuid;
                file.kind = (*existing)->kind;
                file.characters = (*existing)->characters;
                file.skippedBecause = "its text is already in the project as '" +
                                      (*existing)->name + "'";
                out.push_back(std::move(file));
                continue;
            }
            storage::NewDocument add;
            add.name = doc.name;
            add.kind = file.kind;
            add.text = std::move(doc.text);
            add.originalName = doc.originalName;
            add.originalFormat = doc.format;
            add.encoding = doc.encoding;
            add.participantId = participantId;
            add.segments = doc.segments;
            auto added = project.documents().add(add);
            if (!added)
                throw storage::StorageFailure(added.error());
            file.document = added->name;
            file.documentUuid = added->uuid;
            file.characters = added->characters;
            out.push_back(std::move(file));
        }
        return out;
    });
}

} // namespace weft::services
