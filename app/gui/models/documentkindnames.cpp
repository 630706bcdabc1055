// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/models/documentkindnames.h"

#include <QCoreApplication>

namespace weft::app {

QString documentKindName(core::DocumentKind kind)
{
    switch (kind) {
    case core::DocumentKind::Interview:
        return QCoreApplication::translate("DocumentKind", "Interview");
    case core::DocumentKind::Journal:
        return QCoreApplication::translate("DocumentKind", "Journal");
    case core::DocumentKind::Feedback:
        return QCoreApplication::translate("DocumentKind", "Feedback form");
    case core::DocumentKind::Document:
        break;
    }
    return QCoreApplication::translate("DocumentKind", "Document");
}

QString documentKindGroupName(core::DocumentKind kind)
{
    switch (kind) {
    case core::DocumentKind::Interview:
        return QCoreApplication::translate("DocumentKind", "Interviews");
    case core::DocumentKind::Journal:
        return QCoreApplication::translate("DocumentKind", "Journals");
    case core::DocumentKind::Feedback:
        return QCoreApplication::translate("DocumentKind", "Feedback forms");
    case core::DocumentKind::Document:
        break;
    }
    return QCoreApplication::translate("DocumentKind", "Other documents");
}

} // namespace weft::app
