// SPDX-License-Identifier: GPL-3.0-or-later
// speakers: show and edit which participant each speaker of a transcript is

#include "app/cli/commands.h"

#include <iostream>
#include <map>

namespace weft::cli {

using namespace weft::core;

int runSpeakers(CliContext &ctx)
{
    ctx.allowOptions({"map"});
    const std::string &name = ctx.operand(1, "document (name or id)");
    const std::vector<std::string> maps = ctx.args.values("map");
    auto project = ctx.openProject(!maps.empty());
    const Document doc = check(project->documents().resolve(name));

    if (!maps.empty()) {
        check(project->transaction([&] {
            const auto segments = check(project->documents().segments(doc.id));
            for (const std::string &map : maps) {
                const auto eq = map.rfind('=');
                if (eq == std::string::npos || eq == 0)
                    storage::fail(ErrorCode::InvalidArgument,
                                  "--map takes SPEAKER=PARTICIPANT, e.g. --map \"Amara=P01\" "
                                  "(PARTICIPANT '-' for none)");
                const std::string speaker = map.substr(0, eq), participant = map.substr(eq + 1);
                std::optional<Id> id;
                if (participant != "-" && !participant.empty())
                    id = check(project->participants().ensure(participant)).id;
                bool found = false;
                for (const Segment &s : segments) {
                    if (s.kind == SegmentKind::Turn && s.label == speaker) {
                        found = true;
                        check(project->documents().setSegmentParticipant(s.uuid, id));
                    }
                }
                if (!found)
                    storage::fail(ErrorCode::NotFound,
                                  "no speaker '" + speaker + "' in '" + doc.name + "'");
            }
        }));
    }

    std::map<Id, std::string> labels;
    for (const Participant &p : check(project->participants().all()))
        labels[p.id] = p.label;
    struct SpeakerInfo {
        std::optional<Id> participant;
        int turns = 0;
        bool mixed = false;
    };
    std::vector<std::string> order;
    std::map<std::string, SpeakerInfo> speakers;
    for (const Segment &s : check(project->documents().segments(doc.id))) {
        if (s.kind != SegmentKind::Turn)
            continue;
        auto [it, inserted] = speakers.try_emplace(s.label);
        if (inserted) {
            order.push_back(s.label);
            it->second.participant = s.participantId;
        } else if (it->second.participant != s.participantId) {
            it->second.mixed = true;
        }
        ++it->second.turns;
    }
    check(project->close());
    nlohmann::json out = nlohmann::json::array();
    for (const std::string &speaker : order) {
        const SpeakerInfo &info = speakers[speaker];
        nlohmann::json participant = nullptr;
        if (info.participant && labels.count(*info.participant))
            participant = labels[*info.participant];
        out.push_back({{"speaker", speaker}, {"participant", participant}, {"turns", info.turns},
                       {"mixed", info.mixed}});
    }
    if (ctx.json) {
        printJson(out);
        return 0;
    }
    for (const auto &row : out) {
        std::cout << row["speaker"].get<std::string>() << " -> "
                  << (row["participant"].is_null() ? std::string("(not a participant)")
                                                   : row["participant"].get<std::string>())
                  << "  (" << row["turns"] << " turns)\n";
    }
    return 0;
}

} // namespace weft::cli
