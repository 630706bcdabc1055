// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/entities.h"
#include "core/util/result.h"
#include "storage/sqlite/dberror.h"

#include <QString>
#include <QUndoCommand>

#include <string>
#include <vector>

namespace weft::storage {
class Project;
}

namespace weft::app {

class ProjectSession;

/// Base of every undo command: redo and undo call the storage API of the session's project by
/// UUID, each call one transaction. A failed call warns the user and makes the command
/// obsolete, so the stack drops it and never replays a half-known state.
class ProjectCommand : public QUndoCommand {
public:
    ProjectCommand(ProjectSession *session, const QString &text);

protected:
    storage::Project &project() const;
    ProjectSession *session() const { return m_session; }

    /// True when the call succeeded; otherwise reports it and marks the command obsolete.
    template<typename T>
    bool succeeded(const Result<T> &result)
    {
        if (result.ok())
            return true;
        fail(result.error());
        return false;
    }
    void fail(const Error &error);

    /// Inside project().transaction(): the value, or a throw that rolls the whole action back.
    template<typename T>
    static T take(Result<T> result)
    {
        if (!result.ok())
            throw storage::StorageFailure(result.error());
        return std::move(result).value();
    }
    static void take(const Result<void> &result)
    {
        if (!result.ok())
            throw storage::StorageFailure(result.error());
    }

    /// A code found or made for a path, and the UUID of the highest level this made (empty
    /// when the whole path existed): removing that one undoes the creation.
    struct EnsuredPath {
        core::Code code;
        std::string createdRoot;
    };
    /// Inside project().transaction(): creates the missing levels of a code path.
    static EnsuredPath ensureCodePath(storage::Project &project,
                                      const std::vector<std::string> &path);

private:
    ProjectSession *m_session;
};

} // namespace weft::app
