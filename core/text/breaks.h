// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Word and sentence boundaries (ICU BreakIterator over the UTF-8 text in place, no copy), in
// code points of the stored text. ICU handles scripts without spaces (Chinese, Japanese, Thai
// use its dictionaries) and never splits a base letter from its combining marks or an emoji
// sequence. `locale` is a BCP 47 / ICU locale id; empty means the root locale's rules, which
// suit mixed-language data. Ranges reaching past the end are clamped; a reversed range
// (end < start) is read as [end, start), the way a backwards mouse drag reports it.
// snapToWords and sentenceAround look only at the text near the range (bounded by line ends,
// or by spaces for words), so a call costs the same at the end of a long document as at its
// start.

#include "core/text/codepointrange.h"

#include <cstddef>
#include <string_view>
#include <vector>

namespace weft::core::text {

class CodePointIndex;

/// All word boundaries, ascending, including 0 and the text's end ({0} for empty text).
/// Spaces and punctuation form segments of their own between word boundaries.
std::vector<std::size_t> wordBoundaries(std::string_view utf8, std::string_view locale = {});

/// Extends a selection so it holds whole words: an end inside a word (or an emoji or other
/// non-space segment) moves outward to that segment's edge; an end inside a run of spaces
/// moves inward, off the spaces. Ends on a boundary stay, so snapping twice changes nothing.
/// A caret (empty range) inside a word becomes that word.
CodePointRange snapToWords(
        std::string_view utf8, CodePointRange range, std::string_view locale = {});
/// Same, with an index for repeated calls on a large document.
CodePointRange snapToWords(
        const CodePointIndex &index, CodePointRange range, std::string_view locale = {});

/// The whole sentence(s) overlapping the range, for showing an excerpt in context. Trailing
/// spaces and the line end after the last sentence are left out (never cutting into the
/// range). A caret gives the sentence it is in, or the last one when at the text's end. A
/// line break always ends a sentence, so transcript turns do not run together.
CodePointRange sentenceAround(
        std::string_view utf8, CodePointRange range, std::string_view locale = {});
/// Same, with an index for repeated calls on a large document.
CodePointRange sentenceAround(
        const CodePointIndex &index, CodePointRange range, std::string_view locale = {});

} // namespace weft::core::text
