// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/project.h"

#include "core/util/clock.h"
#include "core/util/uuid.h"
#include "storage/fts/icutokenizer.h"
#include "storage/projectcontext.h"
#include "storage/schema.h"

#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>

namespace weft::storage {

using namespace weft::core;

namespace {

bool fileExists(const std::string &path)
{
    struct stat info {};
    return ::stat(path.c_str(), &info) == 0;
}

void configure(Connection &db, bool readOnly)
{
    if (!registerIcuTokenizer(db.handle()))
        throw DbError(SQLITE_ERROR, "cannot register the full-text tokenizer");
    // A 32 MB page cache keeps the coding indexes of a large study in memory during batches.
    db.exec("PRAGMA foreign_keys = ON; PRAGMA trusted_schema = OFF; PRAGMA synchronous = FULL; "
            "PRAGMA cache_size = -32768;");
    if (!readOnly)
        db.exec("PRAGMA journal_mode = WAL;");
}

int pragmaInt(Connection &db, const char *pragma)
{
    Statement st = db.prepare(std::string("PRAGMA ") + pragma);
    return st.step() ? static_cast<int>(st.int64(0)) : 0;
}

Result<void> checkTables(Connection &db, const std::string &path, int version)
{
    Statement st = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?1");
    for (const std::string &table : requiredTables(version)) {
        st.reset();
        st.bindAll(table);
        if (!st.step()) {
            return makeError(ErrorCode::Corrupt,
                             path + " is damaged: its table '" + table +
                                 "' is missing; restore it from a backup copy");
        }
    }
    return {};
}

std::string meta(Connection &db, const char *key)
{
    Statement &st = db.cached("SELECT value FROM project_meta WHERE key = ?1");
    st.bindAll(key);
    return st.step() ? st.text(0) : std::string();
}

} // namespace

Project::Project(std::string path, std::unique_ptr<ProjectContext> context,
                 std::optional<ProjectLock> lock, bool unclean)
    : m_path(std::move(path)), m_context(std::move(context)), m_lock(std::move(lock)),
      m_unclean(unclean), m_documents(*m_context), m_participants(*m_context),
      m_attributes(*m_context), m_codes(*m_context), m_codings(*m_context), m_memos(*m_context),
      m_themes(*m_context), m_exemplars(*m_context), m_mapLayout(*m_context),
      m_history(*m_context)
{
}

Project::~Project() { (void)close(); }

Result<std::unique_ptr<Project>> Project::create(const std::string &path, const std::string &title,
                                                 const std::string &coder)
{
    if (fileExists(path)) {
        return makeError(ErrorCode::AlreadyExists,
                         path + " already exists; choose another name or open it instead");
    }
    auto db = Connection::open(path, Connection::Mode::ReadWriteCreate);
    if (!db)
        return db.error();
    auto lock = ProjectLock::acquire(path);
    if (!lock) {
        ::unlink(path.c_str());
        return lock.error();
    }
    try {
        Connection &c = **db;
        c.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
        configure(c, false);
        c.exec("BEGIN IMMEDIATE");
        createSchemaV1(c);
        const std::string now = utcNowIso();
        Statement insert = c.prepare("INSERT INTO project_meta (key, value) VALUES (?1, ?2)");
        for (const auto &[key, value] :
             {std::pair<std::string, std::string>{"uuid", newUuid()}, {"title", title},
              {"created_at", now}, {"created_with", "Weft 0.1"}}) {
            insert.reset();
            insert.bindAll(key, value);
            insert.run();
        }
        c.exec("PRAGMA user_version = " + std::to_string(kSchemaVersion));
        c.exec("COMMIT");
    } catch (const DbError &error) {
        db->reset();
        ::unlink(path.c_str());
        ::unlink((path + "-wal").c_str());
        ::unlink((path + "-shm").c_str());
        return makeError(ErrorCode::Io, "cannot create " + path + " (" + error.what() +
                                            "); check the folder is writable");
    }
    auto context = std::make_unique<ProjectContext>(std::move(*db), false);
    context->setCoderName(coder);
    std::unique_ptr<Project> project(
        new Project(path, std::move(context), std::move(*lock), false));
    auto audited = project->m_context->write([&] {
        project->m_context->audit("project.create", EntityType::Project,
                                  meta(project->m_context->db(), "uuid"), nullptr,
                                  {{"title", title}});
    });
    if (!audited)
        return audited.error();
    return project;
}

Result<std::unique_ptr<Project>> Project::open(const std::string &path, OpenOptions options)
{
    const int target = options.targetVersion > 0 ? options.targetVersion : kSchemaVersion;
    const std::vector<MigrationStep> &steps =
        options.migrations ? *options.migrations : migrationSteps();

    auto header = readHeader(path);
    if (!header)
        return header.error();

    std::optional<ProjectLock> lock;
    if (!options.readOnly) {
        auto acquired = ProjectLock::acquire(path);
        if (!acquired)
            return acquired.error();
        lock.emplace(std::move(*acquired));
    }
    // Only meaningful once we hold the lock: no other writer can own that WAL now.
    const bool unclean = !options.readOnly && hasLeftoverWal(path);

    auto db = Connection::open(path, options.readOnly ? Connection::Mode::ReadOnly
                                                      : Connection::Mode::ReadWrite);
    if (!db)
        return db.error();
    Connection &c = **db;
    try {
        configure(c, options.readOnly);
        // Read the values through SQLite: the WAL may hold a newer page 1 than the file.
        if (pragmaInt(c, "application_id") != kApplicationId) {
            return makeError(ErrorCode::NotAProject,
                             path + " is an SQLite database but not a Weft project");
        }
        const int version = pragmaInt(c, "user_version");
        if (version > target) {
            return makeError(ErrorCode::TooNew,
                             path + " was saved by a newer version of Weft (project schema " +
                                 std::to_string(version) + "; this version reads up to " +
                                 std::to_string(target) + "); update Weft to open it");
        }
        if (version < 1) {
            return makeError(ErrorCode::Corrupt,
                             path + " is marked as a Weft project but has no schema version; "
                                    "restore it from a backup copy");
        }
        if (unclean)
            WEFT_TRY(quickCheck(c, path));
        WEFT_TRY(checkTables(c, path, version));
        if (version < target) {
            if (options.readOnly) {
                return makeError(ErrorCode::InvalidArgument,
                                 path + " needs an upgrade to this version of Weft; open it "
                                        "for writing once to upgrade it");
            }
            WEFT_TRY(migrate(c, path, version, target, steps));
        }
    } catch (const DbError &error) {
        return makeError(ErrorCode::Corrupt, "cannot read " + path + " (" + error.what() +
                                                 "); it may be damaged, restore a backup copy");
    }
    auto context = std::make_unique<ProjectContext>(std::move(*db), options.readOnly);
    context->setCoderName(options.coder);
    return std::unique_ptr<Project>(
        new Project(path, std::move(context), std::move(lock), unclean));
}

Result<void> Project::close()
{
    if (m_closed)
        return {};
    m_closed = true;
    if (m_integrity.valid())
        m_integrity.wait();
    Result<void> result;
    if (!m_context->readOnly()) {
        try {
            m_context->db().resetActive();
            m_context->db().exec("PRAGMA wal_checkpoint(TRUNCATE)");
        } catch (const DbError &error) {
            result = makeError(ErrorCode::Io, std::string("could not finish writing ") + m_path +
                                                  " (" + error.what() + ")");
        }
    }
    m_context.reset();
    m_lock.reset();
    return result;
}

bool Project::readOnly() const { return m_context->readOnly(); }

std::shared_future<Result<void>> Project::checkIntegrityInBackground()
{
    if (!m_integrity.valid()) {
        m_integrity = std::async(std::launch::async, [path = m_path]() -> Result<void> {
                          auto db = Connection::open(path, Connection::Mode::ReadOnly);
                          if (!db)
                              return db.error();
                          return quickCheck(**db, path);
                      }).share();
    }
    return m_integrity;
}

void Project::setCoder(const std::string &name) { m_context->setCoderName(name); }
const std::string &Project::coder() const { return m_context->coderName(); }

Result<ProjectInfo> Project::info()
{
    return m_context->read([&] {
        Connection &db = m_context->db();
        ProjectInfo info;
        info.schemaVersion = pragmaInt(db, "user_version");
        info.uuid = meta(db, "uuid");
        info.title = meta(db, "title");
        info.createdAt = meta(db, "created_at");
        for (DocumentKind kind : allDocumentKinds)
            info.documents[kind] = 0;
        Statement &kinds = db.cached("SELECT kind, count(*) FROM document GROUP BY kind");
        while (kinds.step()) {
            if (auto kind = documentKindFromString(kinds.textView(0)))
                info.documents[*kind] = kinds.int64(1);
        }
        const auto count = [&](const char *table) {
            Statement &st = db.cached(std::string("SELECT count(*) FROM ") + table);
            st.step();
            return st.int64(0);
        };
        info.participants = count("participant");
        info.codes = count("code");
        info.codings = count("coding");
        info.themes = count("theme");
        info.memos = count("memo");
        info.coders = count("coder");
        return info;
    });
}

Result<std::string> Project::title()
{
    return m_context->read([&] { return meta(m_context->db(), "title"); });
}

Result<void> Project::setTitle(const std::string &title)
{
    return m_context->write([&] {
        Connection &db = m_context->db();
        const std::string before = meta(db, "title");
        Statement &update = db.cached(
            "INSERT INTO project_meta (key, value) VALUES ('title', ?1) ON CONFLICT(key) DO "
            "UPDATE SET value = excluded.value");
        update.bindAll(title);
        update.run();
        m_context->audit("project.title", EntityType::Project, meta(db, "uuid"),
                         {{"title", before}}, {{"title", title}});
        m_context->notify(EntityType::Project, ChangeKind::Changed);
    });
}

void Project::addObserver(ProjectObserver *observer) { m_context->addObserver(observer); }
void Project::removeObserver(ProjectObserver *observer) { m_context->removeObserver(observer); }
void Project::injectWriteFailure(int afterWrites) { m_context->db().failAfterWrites(afterWrites); }

} // namespace weft::storage
