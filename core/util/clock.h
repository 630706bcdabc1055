// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

namespace weft::core {

/// Current UTC time as ISO 8601 with milliseconds, e.g. "2026-11-26T02:15:52.123Z".
/// Sorts lexically in time order, which the audit log relies on.
std::string utcNowIso();

} // namespace weft::core
