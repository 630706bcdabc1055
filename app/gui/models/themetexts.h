// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/services/themeanalysis.h"

#include <QCoreApplication>
#include <QIcon>
#include <QString>

namespace weft::app {

/// How themes read to the user: names of statuses and review states, the review-state dot,
/// the latest review and the evidence in words. Shared by the theme tree, its details and the
/// controller's menus.
class ThemeTexts {
    Q_DECLARE_TR_FUNCTIONS(ThemeTexts)

public:
    static QString statusName(core::ThemeStatus status);
    /// "Awaiting review", "Approved", "Sent back"; empty for none.
    static QString reviewStateName(core::ReviewState state);
    /// A small dot in the colour of a review state (none: a transparent one).
    static QIcon reviewIcon(core::ReviewState state);
    /// A stored time in local time, to the minute.
    static QString timeText(const std::string &iso);
    /// "Approved by Dana, 26 Nov 2026 08:40" for the latest review; empty when none.
    static QString reviewLine(const services::ThemeSummary &summary);
    /// Status, review state, latest review and its comment, one per line.
    static QString reviewText(const services::ThemeSummary &summary);
    /// "12 excerpts from 4 participants in 3 documents" and a line per source kind.
    static QString evidenceText(const services::ThemeSummary &summary, std::int64_t excerpts);
    /// "1 excerpt", "12 excerpts" (numbers in the user's locale).
    static QString excerptsText(std::int64_t n);
    static QString participantsText(std::int64_t n);
    static QString documentsText(std::int64_t n);
};

} // namespace weft::app
