// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/entities.h"

#include <string>
#include <unordered_map>
#include <vector>

namespace weft::core {

/// An index over a flat list of codes: children in order, paths, descendants.
class CodeTree {
public:
    explicit CodeTree(std::vector<Code> codes);

    const std::vector<Code> &codes() const { return m_codes; }
    const Code *find(Id id) const;
    /// Top-level codes (parent 0) or children of `parent`, in position order.
    const std::vector<Id> &children(Id parent) const;
    /// "Parent/Child" with '/' inside names escaped.
    std::string path(Id id) const;
    std::vector<std::string> pathNames(Id id) const;
    /// The code and all codes below it.
    std::vector<Id> subtree(Id id) const;

private:
    std::vector<Code> m_codes;
    std::unordered_map<Id, std::size_t> m_index;
    std::unordered_map<Id, std::vector<Id>> m_children;
    std::vector<Id> m_empty;
};

} // namespace weft::core
