// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/documentkind.h"

namespace weft::core {

std::string_view toString(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Interview: return "interview";
    case DocumentKind::Journal: return "journal";
    case DocumentKind::Feedback: return "feedback";
    case DocumentKind::Document: return "document";
    }
    return "document";
}

std::optional<DocumentKind> documentKindFromString(std::string_view name)
{
    for (DocumentKind kind : allDocumentKinds) {
        if (toString(kind) == name)
            return kind;
    }
    return std::nullopt;
}

} // namespace weft::core
