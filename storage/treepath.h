// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/codepath.h"
#include "core/util/uuid.h"
#include "storage/sqlite/connection.h"
#include "storage/sqlite/dberror.h"

#include <string>

namespace weft::storage {

/// Finds a row of a named tree (codes, themes) by UUID or by path ("Parent/Child", '\/' for a
/// slash in a name). `select` is the table's SELECT ... FROM <table> <alias> prefix, `alias`
/// its alias; `read` maps a row. Inside a read or write; a miss fails NotFound with `missing`.
template <typename Read>
auto resolveTreePath(Connection &db, const std::string &select, const std::string &alias,
                     const std::string &pathOrUuid, Read read, const std::string &missing)
{
    if (core::isUuid(pathOrUuid)) {
        Statement &byUuid = db.cached(select + "WHERE " + alias + ".uuid = lower(?1)");
        byUuid.bindAll(pathOrUuid);
        if (byUuid.step())
            return read(byUuid);
    }
    auto names = core::splitPath(pathOrUuid);
    if (!names)
        throw StorageFailure(names.error());
    Statement &find = db.cached(select + "WHERE ifnull(" + alias + ".parent_id, 0) = ?1 AND " +
                                alias + ".name = ?2");
    decltype(read(find)) row;
    core::Id parent = 0;
    for (const std::string &name : *names) {
        find.reset();
        find.bindAll(parent, name);
        if (!find.step())
            fail(ErrorCode::NotFound, missing);
        row = read(find);
        parent = row.id;
    }
    return row;
}

} // namespace weft::storage
