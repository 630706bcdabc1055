// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/jsonvalues.h"

#include <cstdlib>

namespace weft::cli {

nlohmann::json attributesJson(const std::vector<storage::AttributeValue> &values)
{
    nlohmann::json out = nlohmann::json::object();
    for (const storage::AttributeValue &v : values) {
        switch (v.type) {
        case core::AttributeType::Number: {
            const nlohmann::json number = nlohmann::json::parse(v.value, nullptr, false);
            out[v.name] = number.is_number() ? number : nlohmann::json(std::strtod(v.value.c_str(), nullptr));
            break;
        }
        case core::AttributeType::Boolean:
            out[v.name] = v.value == "true";
            break;
        case core::AttributeType::Date:
        case core::AttributeType::Text:
            out[v.name] = v.value;
            break;
        }
    }
    return out;
}

} // namespace weft::cli
