// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/codetree.h"

#include "core/model/codepath.h"

#include <algorithm>

namespace weft::core {

CodeTree::CodeTree(std::vector<Code> codes) : m_codes(std::move(codes))
{
    for (std::size_t i = 0; i < m_codes.size(); ++i)
        m_index.emplace(m_codes[i].id, i);
    for (const Code &code : m_codes)
        m_children[code.parentId.value_or(0)].push_back(code.id);
    for (auto &[parent, ids] : m_children) {
        std::stable_sort(ids.begin(), ids.end(), [this](Id a, Id b) {
            const Code &ca = *find(a), &cb = *find(b);
            return ca.position != cb.position ? ca.position < cb.position : ca.name < cb.name;
        });
    }
}

const Code *CodeTree::find(Id id) const
{
    const auto it = m_index.find(id);
    return it == m_index.end() ? nullptr : &m_codes[it->second];
}

const std::vector<Id> &CodeTree::children(Id parent) const
{
    const auto it = m_children.find(parent);
    return it == m_children.end() ? m_empty : it->second;
}

std::vector<std::string> CodeTree::pathNames(Id id) const
{
    std::vector<std::string> names;
    // Bounded walk: a corrupt file with a parent cycle must not hang us.
    for (const Code *code = find(id); code && names.size() <= m_codes.size();
         code = code->parentId ? find(*code->parentId) : nullptr)
        names.push_back(code->name);
    std::reverse(names.begin(), names.end());
    return names;
}

std::string CodeTree::path(Id id) const { return joinPath(pathNames(id)); }

std::vector<Id> CodeTree::subtree(Id id) const
{
    std::vector<Id> out{id};
    for (std::size_t i = 0; i < out.size() && out.size() <= m_codes.size(); ++i) {
        for (Id child : children(out[i]))
            out.push_back(child);
    }
    return out;
}

} // namespace weft::core
