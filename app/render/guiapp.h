// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace weft::render {

/// Makes sure a QGuiApplication exists (fonts, images and PDF need one), creating it on first
/// use on the "offscreen" platform unless QT_QPA_PLATFORM says otherwise. It lives until exit.
/// Returns false when Qt could not start.
bool ensureGuiApplication();

} // namespace weft::render
