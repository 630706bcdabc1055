// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/documentkind.h"

#include <QString>

namespace weft::app {

/// "Interview", "Journal", "Feedback form", "Document".
QString documentKindName(core::DocumentKind kind);
/// "Interviews", "Journals", "Feedback forms", "Other documents".
QString documentKindGroupName(core::DocumentKind kind);

} // namespace weft::app
