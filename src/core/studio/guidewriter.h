// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"
#include "guide.h"

#include <QJsonObject>

namespace pasapas
{

/// A guide as written in guide files, for the loader to read back: what
/// the studio saves. Only the members that differ from the defaults.
[[nodiscard]] QJsonObject guideToJson(const Guide &guide);
[[nodiscard]] QJsonObject stepToJson(const Step &step);
[[nodiscard]] QByteArray guideFileContent(const Guide &guide);

/// Checks a guide with the guide loader, as --check-guides does, and writes
/// it as <dir>/<id>/guide.json only when it has no error. The loader's
/// diagnostics (errors, or warnings of a saved guide) come back; *savedPath
/// is set on success.
Diagnostics saveGuide(const Guide &guide, const QString &dir, QString *savedPath = nullptr);

} // namespace pasapas
