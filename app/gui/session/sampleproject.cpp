// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/session/sampleproject.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace weft::app {

namespace {
const auto kFileName = u"sample-study.weft"_s;
}

QStringList SampleProject::candidates()
{
    const QDir binary(QCoreApplication::applicationDirPath());
    return {
            binary.filePath(kFileName),
            binary.filePath(
                    u"../"_s + QStringLiteral(WEFT_INSTALL_DATADIR) + u"/weft/"_s + kFileName),
            QStringLiteral(WEFT_SAMPLE_PROJECT),
    };
}

QString SampleProject::bundledPath()
{
    for (const QString &candidate : candidates()) {
        if (QFileInfo(candidate).isFile())
            return QFileInfo(candidate).canonicalFilePath();
    }
    return {};
}

QString SampleProject::userCopyPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
            .filePath(kFileName);
}

Result<QString> SampleProject::userCopy()
{
    const QString copy = userCopyPath();
    if (QFileInfo(copy).isFile())
        return copy;
    const QString bundled = bundledPath();
    if (bundled.isEmpty()) {
        return makeError(ErrorCode::NotFound,
                "The sample study is not installed with this copy of Weft (looked for "
                        + candidates().join(u", "_s).toStdString() + ").");
    }
    if (!QDir().mkpath(QFileInfo(copy).absolutePath()) || !QFile::copy(bundled, copy)) {
        return makeError(ErrorCode::Io,
                "Could not copy the sample study to " + copy.toStdString()
                        + "; check that the folder is writable.");
    }
    // An installed sample is read-only; the user's copy must not be.
    QFile::setPermissions(
            copy, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    return copy;
}

} // namespace weft::app
