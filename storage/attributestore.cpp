// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/attributestore.h"

#include "core/util/uuid.h"
#include "storage/projectcontext.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>

namespace weft::storage {

using namespace weft::core;

namespace {

const char *valueTable(AttributeScope scope)
{
    return scope == AttributeScope::Participant ? "participant_attribute" : "document_attribute";
}

const char *entityColumn(AttributeScope scope)
{
    return scope == AttributeScope::Participant ? "participant_id" : "document_id";
}

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

bool isIsoDate(const std::string &v)
{
    if (v.size() != 10 || v[4] != '-' || v[7] != '-')
        return false;
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (!std::isdigit(static_cast<unsigned char>(v[i])))
            return false;
    }
    const int month = std::atoi(v.substr(5, 2).c_str());
    const int day = std::atoi(v.substr(8, 2).c_str());
    return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

} // namespace

Result<std::string> canonicalAttributeValue(AttributeType type, const std::string &value)
{
    switch (type) {
    case AttributeType::Text:
        return value;
    case AttributeType::Number: {
        char *end = nullptr;
        std::strtod(value.c_str(), &end);
        if (value.empty() || end != value.c_str() + value.size())
            return makeError(ErrorCode::InvalidArgument, "'" + value + "' is not a number");
        return value;
    }
    case AttributeType::Date:
        if (!isIsoDate(value))
            return makeError(ErrorCode::InvalidArgument,
                             "'" + value + "' is not a date; write it as YYYY-MM-DD");
        return value;
    case AttributeType::Boolean: {
        const std::string v = lower(value);
        if (v == "true" || v == "yes" || v == "y" || v == "1")
            return std::string("true");
        if (v == "false" || v == "no" || v == "n" || v == "0")
            return std::string("false");
        return makeError(ErrorCode::InvalidArgument, "'" + value + "' is not yes/no");
    }
    }
    return value;
}

Result<AttributeDefinition> AttributeStore::define(AttributeScope scope, const std::string &name,
                                                   AttributeType type)
{
    return m_context.write([&] {
        if (name.empty())
            fail(ErrorCode::InvalidArgument, "an attribute needs a name");
        Connection &db = m_context.db();
        Statement &select =
            db.cached("SELECT id, uuid, type FROM attribute WHERE scope = ?1 AND name = ?2");
        select.bindAll(toString(scope), name);
        if (select.step()) {
            return AttributeDefinition{select.int64(0), select.text(1), scope, name,
                                       attributeTypeFromString(select.textView(2))
                                           .value_or(AttributeType::Text)};
        }
        AttributeDefinition def{0, newUuid(), scope, name, type};
        Statement &insert = db.cached(
            "INSERT INTO attribute (uuid, scope, name, type, position) VALUES (?1, ?2, ?3, ?4, "
            "(SELECT count(*) FROM attribute WHERE scope = ?2))");
        insert.bindAll(def.uuid, toString(scope), name, toString(type));
        insert.run();
        def.id = db.lastInsertRowId();
        m_context.audit("attribute.define", EntityType::Attribute, def.uuid, nullptr,
                        {{"scope", toString(scope)}, {"name", name}, {"type", toString(type)}});
        m_context.notify(EntityType::Attribute, ChangeKind::Added, def.uuid);
        return def;
    });
}

Result<std::vector<AttributeDefinition>> AttributeStore::definitions(AttributeScope scope)
{
    return m_context.read([&] {
        std::vector<AttributeDefinition> out;
        Statement &select = m_context.db().cached(
            "SELECT id, uuid, name, type FROM attribute WHERE scope = ?1 ORDER BY position, id");
        select.bindAll(toString(scope));
        while (select.step()) {
            out.push_back({select.int64(0), select.text(1), scope, select.text(2),
                           attributeTypeFromString(select.textView(3)).value_or(AttributeType::Text)});
        }
        return out;
    });
}

Result<std::optional<std::string>> AttributeStore::setValue(AttributeScope scope, Id entityId,
                                                            const std::string &name,
                                                            const std::string &value)
{
    return m_context.write([&] {
        Connection &db = m_context.db();
        Statement &select =
            db.cached("SELECT id, uuid, type FROM attribute WHERE scope = ?1 AND name = ?2");
        select.bindAll(toString(scope), name);
        if (!select.step())
            fail(ErrorCode::NotFound, "no " + std::string(toString(scope)) + " attribute '" +
                                          name + "'; define it first");
        const Id attribute = select.int64(0);
        const std::string uuid = select.text(1);
        const AttributeType type =
            attributeTypeFromString(select.textView(2)).value_or(AttributeType::Text);
        auto canonical = canonicalAttributeValue(type, value);
        if (!canonical)
            throw StorageFailure(canonical.error());
        std::optional<std::string> previous;
        Statement &old = db.cached(std::string("SELECT value FROM ") + valueTable(scope) +
                                   " WHERE " + entityColumn(scope) + " = ?1 AND attribute_id = ?2");
        old.bindAll(entityId, attribute);
        if (old.step())
            previous = old.text(0);
        Statement &upsert = db.cached(std::string("INSERT INTO ") + valueTable(scope) + " (" +
                                      entityColumn(scope) +
                                      ", attribute_id, value) VALUES (?1, ?2, ?3) ON CONFLICT DO "
                                      "UPDATE SET value = excluded.value");
        upsert.bindAll(entityId, attribute, *canonical);
        upsert.run();
        m_context.audit("attribute.set", EntityType::Attribute, uuid,
                        previous ? nlohmann::json{{"entity", entityId}, {"value", *previous}}
                                 : nlohmann::json(),
                        {{"entity", entityId}, {"value", *canonical}});
        m_context.notify(scope == AttributeScope::Participant ? EntityType::Participant
                                                              : EntityType::Document,
                         ChangeKind::Changed);
        return previous;
    });
}

Result<std::optional<std::string>> AttributeStore::clearValue(AttributeScope scope, Id entityId,
                                                              const std::string &name)
{
    return m_context.write([&]() -> std::optional<std::string> {
        Connection &db = m_context.db();
        Statement &select = db.cached(std::string("SELECT v.value, a.uuid, a.id FROM ") +
                                      valueTable(scope) + " v JOIN attribute a ON a.id = "
                                      "v.attribute_id WHERE v." + entityColumn(scope) +
                                      " = ?1 AND a.scope = ?2 AND a.name = ?3");
        select.bindAll(entityId, toString(scope), name);
        if (!select.step())
            return std::nullopt;
        const std::string previous = select.text(0), uuid = select.text(1);
        const Id attribute = select.int64(2);
        Statement &del = db.cached(std::string("DELETE FROM ") + valueTable(scope) + " WHERE " +
                                   entityColumn(scope) + " = ?1 AND attribute_id = ?2");
        del.bindAll(entityId, attribute);
        del.run();
        m_context.audit("attribute.clear", EntityType::Attribute, uuid,
                        {{"entity", entityId}, {"value", previous}}, nullptr);
        return previous;
    });
}

Result<std::vector<AttributeValue>> AttributeStore::values(AttributeScope scope, Id entityId)
{
    return m_context.read([&] {
        std::vector<AttributeValue> out;
        Statement &select = m_context.db().cached(
            std::string("SELECT a.name, a.type, v.value FROM ") + valueTable(scope) +
            " v JOIN attribute a ON a.id = v.attribute_id WHERE v." + entityColumn(scope) +
            " = ?1 ORDER BY a.position, a.id");
        select.bindAll(entityId);
        while (select.step()) {
            out.push_back({select.text(0),
                           attributeTypeFromString(select.textView(1)).value_or(AttributeType::Text),
                           select.text(2)});
        }
        return out;
    });
}

} // namespace weft::storage
