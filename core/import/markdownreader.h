// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/plaintextreader.h"

namespace weft::core {

/// Markdown (.md, .markdown), kept exactly as written.
///
/// Markdown is meant to be read as it is, and a researcher's quotes and codings should match
/// the file they wrote, so no syntax is stripped or rendered (front matter included): the
/// bytes are decoded by the .txt rules and put in stored form. A reader of its own so that the
/// document's format is recorded as Markdown and a later renderer can tell it from plain text.
class MarkdownReader : public PlainTextReader {
public:
    std::vector<std::string> extensions() const override { return {"md", "markdown"}; }
};

} // namespace weft::core
