// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/importer.h"

#include "core/import/documentreader.h"
#include "core/import/readerregistry.h"
#include "core/import/structure/feedbackform.h"
#include "core/import/structure/journal.h"
#include "core/import/structure/participantid.h"
#include "core/import/structure/transcript.h"
#include "core/import/structure/valuetypes.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>

namespace weft::core {
namespace {

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

std::string extensionOf(const std::filesystem::path &path)
{
    std::string ext = path.extension().string();
    if (!ext.empty() && ext.front() == '.')
        ext.erase(0, 1);
    return lower(ext);
}

Result<std::string> readBytes(const std::filesystem::path &file)
{
    const std::string name = file.filename().string();
    std::error_code ec;
    if (!std::filesystem::is_regular_file(file, ec))
        return makeError(ErrorCode::Io, name + ": no such file; check the path");
    const auto size = std::filesystem::file_size(file, ec);
    if (ec)
        return makeError(ErrorCode::Io, name + ": cannot read the file (" + ec.message() + ")");
    // Refused by size before a byte is read.
    if (size > kMaxImportBytes) {
        return makeError(ErrorCode::BadFormat,
                         name + " is larger than 256 MB; split it into smaller files");
    }
    if (size == 0)
        return makeError(ErrorCode::BadFormat, name + " is empty; there is nothing to import");
    std::ifstream in(file, std::ios::binary);
    std::string bytes(static_cast<std::size_t>(size), '\0');
    if (!in.read(bytes.data(), static_cast<std::streamsize>(size)))
        return makeError(ErrorCode::Io, name + ": cannot read the file");
    return bytes;
}

Error named(const std::filesystem::path &file, const Error &error)
{
    const std::string name = file.filename().string();
    if (error.message.rfind(name, 0) == 0)
        return error;
    return makeError(error.code, name + ": " + error.message);
}

DateOrder dateOrderOf(const ImportOptions &options)
{
    return options.dateOrder == "mdy" ? DateOrder::MonthDayYear : DateOrder::DayMonthYear;
}

} // namespace

std::optional<DocumentKind> kindFromPath(const std::string &path)
{
    const std::filesystem::path p(path);
    const std::string folder = lower(p.parent_path().filename().string());
    if (folder == "interviews" || folder == "interview" || folder == "transcripts")
        return DocumentKind::Interview;
    if (folder == "journals" || folder == "journal" || folder == "diaries" || folder == "diary")
        return DocumentKind::Journal;
    if (folder == "feedback" || folder == "feedback-forms" || folder == "forms")
        return DocumentKind::Feedback;
    const std::string name = p.filename().string();
    if (name.size() > 2 && (name[0] == 'J' || name[0] == 'j') && name[1] == '_')
        return DocumentKind::Journal;
    return std::nullopt;
}

void detectStructure(ImportedDocument &doc, std::optional<DocumentKind> kind,
                     const ImportOptions &options)
{
    const bool readerFoundTurns = !doc.segments.empty();
    if (readerFoundTurns) {
        doc.kind = kind.value_or(doc.kind.value_or(DocumentKind::Interview));
        return;
    }
    const bool wantTurns = !kind || *kind == DocumentKind::Interview;
    const bool wantEntries = !kind || *kind == DocumentKind::Journal;
    if (wantTurns) {
        TranscriptStructure transcript = detectTranscript(doc.text);
        if (transcript.turns.size() >= 2 || (kind && !transcript.turns.empty())) {
            doc.kind = DocumentKind::Interview;
            for (const DetectedTurn &t : transcript.turns) {
                Segment s;
                s.kind = SegmentKind::Turn;
                s.start = static_cast<std::int64_t>(t.start);
                s.end = static_cast<std::int64_t>(t.end);
                s.label = t.speaker;
                s.timestamp = t.timestamp;
                doc.segments.push_back(s);
            }
            for (const auto &[key, value] : transcript.header) {
                const AttributeType type = inferAttributeType({value}, dateOrderOf(options));
                const auto canonical = canonicalValue(type, value, dateOrderOf(options));
                doc.attributes.push_back({key, canonical ? type : AttributeType::Text,
                                          canonical ? *canonical : value});
            }
            return;
        }
    }
    if (wantEntries) {
        const auto entries = detectJournal(doc.text, dateOrderOf(options));
        if (entries.size() >= 2 || (kind && !entries.empty())) {
            doc.kind = DocumentKind::Journal;
            for (const DetectedEntry &e : entries) {
                Segment s;
                s.kind = SegmentKind::Entry;
                s.start = static_cast<std::int64_t>(e.start);
                s.end = static_cast<std::int64_t>(e.end);
                s.date = e.date;
                doc.segments.push_back(s);
            }
            return;
        }
    }
    doc.kind = kind.value_or(DocumentKind::Document);
}

Result<Table> readTableFile(const std::string &path, const ImportOptions &options)
{
    const std::filesystem::path file(path);
    const TableReader *reader = tableReaderFor(extensionOf(file));
    if (!reader) {
        return makeError(ErrorCode::BadFormat,
                         file.filename().string() + ": not a table; use a .csv or .xlsx file");
    }
    auto bytes = readBytes(file);
    if (!bytes)
        return bytes.error();
    auto table = reader->readTable(*bytes, options);
    if (!table)
        return named(file, table.error());
    return table;
}

Result<std::vector<ImportedDocument>> readImportFile(const std::string &path,
                                                     const ImportOptions &options,
                                                     std::optional<DocumentKind> kind)
{
    const std::filesystem::path file(path);
    const std::string ext = extensionOf(file);
    const std::string stem = file.stem().string();
    const std::string fileName = file.filename().string();

    if (tableReaderFor(ext)) {
        auto table = readTableFile(path, options);
        if (!table)
            return table.error();
        auto docs = buildFeedbackDocuments(*table, stem, options);
        if (!docs)
            return named(file, docs.error());
        for (ImportedDocument &doc : *docs) {
            doc.originalName = fileName;
            doc.format = ext;
        }
        return docs;
    }

    const DocumentReader *reader = documentReaderFor(ext);
    if (!reader) {
        return makeError(ErrorCode::BadFormat, fileName + ": this file type cannot be imported; use " +
                                                   supportedExtensionList());
    }
    auto bytes = readBytes(file);
    if (!bytes)
        return bytes.error();
    auto doc = reader->read(*bytes, options);
    if (!doc)
        return named(file, doc.error());
    doc->originalName = fileName;
    doc->name = stem;
    doc->format = ext;
    if (!doc->participant)
        doc->participant = participantIdFromFileName(fileName);
    detectStructure(*doc, kind ? kind : kindFromPath(path), options);
    std::vector<ImportedDocument> out;
    out.push_back(std::move(*doc));
    return out;
}

} // namespace weft::core
