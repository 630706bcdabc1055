// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/report/reportdocument.h"
#include "core/util/result.h"

#include <string>

namespace weft::core {

/// Turns a report model into the bytes of one file format. Writers are deterministic: the same
/// document (and the same figure renderer) gives the same bytes, with no clock, randomness or
/// machine detail in them.
class ReportWriter {
public:
    virtual ~ReportWriter() = default;
    virtual Result<std::string> write(const ReportDocument &document) const = 0;
};

} // namespace weft::core
