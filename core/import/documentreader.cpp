// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/documentreader.h"

#include "core/import/plaintextreader.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <memory>

namespace weft::core {

namespace {

const std::vector<std::unique_ptr<DocumentReader>> &readers()
{
    static const std::vector<std::unique_ptr<DocumentReader>> all = [] {
        std::vector<std::unique_ptr<DocumentReader>> list;
        list.push_back(std::make_unique<PlainTextReader>());
        return list;
    }();
    return all;
}

std::string lowerExtension(const std::filesystem::path &path)
{
    std::string ext = path.extension().string();
    if (!ext.empty() && ext.front() == '.')
        ext.erase(0, 1);
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext;
}

} // namespace

std::vector<std::string> supportedImportExtensions()
{
    std::vector<std::string> out;
    for (const auto &reader : readers()) {
        for (const std::string &ext : reader->extensions())
            out.push_back(ext);
    }
    return out;
}

Result<ImportedDocument> readDocumentFile(const std::string &path, const ImportOptions &options)
{
    const std::filesystem::path file(path);
    const std::string ext = lowerExtension(file);
    const DocumentReader *reader = nullptr;
    for (const auto &candidate : readers()) {
        const auto exts = candidate->extensions();
        if (std::find(exts.begin(), exts.end(), ext) != exts.end())
            reader = candidate.get();
    }
    if (!reader) {
        std::string list;
        for (const std::string &e : supportedImportExtensions())
            list += (list.empty() ? "." : ", .") + e;
        return makeError(ErrorCode::BadFormat, file.filename().string() +
                                                   ": this file type cannot be imported; use " +
                                                   list);
    }
    std::error_code ec;
    if (!std::filesystem::is_regular_file(file, ec))
        return makeError(ErrorCode::Io, path + ": no such file; check the path");
    const auto size = std::filesystem::file_size(file, ec);
    if (ec)
        return makeError(ErrorCode::Io, path + ": cannot read the file (" + ec.message() + ")");
    if (size > kMaxImportBytes) {
        return makeError(ErrorCode::BadFormat,
                         path + " is larger than 256 MB; split it into smaller files");
    }
    std::ifstream in(file, std::ios::binary);
    std::string bytes(static_cast<std::size_t>(size), '\0');
    if (!in.read(bytes.data(), static_cast<std::streamsize>(size)))
        return makeError(ErrorCode::Io, path + ": cannot read the file");

    auto doc = reader->read(bytes, options);
    if (!doc)
        return makeError(doc.error().code, file.filename().string() + ": " + doc.error().message);
    doc->originalName = file.filename().string();
    doc->name = file.stem().string();
    doc->format = ext;
    return doc;
}

} // namespace weft::core
