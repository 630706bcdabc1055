// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace weft::app {

/// Who the current user codes as. A name chosen in the settings wins; otherwise $WEFT_CODER,
/// as in weft-cli; otherwise the login name.
class CoderIdentity {
public:
    static QString current();
    /// The name saved in the settings; empty when none is saved.
    static QString saved();
    /// Saves a name; an empty one removes the setting.
    static void save(const QString &name);
};

} // namespace weft::app
