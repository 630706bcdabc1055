// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/entities.h"
#include "core/util/result.h"

#include <optional>
#include <string>
#include <vector>

namespace weft::storage {

class ProjectContext;

struct AttributeValue {
    std::string name;
    core::AttributeType type = core::AttributeType::Text;
    std::string value; ///< canonical text: number as written, date as YYYY-MM-DD, "true"/"false"
};

/// Typed attributes of participants and documents (site, age, cohort, interview date ...).
class AttributeStore {
public:
    explicit AttributeStore(ProjectContext &context) : m_context(context) {}

    /// The attribute of that scope and name, created with `type` when missing. An existing
    /// attribute keeps its type.
    Result<core::AttributeDefinition> define(core::AttributeScope scope, const std::string &name,
                                             core::AttributeType type);
    Result<std::vector<core::AttributeDefinition>> definitions(core::AttributeScope scope);

    /// Sets a value (validated against the type); returns the previous value, if any.
    Result<std::optional<std::string>> setValue(core::AttributeScope scope, core::Id entityId,
                                                const std::string &name, const std::string &value);
    /// Removes a value; returns the previous value, if any.
    Result<std::optional<std::string>> clearValue(core::AttributeScope scope, core::Id entityId,
                                                  const std::string &name);
    Result<std::vector<AttributeValue>> values(core::AttributeScope scope, core::Id entityId);

private:
    ProjectContext &m_context;
};

/// Checks a value against a type and returns its canonical form.
Result<std::string> canonicalAttributeValue(core::AttributeType type, const std::string &value);

} // namespace weft::storage
