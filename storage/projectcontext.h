// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/entities.h"
#include "core/util/result.h"
#include "storage/changeevent.h"
#include "storage/sqlite/connection.h"
#include "storage/sqlite/dberror.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace weft::storage {

/// What every store shares: the connection, the acting coder, the audit trail and the
/// observers. Stores run each public call through read() or write(), which turn internal
/// failures into Result errors; write() makes the call one transaction.
class ProjectContext {
public:
    ProjectContext(std::unique_ptr<Connection> db, bool readOnly);

    Connection &db() { return *m_db; }
    bool readOnly() const { return m_readOnly; }

    /// The coder every change is attributed to; created in the project on its first change.
    void setCoderName(std::string name) { m_coderName = std::move(name); m_coderId.reset(); }
    const std::string &coderName() const { return m_coderName; }
    /// The coder's id, creating the coder row if needed (inside a write transaction).
    core::Id coderId();
    /// Id of a coder by name, creating it (inside a write transaction).
    core::Id ensureCoder(const std::string &name);

    /// Appends an audit row for the current coder. `before`/`after` may be null json.
    void audit(std::string_view action, EntityType type, const std::string &uuid,
               const nlohmann::json &before, const nlohmann::json &after);
    /// The time of the current transaction (one action, one time: every row it writes carries
    /// the same timestamp). Outside a transaction, now.
    const std::string &now();

    /// Queues a document's text for the full-text index; written just before the transaction
    /// commits. FTS5 flushes its pending terms at every savepoint, so indexing each imported
    /// file inside its own savepoint would cost a third of an import; deferred, a group of files
    /// is indexed in one go, still inside the same transaction.
    void queueIndex(core::Id documentId, std::string text);
    /// Drops a queued entry; false when the document was not queued (it is already indexed).
    bool unqueueIndex(core::Id documentId);

    /// Queues a notification sent after commit.
    void notify(EntityType type, ChangeKind kind, std::string uuid = {});

    void addObserver(ProjectObserver *observer);
    void removeObserver(ProjectObserver *observer);

    /// Runs `body` as one transaction (nested calls join the outer one). On an error result,
    /// DbError or StorageFailure everything since BEGIN is rolled back and the error returned.
    template <typename F>
    auto write(F &&body) -> Result<decltype(body())>;

    /// Inside a write(): runs `body` under a SAVEPOINT. A failure rolls back only what the body
    /// did (and drops its notifications) and is returned as an error; the outer transaction
    /// goes on. Used to import many files in one commit while each bad file fails alone.
    template <typename F>
    auto isolated(F &&body) -> Result<decltype(body())>;

    /// Runs a read-only body, converting internal failures to errors.
    template <typename F>
    auto read(F &&body) -> Result<decltype(body())>;

private:
    void begin();
    void flushIndex();
    void commit();
    void rollback();
    Error readOnlyError() const;

    std::unique_ptr<Connection> m_db;
    bool m_readOnly;
    int m_depth = 0;
    std::string m_coderName;
    std::optional<core::Id> m_coderId;
    std::vector<ChangeEvent> m_pending;
    std::vector<std::pair<core::Id, std::string>> m_pendingIndex;
    std::string m_transactionTime;
    std::vector<ProjectObserver *> m_observers;
};

namespace detail {
template <typename F>
auto invokeToResult(F &body) -> Result<decltype(body())>
{
    if constexpr (std::is_void_v<decltype(body())>) {
        body();
        return Result<void>();
    } else {
        return Result<decltype(body())>(body());
    }
}
} // namespace detail

template <typename F>
auto ProjectContext::write(F &&body) -> Result<decltype(body())>
{
    if (m_readOnly)
        return readOnlyError();
    const bool outer = m_depth == 0;
    try {
        if (outer)
            begin();
        ++m_depth;
        auto result = detail::invokeToResult(body);
        --m_depth;
        if (outer) {
            flushIndex();
            m_db->resetActive();
            commit();
        }
        return result;
    } catch (const StorageFailure &failure) {
        --m_depth;
        if (!outer)
            throw;
        rollback();
        return failure.error();
    } catch (const DbError &error) {
        --m_depth;
        if (!outer)
            throw;
        rollback();
        return makeError(ErrorCode::Database,
                         std::string("the project file could not be changed (") + error.what() +
                             "); nothing was saved, check the disk and try again");
    }
}

template <typename F>
auto ProjectContext::isolated(F &&body) -> Result<decltype(body())>
{
    if (m_depth == 0)
        return write(std::forward<F>(body));
    const std::size_t eventsBefore = m_pending.size();
    const std::size_t indexBefore = m_pendingIndex.size();
    m_db->cached("SAVEPOINT weft_isolated").run();
    const auto undo = [&] {
        m_db->resetActive();
        m_db->cached("ROLLBACK TO weft_isolated").run();
        m_db->cached("RELEASE weft_isolated").run();
        m_pending.resize(eventsBefore);
        m_pendingIndex.resize(std::min(indexBefore, m_pendingIndex.size()));
        m_coderId.reset();
    };
    try {
        auto result = detail::invokeToResult(body);
        m_db->cached("RELEASE weft_isolated").run();
        return result;
    } catch (const StorageFailure &failure) {
        undo();
        return failure.error();
    } catch (const DbError &error) {
        undo();
        return makeError(ErrorCode::Database,
                         std::string("the project file could not be changed (") + error.what() +
                             ")");
    }
}

template <typename F>
auto ProjectContext::read(F &&body) -> Result<decltype(body())>
{
    struct ResetOnExit {
        ProjectContext &context;
        ~ResetOnExit()
        {
            if (context.m_depth == 0)
                context.m_db->resetActive();
        }
    } resetOnExit{*this};
    try {
        return detail::invokeToResult(body);
    } catch (const StorageFailure &failure) {
        return failure.error();
    } catch (const DbError &error) {
        return makeError(ErrorCode::Database,
                         std::string("the project file could not be read (") + error.what() + ")");
    }
}

} // namespace weft::storage
