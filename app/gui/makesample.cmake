# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the bundled sample study with weft-cli: cmake -DWEFT_CLI=... -DSAMPLE_DIR=...
# -DOUTPUT=... -P makesample.cmake. Writes to a temporary file first so that a failed run never
# leaves a half-made sample behind that looks up to date.
foreach(var WEFT_CLI SAMPLE_DIR OUTPUT)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "makesample.cmake needs -D${var}=...")
  endif()
endforeach()

set(work "${OUTPUT}.tmp")
file(REMOVE "${OUTPUT}" "${work}" "${work}-wal" "${work}-shm")
get_filename_component(outdir "${OUTPUT}" DIRECTORY)
file(MAKE_DIRECTORY "${outdir}")

function(weft_cli)
  execute_process(COMMAND "${WEFT_CLI}" --coder "Weft sample" ${ARGN}
                  RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    file(REMOVE "${work}")
    string(REPLACE ";" " " shown "${ARGN}")
    message(FATAL_ERROR "weft-cli ${shown} failed: ${err}")
  endif()
endfunction()

weft_cli(new "${work}" --title "Peer health-education evaluation (sample)")

# The case table first, so every participant has their attributes when documents link to them.
if(EXISTS "${SAMPLE_DIR}/participants.csv")
  weft_cli(participants import "${work}" "${SAMPLE_DIR}/participants.csv")
endif()

file(GLOB interviews "${SAMPLE_DIR}/interviews/*.txt")
file(GLOB journals "${SAMPLE_DIR}/journals/*.txt")
list(SORT interviews)
list(SORT journals)
# Each file belongs to the participant its name carries: P03.txt and J_P03.txt to "P03".
foreach(kind interview journal)
  foreach(file IN LISTS ${kind}s)
    get_filename_component(name "${file}" NAME_WE)
    string(REGEX REPLACE "^J_" "" participant "${name}")
    weft_cli(import "${work}" "${file}" --kind ${kind} --participant "${participant}")
  endforeach()
endforeach()

# One feedback-form document per row, linked to its participant by the id column.
file(GLOB forms "${SAMPLE_DIR}/feedback/*.csv")
list(SORT forms)
foreach(file IN LISTS forms)
  weft_cli(import "${work}" "${file}" --kind feedback)
endforeach()

if(EXISTS "${SAMPLE_DIR}/codings.jsonl")
  weft_cli(code "${work}" --batch "${SAMPLE_DIR}/codings.jsonl")
  # One colour family per top-level code, a distinct shade per sub-code so overlaps show.
  set(colors
    "Trust=#4e79a7" "Trust/Peer educators=#4e79a7" "Trust/Professionals=#76b7b2"
    "Safety=#59a14f" "Safety/Confidentiality=#59a14f"
    "Barriers=#e15759" "Barriers/Transport=#e15759" "Barriers/Time=#f28e2b"
    "Barriers/Stigma=#ff9da7"
    "Skills=#edc948" "Skills/Testing=#edc948" "Skills/Talking to partners=#b6992d"
    "Change=#b07aa1" "Change/Own behaviour=#b07aa1" "Change/Passing it on=#9c755f")
  foreach(entry IN LISTS colors)
    string(FIND "${entry}" "=" eq REVERSE)
    string(SUBSTRING "${entry}" 0 ${eq} path)
    math(EXPR from "${eq} + 1")
    string(SUBSTRING "${entry}" ${from} -1 color)
    weft_cli(codes add "${work}" "${path}" --color "${color}")
  endforeach()

  # Three candidate themes built on those codes, so the theme views have something to show.
  weft_cli(themes add "${work}" "Peers make it safe to ask"
           --definition "Young people ask what they would never ask a professional when the educator is a peer and the room is confidential.")
  weft_cli(themes link "${work}" "Peers make it safe to ask"
           --code "Trust/Peer educators" --code "Safety/Confidentiality")
  weft_cli(themes add "${work}" "Getting there is the hard part"
           --definition "Practical and social costs of attending: travel, time and being seen.")
  weft_cli(themes link "${work}" "Getting there is the hard part"
           --code "Barriers/Transport" --code "Barriers/Time" --code "Barriers/Stigma")
  weft_cli(themes add "${work}" "Knowledge travels"
           --definition "What participants learnt changed what they do and moved on to friends and partners.")
  weft_cli(themes link "${work}" "Knowledge travels"
           --code "Change/Own behaviour" --code "Skills/Talking to partners")
  weft_cli(themes add "${work}" "Knowledge travels/Passing it on"
           --definition "Participants carry what they learnt to siblings, partners and friends.")
  weft_cli(themes link "${work}" "Knowledge travels/Passing it on" --code "Change/Passing it on")
  # A team lead has looked at the first theme, and sent the second back for more evidence.
  weft_cli(themes review "${work}" "Peers make it safe to ask" --approve
           --comment "Well supported across interviews, journals and feedback." --reviewer "Dr A. Okafor")
  weft_cli(themes review "${work}" "Getting there is the hard part" --send-back
           --comment "Separate the cost of travel from the fear of being seen: two themes?" --reviewer "Dr A. Okafor")
endif()

file(RENAME "${work}" "${OUTPUT}")
