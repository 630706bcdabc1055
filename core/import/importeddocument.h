// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/entities.h"

#include <optional>
#include <string>
#include <vector>

namespace weft::core {

/// A typed attribute value found in a file (a transcript header line, a form column).
struct ImportedAttribute {
    std::string name;
    AttributeType type = AttributeType::Text;
    std::string value; ///< canonical: ISO date, number as written, "true"/"false"
};

/// What a reader makes of a file: stored-form text plus any structure it found.
struct ImportedDocument {
    std::string name;           ///< file name without extension
    std::string originalName;   ///< file name as given
    std::string format;         ///< "txt", "md", ...
    std::string encoding;       ///< source encoding
    std::string text;           ///< UTF-8, NFC, "\n" line ends, no BOM
    std::optional<DocumentKind> kind; ///< when the reader can tell
    std::vector<Segment> segments;    ///< turns / entries / answers, ranges in code points
    std::vector<ImportedAttribute> attributes; ///< document attributes
    std::optional<std::string> participant;    ///< participant id (label) the file belongs to
};

/// How the user asked for a file to be read. Readers use what applies to them.
struct ImportOptions {
    std::string encoding;    ///< override charset detection ("" = detect)
    std::string sheet;       ///< XLSX: sheet name ("" = first sheet)
    std::string dateOrder;   ///< "dmy" or "mdy" for dates like 03/04/2019 ("" = guess, dmy)
    std::string interviewer; ///< extra interviewer label for transcripts
    std::vector<std::string> textColumns; ///< feedback forms: columns that are codable text
    std::string idColumn;    ///< feedback forms / participant tables: the participant id column
};

/// A table read from a .csv or .xlsx file: a header row and data rows, every cell as text
/// (numbers as written, dates as YYYY-MM-DD, booleans as TRUE/FALSE).
struct Table {
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows; ///< each row padded/truncated to header size
};

} // namespace weft::core
