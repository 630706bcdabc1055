// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/entities.h"

#include <QList>
#include <QString>
#include <QStringList>

class QMimeData;

namespace weft::app {

/// Drag data carrying entity ids ("12,40,7") under a Weft mime type, with their paths as the
/// plain text other applications see.
QMimeData *idsToMime(const QString &mimeType, const QList<core::Id> &ids, const QStringList &paths);
/// The ids under `mimeType` (positive integers only; anything else is skipped).
QList<core::Id> idsFromMime(const QMimeData *data, const QString &mimeType);

} // namespace weft::app
