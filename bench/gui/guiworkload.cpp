// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/gui/guiworkload.h"

#include "bench/scratch.h"
#include "bench/timing.h"
#include "storage/project.h"

#include <array>
#include <string>
#include <vector>

namespace weft::bench {

namespace {

constexpr std::array<const char *, 48> kWords{"the", "group", "felt", "safe", "nurse", "peer",
        "educators", "trust", "clinic", "test", "partner", "talk", "school", "friends", "worried",
        "questions", "answer", "session", "pizza", "honest", "stupid", "know", "wait", "results",
        "condoms", "pill", "parents", "phone", "laugh", "embarrassed", "later", "week", "again",
        "because", "really", "never", "always", "maybe", "people", "change", "habit", "advice",
        "doctor", "feeling", "better", "before", "after", "stigma"};

/// A small fixed-seed generator (the same numbers on every machine and library).
class Sequence {
public:
    explicit Sequence(std::uint64_t seed) : m_state(seed) {}
    std::uint64_t next()
    {
        m_state = m_state * 6364136223846793005ULL + 1442695040888963407ULL;
        return m_state >> 33;
    }
    int below(int bound) { return static_cast<int>(next() % static_cast<std::uint64_t>(bound)); }

private:
    std::uint64_t m_state;
};

std::int64_t codePoints(const std::string &utf8)
{
    std::int64_t count = 0;
    for (const char c : utf8)
        count += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    return count;
}

/// One spoken turn: a few sentences of words, now and then an emoji.
std::string turnText(Sequence &random)
{
    std::string text;
    const int sentences = 1 + random.below(5);
    for (int s = 0; s < sentences; ++s) {
        const int words = 6 + random.below(18);
        for (int w = 0; w < words; ++w) {
            std::string word = kWords[static_cast<std::size_t>(random.below(int(kWords.size())))];
            if (w == 0)
                word[0] = static_cast<char>(word[0] - 'a' + 'A');
            text += (w ? " " : "") + word;
        }
        text += random.below(12) == 0 ? " \xF0\x9F\x99\x82. " : ". ";
    }
    text.pop_back();
    return text;
}

/// A transcript of turns alternating between an interviewer and `speaker`, at least
/// `characters` long; turns map to `participant` when given.
storage::NewDocument transcript(const std::string &name, std::int64_t characters,
        const std::string &speaker, std::optional<core::Id> participant, Sequence &random)
{
    storage::NewDocument document;
    document.name = name;
    document.kind = core::DocumentKind::Interview;
    document.originalName = name + ".txt";
    document.originalFormat = "txt";
    std::int64_t at = 0;
    for (int turn = 0; at < characters; ++turn) {
        const bool interviewer = turn % 2 == 0;
        const std::string label = interviewer ? std::string("Interviewer") : speaker;
        const std::string said = turnText(random);
        const std::string head = label + ": ";
        core::Segment segment;
        segment.kind = core::SegmentKind::Turn;
        segment.label = label;
        segment.start = at + codePoints(head);
        segment.end = segment.start + codePoints(said);
        if (!interviewer)
            segment.participantId = participant;
        document.segments.push_back(segment);
        document.text += head + said + "\n\n";
        at = segment.end + 2;
    }
    return document;
}

} // namespace

GuiWorkload makeGuiWorkload(const ScratchDir &scratch, std::ostream &progress)
{
    GuiWorkload workload;
    Sequence random(20261126);

    progress << "making the transcript project (1,000,000 characters, 4,000 codings)\n";
    workload.transcript = scratch.file("gui-transcript.weft");
    {
        auto project = createProject(workload.transcript);
        const core::Document longOne = need(project->documents().add(transcript(
                                                    "Long", kTranscriptCharacters, "P01", {}, random)),
                "add the long transcript");
        need(project->documents().add(transcript("Short", 3'000, "P02", {}, random)),
                "add the short transcript");
        workload.transcriptCharacters = longOne.characters;
        std::vector<storage::NewCoding> codings;
        for (int parent = 0; parent < kTranscriptCodes / 10; ++parent) {
            const core::Code theme = need(
                    project->codes().add({std::nullopt, "Theme " + std::to_string(parent + 1), {}, {}}),
                    "add a code");
            for (int child = 0; child < 10; ++child) {
                const core::Code code = need(project->codes().add({theme.id,
                                                     std::string(kWords[static_cast<std::size_t>(
                                                             (parent * 10 + child) % kWords.size())])
                                                             + " " + std::to_string(child + 1),
                                                     {}, {}}),
                        "add a code");
                for (int n = 0; n < kTranscriptCodings / kTranscriptCodes; ++n) {
                    const std::int64_t start = random.below(int(longOne.characters - 500));
                    codings.push_back({longOne.id, code.id, start, start + 40 + random.below(360), {}});
                }
            }
        }
        need(project->codings().addMany(codings), "code the transcript");
        closeProject(std::move(project));
    }

    progress << "making the codebook project (5,000 codes, 300 documents, 64,000 codings)\n";
    workload.codebook = scratch.file("gui-codebook.weft");
    {
        auto project = createProject(workload.codebook);
        std::vector<core::Id> codes;
        std::vector<std::pair<core::Id, std::int64_t>> documents; // id, characters
        need(project->transaction([&] {
            std::vector<core::Id> participants;
            for (int p = 0; p < 50; ++p) {
                participants.push_back(need(project->participants().add(
                                                    "P" + std::to_string(100 + p)),
                        "add a participant").id);
            }
            for (int d = 0; d < kCodebookDocuments; ++d) {
                const core::Id participant = participants[static_cast<std::size_t>(d % 50)];
                const core::Document document = need(
                        project->documents().add(transcript("Interview " + std::to_string(d + 1),
                                20'000, "P" + std::to_string(100 + d % 50), participant, random)),
                        "add a transcript");
                documents.emplace_back(document.id, document.characters);
            }
            for (int top = 0; top < kCodebookTops; ++top) {
                const auto word = [&] { return std::string(kWords[static_cast<std::size_t>(random.below(int(kWords.size())))]); };
                const core::Code theme = need(project->codes().add({std::nullopt,
                                                      word() + " " + std::to_string(top + 1), {}, {}}),
                        "add a code");
                codes.push_back(theme.id);
                for (int aspect = 0; aspect < 9; ++aspect) {
                    const core::Code middle = need(project->codes().add({theme.id,
                                                           word() + " " + word() + " "
                                                                   + std::to_string(aspect + 1),
                                                           {}, {}}),
                            "add a code");
                    codes.push_back(middle.id);
                    for (int leaf = 0; leaf < 10; ++leaf) {
                        codes.push_back(need(project->codes().add({middle.id,
                                                     word() + " " + word() + " "
                                                             + std::to_string(leaf + 1),
                                                     {}, {}}),
                                "add a code")
                                                .id);
                    }
                }
            }
        }), "fill the codebook project");
        std::vector<storage::NewCoding> codings;
        codings.reserve(kCodebookCodings);
        for (int n = 0; n < kCodebookCodings; ++n) {
            const auto &[document, characters] = documents[static_cast<std::size_t>(random.below(kCodebookDocuments))];
            const std::int64_t start = random.below(int(characters - 400));
            codings.push_back({document, codes[static_cast<std::size_t>(random.below(int(codes.size())))],
                    start, start + 30 + random.below(300), {}});
        }
        need(project->codings().addMany(codings), "code the codebook project");
        closeProject(std::move(project));
    }
    return workload;
}

} // namespace weft::bench
