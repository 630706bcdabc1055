// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/readerregistry.h"

#include "core/import/documentreader.h"
#include "core/import/csvreader.h"
#include "core/import/docxreader.h"
#include "core/import/htmlreader.h"
#include "core/import/markdownreader.h"
#include "core/import/pdfreader.h"
#include "core/import/rtfreader.h"
#include "core/import/subtitlereader.h"
#include "core/import/odtreader.h"
#include "core/import/plaintextreader.h"
#include "core/import/xlsxreader.h"

#include <algorithm>
#include <memory>

namespace weft::core {
namespace {

const std::vector<std::unique_ptr<DocumentReader>> &documentReaders()
{
    static const std::vector<std::unique_ptr<DocumentReader>> all = [] {
        std::vector<std::unique_ptr<DocumentReader>> list;
        list.push_back(std::make_unique<PlainTextReader>());
        list.push_back(std::make_unique<DocxReader>());
        list.push_back(std::make_unique<OdtReader>());
        list.push_back(std::make_unique<RtfReader>());
        list.push_back(std::make_unique<PdfReader>());
        list.push_back(std::make_unique<HtmlReader>());
        list.push_back(std::make_unique<MarkdownReader>());
        list.push_back(std::make_unique<SubtitleReader>());
        return list;
    }();
    return all;
}

const std::vector<std::unique_ptr<TableReader>> &tableReaders()
{
    static const std::vector<std::unique_ptr<TableReader>> all = [] {
        std::vector<std::unique_ptr<TableReader>> list;
        list.push_back(std::make_unique<CsvReader>());
        list.push_back(std::make_unique<XlsxReader>());
        return list;
    }();
    return all;
}

template <typename Reader>
const Reader *find(const std::vector<std::unique_ptr<Reader>> &readers, std::string_view ext)
{
    for (const auto &reader : readers) {
        const auto exts = reader->extensions();
        if (std::find(exts.begin(), exts.end(), ext) != exts.end())
            return reader.get();
    }
    return nullptr;
}

} // namespace

const DocumentReader *documentReaderFor(std::string_view extension)
{
    return find(documentReaders(), extension);
}

const TableReader *tableReaderFor(std::string_view extension)
{
    return find(tableReaders(), extension);
}

std::vector<std::string> supportedImportExtensions()
{
    std::vector<std::string> out;
    for (const auto &reader : documentReaders()) {
        for (const std::string &ext : reader->extensions())
            out.push_back(ext);
    }
    for (const auto &reader : tableReaders()) {
        for (const std::string &ext : reader->extensions())
            out.push_back(ext);
    }
    return out;
}

std::string supportedExtensionList()
{
    std::string list;
    for (const std::string &e : supportedImportExtensions())
        list += (list.empty() ? "." : ", .") + e;
    return list;
}

} // namespace weft::core
