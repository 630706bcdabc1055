// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/attributestore.h"

#include <nlohmann/json.hpp>

#include <vector>

namespace weft::cli {

/// Attributes as a JSON object: numbers and booleans as JSON numbers/booleans, dates and text
/// as strings.
nlohmann::json attributesJson(const std::vector<storage::AttributeValue> &values);

} // namespace weft::cli
