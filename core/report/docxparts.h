// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The fixed parts of a WordprocessingML package that DocxWriter assembles: content types,
// relationships, styles, numbering, settings, footer and document properties. Element order
// follows the ECMA-376 schemas strictly, because Word reports a document as damaged over an
// element out of sequence where LibreOffice would say nothing.

#include "core/report/reportdocument.h"

#include <string>
#include <vector>

namespace weft::core::docx {

/// A4 portrait with 2.5 cm margins, in twentieths of a point.
inline constexpr int kPageWidthTwips = 11906;
inline constexpr int kPageHeightTwips = 16838;
inline constexpr int kMarginTwips = 1418;
inline constexpr int kTextWidthTwips = kPageWidthTwips - 2 * kMarginTwips;

/// An image part and the relationship that points at it.
struct ImagePart {
    std::string relationshipId; ///< "rIdImg1"
    std::string target;         ///< "media/image1.png", relative to word/
    std::string bytes;
};

inline constexpr const char *kMainNamespace =
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
inline constexpr const char *kRelationshipsNamespace =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

std::string contentTypesXml(bool hasImages);
std::string packageRelationshipsXml();
std::string documentRelationshipsXml(const std::vector<ImagePart> &images);
/// `language` is a BCP 47 tag such as "en-GB"; it sets the proofing language of all text.
std::string stylesXml(const std::string &language);
std::string settingsXml(const std::string &language);
std::string numberingXml();
/// The footer with a centred page number (left out of the title page).
std::string footerXml();
/// Core properties: title, language, created/modified from the metadata. Deliberately no
/// creator or lastModifiedBy: a document must not carry a user or machine name.
std::string corePropertiesXml(const ReportMetadata &metadata, const std::string &language);
std::string appPropertiesXml();

/// The BCP 47 tag Word expects for a report language ("en" -> "en-GB", "fr" -> "fr-FR").
std::string wordLanguage(const std::string &language);

} // namespace weft::core::docx
