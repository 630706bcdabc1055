// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/entities.h"

#include <array>
#include <utility>

namespace weft::core {
namespace {

template <typename E, std::size_t N>
std::string_view nameOf(const std::array<std::pair<E, std::string_view>, N> &table, E value)
{
    for (const auto &[e, name] : table) {
        if (e == value)
            return name;
    }
    return table.front().second;
}

template <typename E, std::size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, std::string_view>, N> &table,
                         std::string_view name)
{
    for (const auto &[e, n] : table) {
        if (n == name)
            return e;
    }
    return std::nullopt;
}

constexpr std::array<std::pair<SegmentKind, std::string_view>, 3> segmentKinds{{
    {SegmentKind::Turn, "turn"}, {SegmentKind::Entry, "entry"}, {SegmentKind::Answer, "answer"}}};

constexpr std::array<std::pair<MemoTarget, std::string_view>, 6> memoTargets{{
    {MemoTarget::Project, "project"}, {MemoTarget::Document, "document"},
    {MemoTarget::Code, "code"}, {MemoTarget::Coding, "coding"}, {MemoTarget::Theme, "theme"},
    {MemoTarget::Participant, "participant"}}};

constexpr std::array<std::pair<ThemeStatus, std::string_view>, 4> themeStatuses{{
    {ThemeStatus::Candidate, "candidate"}, {ThemeStatus::Reviewed, "reviewed"},
    {ThemeStatus::Final, "final"}, {ThemeStatus::Discarded, "discarded"}}};

constexpr std::array<std::pair<ReviewState, std::string_view>, 4> reviewStates{{
    {ReviewState::None, "none"}, {ReviewState::Awaiting, "awaiting"},
    {ReviewState::Approved, "approved"}, {ReviewState::SentBack, "sent_back"}}};

constexpr std::array<std::pair<AttributeType, std::string_view>, 4> attributeTypes{{
    {AttributeType::Text, "text"}, {AttributeType::Number, "number"},
    {AttributeType::Date, "date"}, {AttributeType::Boolean, "boolean"}}};

} // namespace

std::string_view toString(SegmentKind kind) { return nameOf(segmentKinds, kind); }
std::optional<SegmentKind> segmentKindFromString(std::string_view name)
{
    return valueOf(segmentKinds, name);
}

std::string_view toString(MemoTarget target) { return nameOf(memoTargets, target); }
std::optional<MemoTarget> memoTargetFromString(std::string_view name)
{
    return valueOf(memoTargets, name);
}

std::string_view toString(ThemeStatus status) { return nameOf(themeStatuses, status); }
std::optional<ThemeStatus> themeStatusFromString(std::string_view name)
{
    return valueOf(themeStatuses, name);
}

std::string_view toString(ReviewState state) { return nameOf(reviewStates, state); }
std::optional<ReviewState> reviewStateFromString(std::string_view name)
{
    return valueOf(reviewStates, name);
}

std::string_view toString(AttributeType type) { return nameOf(attributeTypes, type); }
std::optional<AttributeType> attributeTypeFromString(std::string_view name)
{
    return valueOf(attributeTypes, name);
}

std::string_view toString(ReviewDecision decision)
{
    switch (decision) {
    case ReviewDecision::Comment: return "comment";
    case ReviewDecision::Approve: return "approve";
    case ReviewDecision::SendBack: return "send_back";
    case ReviewDecision::Request: return "request";
    }
    return "comment";
}

std::string_view toString(AttributeScope scope)
{
    return scope == AttributeScope::Participant ? "participant" : "document";
}

} // namespace weft::core
