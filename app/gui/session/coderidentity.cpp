// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/session/coderidentity.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace weft::app {

namespace {
const auto kCoderKey = u"coder/name"_s;
}

QString CoderIdentity::current()
{
    if (QString name = saved(); !name.isEmpty())
        return name;
    for (const char *variable : {"WEFT_CODER", "USER", "LOGNAME", "USERNAME"}) {
        const QString value = qEnvironmentVariable(variable).trimmed();
        if (!value.isEmpty())
            return value;
    }
    return u"coder"_s;
}

QString CoderIdentity::saved()
{
    return QSettings().value(kCoderKey).toString().trimmed();
}

void CoderIdentity::save(const QString &name)
{
    QSettings settings;
    if (name.trimmed().isEmpty())
        settings.remove(kCoderKey);
    else
        settings.setValue(kCoderKey, name.trimmed());
}

} // namespace weft::app
