// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/session/readingpositions.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSettings>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace weft::app {

namespace {
// One short key per project file, whatever characters its path holds.
QString keyFor(const QString &projectPath)
{
    const QByteArray path = QFileInfo(projectPath).absoluteFilePath().toUtf8();
    return u"readingPositions/"_s
            + QString::fromLatin1(QCryptographicHash::hash(path, QCryptographicHash::Sha1).toHex());
}
} // namespace

std::optional<ReadingPositions::Position> ReadingPositions::load(const QString &projectPath)
{
    const QStringList stored = QSettings().value(keyFor(projectPath)).toStringList();
    if (stored.size() != 2 || stored.first().isEmpty())
        return std::nullopt;
    bool ok = false;
    const std::int64_t codePoint = stored.last().toLongLong(&ok);
    return Position{stored.first(), ok ? codePoint : 0};
}

void ReadingPositions::save(const QString &projectPath, const Position &position)
{
    QSettings().setValue(keyFor(projectPath),
            QStringList{position.documentUuid, QString::number(position.codePoint)});
}

} // namespace weft::app
