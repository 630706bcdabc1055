// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/import/filepreview.h"

#include "core/import/importer.h"
#include "core/import/structure/speakers.h"

#include <QFile>
#include <QFileInfo>

#include <set>

using namespace Qt::StringLiterals;

namespace weft::app {

namespace {

// The participant the import links a document to: the file's own (name or form row), else
// the one speaker of a one-to-one interview who is a participant.
std::optional<std::string> participantOf(const core::ImportedDocument &doc)
{
    if (doc.participant)
        return doc.participant;
    std::vector<std::string> speakers;
    for (const core::Segment &segment : doc.segments) {
        if (segment.kind == core::SegmentKind::Turn)
            speakers.push_back(segment.label);
    }
    std::set<std::string> found;
    for (const auto &[speaker, label] :
            core::mapSpeakersToParticipants(speakers, std::nullopt, std::string()))
        if (label)
            found.insert(*label);
    if (found.size() == 1)
        return *found.begin();
    return std::nullopt;
}

} // namespace

FilePreview previewFile(const QString &path, std::optional<core::DocumentKind> kind)
{
    FilePreview preview;
    const auto documents
            = core::readImportFile(QFile::encodeName(path).toStdString(), {}, kind);
    if (!documents.ok()) {
        preview.error = QString::fromStdString(documents.error().message);
        return preview;
    }
    preview.ok = true;
    preview.documents = static_cast<int>(documents->size());
    // Tables give one feedback form per row; the kind and participant come from the rows.
    const QString suffix = QFileInfo(path).suffix().toLower();
    preview.table = suffix == u"csv"_s || suffix == u"tsv"_s || suffix == u"xlsx"_s;
    if (!documents->empty()) {
        preview.kind = documents->front().kind.value_or(core::DocumentKind::Document);
        preview.encoding = QString::fromStdString(documents->front().encoding);
    }
    for (const core::ImportedDocument &doc : *documents) {
        for (const core::Segment &segment : doc.segments) {
            preview.turns += segment.kind == core::SegmentKind::Turn;
            preview.entries += segment.kind == core::SegmentKind::Entry;
            preview.sections += segment.kind == core::SegmentKind::Answer;
        }
        if (auto participant = participantOf(doc)) {
            const QString label = QString::fromStdString(*participant);
            if (!preview.participants.contains(label))
                preview.participants.append(label);
        }
    }
    return preview;
}

} // namespace weft::app
