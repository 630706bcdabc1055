// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/documentkind.h"
#include "core/util/result.h"
#include "storage/attributestore.h"
#include "storage/auditlog.h"
#include "storage/changeevent.h"
#include "storage/codestore.h"
#include "storage/codingstore.h"
#include "storage/documentstore.h"
#include "storage/exemplarstore.h"
#include "storage/maplayoutstore.h"
#include "storage/memostore.h"
#include "storage/migrations.h"
#include "storage/participantstore.h"
#include "storage/projectfile.h"
#include "storage/themestore.h"

#include <future>
#include <map>
#include <memory>
#include <optional>
#include <string>

namespace weft::storage {

class ProjectContext;

struct OpenOptions {
    /// Read-only: no lock taken, no migration, every change refused. Lets a second process
    /// read a project that is open in a window.
    bool readOnly = false;
    /// The coder every change is attributed to.
    std::string coder;
    /// For tests of the migration machinery; production uses migrationSteps()/kSchemaVersion.
    const std::vector<MigrationStep> *migrations = nullptr;
    int targetVersion = 0;
};

struct ProjectInfo {
    int schemaVersion = 0;
    std::string uuid;
    std::string title;
    std::string createdAt;
    std::map<core::DocumentKind, std::int64_t> documents;
    std::int64_t participants = 0;
    std::int64_t codes = 0;
    std::int64_t codings = 0;
    std::int64_t themes = 0;
    std::int64_t memos = 0;
    std::int64_t coders = 0;
};

/// An open Weft project file: the one entry point to everything stored. Every mutating call
/// on a store is one transaction that writes its audit row and then notifies observers.
class Project {
public:
    /// Creates a new project file; refuses to overwrite an existing file.
    static Result<std::unique_ptr<Project>> create(const std::string &path,
                                                   const std::string &title,
                                                   const std::string &coder);
    /// Opens a project: checks header and schema at once, migrates older files (after a backup),
    /// refuses newer ones and non-Weft files, runs quick_check at once after an unclean shutdown.
    static Result<std::unique_ptr<Project>> open(const std::string &path, OpenOptions options = {});

    ~Project();
    Project(const Project &) = delete;
    Project &operator=(const Project &) = delete;

    /// Checkpoints and truncates the write-ahead log so the closed project is a single file.
    Result<void> close();

    const std::string &path() const { return m_path; }
    bool readOnly() const;
    /// True when the last session did not close cleanly (an integrity check ran at open).
    bool recoveredFromUncleanShutdown() const { return m_unclean; }
    /// Runs quick_check on a separate connection in a background thread.
    std::shared_future<Result<void>> checkIntegrityInBackground();

    void setCoder(const std::string &name);
    const std::string &coder() const;

    Result<ProjectInfo> info();
    Result<std::string> title();
    Result<void> setTitle(const std::string &title);

    DocumentStore &documents() { return m_documents; }
    ParticipantStore &participants() { return m_participants; }
    AttributeStore &attributes() { return m_attributes; }
    CodeStore &codes() { return m_codes; }
    CodingStore &codings() { return m_codings; }
    MemoStore &memos() { return m_memos; }
    ThemeStore &themes() { return m_themes; }
    ExemplarStore &exemplars() { return m_exemplars; }
    MapLayoutStore &mapLayout() { return m_mapLayout; }
    AuditLog &history() { return m_history; }

    void addObserver(ProjectObserver *observer);
    void removeObserver(ProjectObserver *observer);

    /// Runs several store calls as one transaction (one user action, one undo step).
    template <typename F>
    auto transaction(F &&body);

    /// For tests: makes the Nth write from now fail, to prove rollbacks.
    void injectWriteFailure(int afterWrites);
    ProjectContext &context() { return *m_context; }

private:
    Project(std::string path, std::unique_ptr<ProjectContext> context,
            std::optional<ProjectLock> lock, bool unclean);

    std::string m_path;
    std::unique_ptr<ProjectContext> m_context;
    std::optional<ProjectLock> m_lock;
    bool m_unclean = false;
    bool m_closed = false;
    std::shared_future<Result<void>> m_integrity;
    DocumentStore m_documents;
    ParticipantStore m_participants;
    AttributeStore m_attributes;
    CodeStore m_codes;
    CodingStore m_codings;
    MemoStore m_memos;
    ThemeStore m_themes;
    ExemplarStore m_exemplars;
    MapLayoutStore m_mapLayout;
    AuditLog m_history;
};

} // namespace weft::storage

#include "storage/projectcontext.h"

namespace weft::storage {

template <typename F>
auto Project::transaction(F &&body)
{
    return m_context->write(std::forward<F>(body));
}

} // namespace weft::storage
