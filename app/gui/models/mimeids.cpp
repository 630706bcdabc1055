// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/models/mimeids.h"

#include <QMimeData>

namespace weft::app {

QMimeData *idsToMime(const QString &mimeType, const QList<core::Id> &ids, const QStringList &paths)
{
    QByteArray encoded;
    for (core::Id id : ids) {
        if (!encoded.isEmpty())
            encoded += ',';
        encoded += QByteArray::number(id);
    }
    auto *data = new QMimeData;
    data->setData(mimeType, encoded);
    data->setText(paths.join(u'\n'));
    return data;
}

QList<core::Id> idsFromMime(const QMimeData *data, const QString &mimeType)
{
    QList<core::Id> ids;
    if (!data || !data->hasFormat(mimeType))
        return ids;
    for (const QByteArray &part : data->data(mimeType).split(',')) {
        bool ok = false;
        const core::Id id = part.trimmed().toLongLong(&ok);
        if (ok && id > 0)
            ids.append(id);
    }
    return ids;
}

} // namespace weft::app
