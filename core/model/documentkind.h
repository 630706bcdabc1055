// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace weft::core {

/// The data source a document comes from. Prevalence and triangulation are counted per kind.
enum class DocumentKind { Interview, Journal, Feedback, Document };

inline constexpr std::array<DocumentKind, 4> allDocumentKinds{
    DocumentKind::Interview, DocumentKind::Journal, DocumentKind::Feedback, DocumentKind::Document};

/// The stable name used in the project file and in JSON ("interview", "journal", ...).
std::string_view toString(DocumentKind kind);
std::optional<DocumentKind> documentKindFromString(std::string_view name);

} // namespace weft::core
