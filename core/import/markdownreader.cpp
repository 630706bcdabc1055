// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/markdownreader.h"

#include "core/text/charset.h"
#include "core/text/normalize.h"

namespace weft::core {

Result<ImportedDocument> MarkdownReader::read(
        std::string_view bytes, const ImportOptions &options) const
{
    auto decoded = text::decodeText(bytes, options.encoding);
    if (!decoded)
        return decoded.error();
    ImportedDocument doc;
    doc.encoding = decoded->encoding;
    doc.text = text::toStoredText(decoded->text);
    return doc;
}

} // namespace weft::core
