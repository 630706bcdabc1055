// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/services/importservice.h"

#include "core/import/importer.h"
#include "core/import/readerregistry.h"
#include "core/import/structure/feedbackform.h"
#include "core/import/structure/speakers.h"
#include "storage/project.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <set>

namespace weft::services {

using namespace weft::core;
using storage::StorageFailure;

namespace {

template <typename T>
T unwrap(Result<T> result)
{
    if (!result)
        throw StorageFailure(result.error());
    return std::move(*result);
}

bool importable(const std::filesystem::path &path)
{
    std::string ext = path.extension().string();
    if (ext.empty())
        return false;
    ext.erase(0, 1);
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    const auto all = supportedImportExtensions();
    return std::find(all.begin(), all.end(), ext) != all.end();
}

/// Sets one attribute, adopting the type the project already has for that name.
void setAttribute(storage::Project &project, AttributeScope scope, Id entity,
                  const ImportedAttribute &attribute)
{
    const AttributeDefinition def =
        unwrap(project.attributes().define(scope, attribute.name, attribute.type));
    auto value = storage::canonicalAttributeValue(def.type, attribute.value);
    if (!value) {
        storage::fail(ErrorCode::InvalidArgument,
                      "the attribute '" + attribute.name + "' is of type " +
                          std::string(toString(def.type)) + " in this project, but '" +
                          attribute.value + "' is not");
    }
    unwrap(project.attributes().setValue(scope, entity, attribute.name, *value));
}

ImportedFile addDocument(storage::Project &project, const ImportRequest &request,
                         const std::string &path, ImportedDocument &doc)
{
    ImportedFile file;
    file.path = path;
    file.kind = doc.kind.value_or(DocumentKind::Document);
    file.encoding = doc.encoding;
    if (auto existing = unwrap(project.documents().findByText(doc.text))) {
        file.status = ImportedFile::Status::Skipped;
        file.document = existing->name;
        file.documentUuid = existing->uuid;
        file.kind = existing->kind;
        file.characters = existing->characters;
        file.message = "its text is already in the project as '" + existing->name + "'";
        return file;
    }
    std::optional<std::string> participant =
        request.participant.empty() ? doc.participant : std::optional(request.participant);
    std::optional<Id> participantId;
    if (participant)
        participantId = unwrap(project.participants().ensure(*participant)).id;

    // Speakers of turns become participants (interviewers do not).
    std::vector<std::string> speakers;
    for (const Segment &s : doc.segments) {
        if (s.kind == SegmentKind::Turn)
            speakers.push_back(s.label);
    }
    const auto mapping =
        mapSpeakersToParticipants(speakers, participant, request.options.interviewer);
    std::map<std::string, Id> speakerIds;
    for (const auto &[speaker, label] : mapping) {
        if (label)
            speakerIds[speaker] = unwrap(project.participants().ensure(*label)).id;
    }
    for (Segment &s : doc.segments) {
        if (s.kind == SegmentKind::Turn && speakerIds.count(s.label))
            s.participantId = speakerIds[s.label];
        else if (s.kind != SegmentKind::Turn)
            s.participantId = participantId;
    }
    // A focus group's document belongs to no single participant unless the user said so.
    if (!participantId && speakerIds.size() == 1)
        participantId = speakerIds.begin()->second;

    storage::NewDocument add;
    add.name = doc.name;
    add.kind = file.kind;
    add.text = std::move(doc.text);
    add.originalName = doc.originalName;
    add.originalFormat = doc.format;
    add.encoding = doc.encoding;
    add.participantId = participantId;
    add.segments = doc.segments;
    const Document created = unwrap(project.documents().add(add));
    for (const ImportedAttribute &attribute : doc.attributes)
        setAttribute(project, AttributeScope::Document, created.id, attribute);

    file.document = created.name;
    file.documentUuid = created.uuid;
    file.characters = created.characters;
    if (participantId)
        file.participant = unwrap(project.participants().get(*participantId)).label;
    for (const Segment &s : doc.segments) {
        file.turns += s.kind == SegmentKind::Turn;
        file.entries += s.kind == SegmentKind::Entry;
        file.sections += s.kind == SegmentKind::Answer;
    }
    return file;
}

} // namespace

std::vector<std::string> expandImportPaths(const std::vector<std::string> &paths)
{
    std::vector<std::string> out;
    for (const std::string &path : paths) {
        std::error_code ec;
        if (!std::filesystem::is_directory(path, ec)) {
            out.push_back(path);
            continue;
        }
        std::vector<std::string> found;
        for (auto it = std::filesystem::recursive_directory_iterator(
                 path, std::filesystem::directory_options::skip_permission_denied, ec);
             !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
            const auto name = it->path().filename().string();
            if (!name.empty() && name[0] == '.') {
                if (it->is_directory(ec))
                    it.disable_recursion_pending();
                continue;
            }
            if (it->is_regular_file(ec) && importable(it->path()))
                found.push_back(it->path().string());
        }
        std::sort(found.begin(), found.end());
        out.insert(out.end(), found.begin(), found.end());
    }
    return out;
}

std::vector<ImportedFile> importFiles(storage::Project &project, const ImportRequest &request,
                                      const std::function<bool(std::size_t, std::size_t)> &progress)
{
    const std::vector<std::string> paths = expandImportPaths(request.paths);
    std::vector<ImportedFile> out;
    // Files are committed in groups (a durable commit per file would cost an fsync each: 2,000
    // transcripts would spend seconds in fsync alone). Inside a group each file runs under its
    // own savepoint, so a bad file leaves no trace while the others are kept; a crash loses at
    // most the group in flight.
    constexpr std::size_t kFilesPerCommit = 64;
    std::size_t next = 0;
    bool stopped = false;
    while (next < paths.size() && !stopped) {
        auto group = project.transaction([&] {
            const std::size_t end = std::min(paths.size(), next + kFilesPerCommit);
            for (; next < end && !stopped; ++next) {
                const std::string &path = paths[next];
                const std::string name = std::filesystem::path(path).filename().string();
                auto docs = readImportFile(path, request.options, request.kind);
                auto added = docs ? project.context().isolated([&] {
                    std::vector<ImportedFile> files;
                    for (ImportedDocument &doc : *docs)
                        files.push_back(addDocument(project, request, path, doc));
                    return files;
                })
                                  : Result<std::vector<ImportedFile>>(docs.error());
                if (added) {
                    out.insert(out.end(), added->begin(), added->end());
                } else {
                    ImportedFile failed;
                    failed.path = path;
                    failed.status = ImportedFile::Status::Failed;
                    failed.message = added.error().message.rfind(name, 0) == 0
                                         ? added.error().message
                                         : name + ": " + added.error().message;
                    out.push_back(failed);
                }
                if (progress && !progress(next + 1, paths.size()))
                    stopped = true;
            }
        });
        if (!group) {
            // The commit itself failed: nothing of this group is in the project.
            for (ImportedFile &file : out) {
                if (file.status == ImportedFile::Status::Imported && !file.documentUuid.empty() &&
                    !project.documents().resolve(file.documentUuid).ok()) {
                    file.status = ImportedFile::Status::Failed;
                    file.message = group.error().message;
                }
            }
            break;
        }
    }
    return out;
}

Result<ParticipantImport> importParticipants(storage::Project &project, const std::string &path,
                                             const ImportOptions &options)
{
    auto table = readTableFile(path, options);
    if (!table)
        return table.error();
    auto rows = readParticipantTable(*table, options);
    if (!rows)
        return rows.error();
    return project.transaction([&] {
        ParticipantImport result;
        for (const ParticipantRow &row : *rows) {
            const bool existed = project.participants().resolve(row.id).ok();
            const Participant p = unwrap(project.participants().ensure(row.id));
            existed ? ++result.updated : ++result.created;
            for (const ImportedAttribute &attribute : row.attributes)
                setAttribute(project, AttributeScope::Participant, p.id, attribute);
        }
        return result;
    });
}

} // namespace weft::services
