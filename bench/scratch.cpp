// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/scratch.h"

#include "bench/timing.h"
#include "storage/project.h"

#include <cstdlib>
#include <system_error>

namespace weft::bench {

namespace fs = std::filesystem;

ScratchDir::ScratchDir(const fs::path &parent, bool keep)
    : m_keep(keep)
{
    const fs::path base = parent.empty() ? fs::temp_directory_path() : parent;
    fs::create_directories(base);
    std::string pattern = (base / "weft-bench-XXXXXX").string();
    if (!::mkdtemp(pattern.data()))
        throw BenchError("cannot make a scratch directory under " + base.string());
    m_path = pattern;
}

ScratchDir::~ScratchDir()
{
    std::error_code ignored;
    if (!m_keep)
        fs::remove_all(m_path, ignored);
}

void copyProject(const fs::path &from, const fs::path &to)
{
    fs::remove(to);
    fs::copy_file(from, to);
}

std::unique_ptr<storage::Project> createProject(const fs::path &path)
{
    return need(storage::Project::create(path.string(), "weft-bench", kCoder),
            "create " + path.string());
}

std::unique_ptr<storage::Project> openProject(const fs::path &path)
{
    storage::OpenOptions options;
    options.coder = kCoder;
    return need(storage::Project::open(path.string(), options), "open " + path.string());
}

void closeProject(std::unique_ptr<storage::Project> project)
{
    need(project->close(), "close " + project->path());
}

IdMaps resolveIds(storage::Project &project)
{
    IdMaps ids;
    for (const core::Document &d : need(project.documents().all(), "list documents"))
        ids.documents.emplace(d.name, d.id);
    const core::CodeTree tree = need(project.codes().tree(), "read the code tree");
    for (const core::Code &c : tree.codes())
        ids.codes.emplace(tree.path(c.id), c.id);
    return ids;
}

} // namespace weft::bench
