// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/result.h"

#include <QString>
#include <QStringList>

namespace weft::app {

/// The bundled sample study. The build generates it; the app never opens that file itself but
/// a copy in the user's data folder, so the user can code in it freely and the installed or
/// built file stays as shipped.
class SampleProject {
public:
    /// Where a bundled sample may be: beside the executable, in the installed data folder,
    /// then where this build generated it.
    static QStringList candidates();
    /// The first candidate that exists, or an empty string.
    static QString bundledPath();
    /// The user's copy (AppDataLocation/sample-study.weft), made from the bundled file when it
    /// does not exist yet.
    static Result<QString> userCopy();
    static QString userCopyPath();
};

} // namespace weft::app
