// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/services/themeanalysis.h"
#include "core/model/codetree.h"
#include "storage/attributestore.h"
#include "storage/project.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace weft::services {

/// Everything a findings report reads from the project, fetched once up front so the report
/// sections stay free of storage calls (and of their error handling). Document texts are not
/// here: only the few documents quoted are read, later, by the QuoteSelector.
struct ReportData {
    storage::ProjectInfo info;
    std::vector<core::Document> documents;          ///< in project order
    std::map<core::Id, std::size_t> documentOrder;  ///< id -> index in `documents`
    std::vector<core::Participant> participants;    ///< sorted by label
    std::map<core::Id, std::string> participantLabels;
    std::vector<core::AttributeDefinition> participantAttributes;
    std::map<core::Id, std::vector<storage::AttributeValue>> participantValues;
    std::map<core::Id, std::vector<core::Id>> participantDocuments; ///< linked or speaking in
    /// Attribute values of feedback documents (closed answers, session numbers).
    std::map<core::Id, std::vector<storage::AttributeValue>> feedbackValues;
    std::optional<core::CodeTree> codes;
    std::map<core::Id, std::int64_t> codingCounts; ///< own codings per code id
    std::map<core::DocumentKind, std::int64_t> codingsByKind;
    ThemesOverview themes;                         ///< every theme, tree order
    std::vector<core::Memo> themeMemos;            ///< memos on themes
    /// Codings marked by hand as a theme's exemplar quotes: theme id -> coding ids, in the
    /// order they were marked (their place in the theme's quotes).
    std::map<core::Id, std::vector<core::Id>> exemplars;
    std::vector<core::AuditEntry> audit;           ///< oldest first

    const core::Document *document(core::Id id) const;
    /// The participant's label, or "" for none/unknown.
    std::string label(std::optional<core::Id> participant) const;
    /// The value of a feedback document's attribute (case-insensitive name), if any.
    std::optional<std::string> feedbackValue(core::Id documentId, const std::string &name) const;
    /// The date (YYYY-MM-DD) of the last recorded change, else of the project's creation.
    std::string lastChangeDate() const;
};

Result<ReportData> loadReportData(storage::Project &project);

} // namespace weft::services
