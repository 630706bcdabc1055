// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace weft::core {

class DocumentReader;
class TableReader;

/// The reader for a lowercase extension without dot, or nullptr.
const DocumentReader *documentReaderFor(std::string_view extension);
const TableReader *tableReaderFor(std::string_view extension);

/// Every importable extension, for messages: ".txt, .docx, ...".
std::string supportedExtensionList();
std::vector<std::string> supportedImportExtensions();

} // namespace weft::core
