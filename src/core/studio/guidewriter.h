// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "guide.h"

#include <QJsonObject>

namespace pasapas
{

/// A guide as written in guide files, for the loader to read back: what
/// the studio saves. Only the members that differ from the defaults.
[[nodiscard]] QJsonObject guideToJson(const Guide &guide);
[[nodiscard]] QJsonObject stepToJson(const Step &step);
[[nodiscard]] QByteArray guideFileContent(const Guide &guide);

} // namespace pasapas
