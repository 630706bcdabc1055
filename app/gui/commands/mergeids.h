// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace weft::app {

/// QUndoCommand::id() values of the commands that merge with their successor; one enum so no
/// two commands ever share an id by accident.
enum class MergeId {
    EditMemo = 1,
};

} // namespace weft::app
