// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QString>

namespace weft::app {

class ThemeMapScene;

/// The thematic map as a file: SVG (text stays text) or PNG at twice the scene's size. The
/// selection is left out of the picture.
namespace MapExport {

QImage image(ThemeMapScene &scene, double scale = 2.0);
/// False, with a message that says what to do in `error`, when the file cannot be written.
bool writeSvg(ThemeMapScene &scene, const QString &path, QString *error);
bool writePng(ThemeMapScene &scene, const QString &path, QString *error);

} // namespace MapExport

} // namespace weft::app
